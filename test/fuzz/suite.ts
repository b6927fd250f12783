// The fuzz properties, by name, with the number of runs each gets in CI. test/fuzz/{analyze,read,cli}.test.ts run
// them with the fixed seed; scripts/fuzz-long.ts runs them with many more runs, a bigger `scale` and any seed.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { normalizeText } from '../../src/text/normalize';
import { anyText, asOf, bigText, document, fragment, text, weights } from './arbitraries';
import { encode, encodedText, fixtureFiles, jsonDocument, mutatedFixture, randomBytes } from './bytes';
import { checkAnalyze, checkExtractors, checkMain, checkRead, tempFile, Violation } from './properties';

export interface FuzzProperty {
  name: string;
  group: 'analyze' | 'read' | 'cli';
  /** Runs in CI (fixed seed): enough to catch regressions, few enough to stay well under a minute. */
  ciRuns: number;
  make: (scale: number) => fc.IRawProperty<never>;
}

/** Called after each run with its duration, when set (scripts/fuzz-long.ts records slow inputs with it). */
export const observer: { onRun?: (property: string, ms: number, input: unknown) => void } = {};

function timed<A extends unknown[]>(name: string, run: (...args: A) => void | Promise<void>) {
  return async (...args: A) => {
    const start = performance.now();
    await run(...args);
    observer.onRun?.(name, performance.now() - start, args);
  };
}

const SEED_POSTING = readFileSync('fixtures/documents/postings/seed-capital-one-senior-mle.txt', 'utf8');
const STRONG = readFileSync('fixtures/documents/resumes/strong-candidate.md', 'utf8');
const FILES = fixtureFiles();
const TEXT_FILES = FILES.filter((f) => /\.(?:txt|md)$/.test(f.name));
const PDFS = FILES.filter((f) => f.name.endsWith('.pdf'));
const OTHERS = FILES.filter((f) => /\.(?:html|json|docx)$/.test(f.name));

/** A real document with fragments spliced in and pieces cut out, positions taken modulo its length. */
const spliced = (base: string) =>
  fc
    .array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fragment), { minLength: 1, maxLength: 12 })
    .map((edits) => edits.reduce((t, [at, cut, f]) => t.slice(0, at % (t.length + 1)) + f + t.slice((at % (t.length + 1)) + cut), base));

/** Reads the bytes; when they give text, that text must make a valid report on either side. */
async function readThenAnalyze(name: string, bytes: Uint8Array, via: 'file' | 'stdin' = 'file') {
  const outcome = await checkRead(name, bytes, via);
  if (outcome.ok) {
    checkAnalyze(outcome.result.text, STRONG, { asOf: '2026-11' });
    checkAnalyze(SEED_POSTING, outcome.result.text, { asOf: '2026-11' });
  }
}

/** A file for the command line: hostile text, any bytes, or a fixture (as it is, or mutated). */
const cliInput = (scale: number) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom('a.txt', 'a.md', 'a.pdf', 'a'), anyText(scale)).map(([name, t]) => ({ name, bytes: encode(t, 'utf-8') })) },
    { weight: 1, arbitrary: encodedText(scale).map((bytes) => ({ name: 'b.txt', bytes })) },
    { weight: 1, arbitrary: randomBytes.map((bytes) => ({ name: 'c.bin', bytes })) },
    { weight: 2, arbitrary: fc.constantFrom(...FILES) },
    { weight: 2, arbitrary: mutatedFixture(FILES, 3) },
  );

/** Options that change the path through main: formats, gates, a size limit small enough to refuse. */
const cliOptions = fc.constantFrom<string[]>(
  [],
  ['--json'],
  ['--format', 'markdown'],
  ['--format', 'text', '--no-color'],
  ['--min-score', '50', '--require-basic'],
  ['--min-score', '101', '--json'],
  ['--max-size', '0.001'],
  ['--quiet', '--require-basic'],
  ['--password', 'x'],
);

const p = (name: string, group: FuzzProperty['group'], ciRuns: number, make: (scale: number) => fc.IRawProperty<never>): FuzzProperty => ({ name, group, ciRuns, make });
// fast-check's property types carry their argument tuple; the runner only needs to run them.
const raw = <T>(property: fc.IRawProperty<T>) => property as unknown as fc.IRawProperty<never>;

export const PROPERTIES: readonly FuzzProperty[] = [
  p('analyze makes a valid, deterministic report for random text on both sides', 'analyze', 60, (scale) =>
    raw(fc.asyncProperty(anyText(scale), anyText(scale), asOf, timed('analyze-random', (a, b, when) => void checkAnalyze(a, b, { asOf: when }))))),
  p('analyze makes a valid report for documents shaped like postings and résumés (headings, bullets, CR, CRLF)', 'analyze', 120, () =>
    raw(fc.asyncProperty(document, document, asOf, timed('analyze-documents', (a, b, when) => void checkAnalyze(a, b, { asOf: when }))))),
  p('analyze makes a valid report for the seed posting and a strong résumé spliced with hostile fragments', 'analyze', 60, () =>
    raw(
      fc.asyncProperty(
        spliced(SEED_POSTING),
        spliced(STRONG),
        timed('analyze-spliced', (posting, resume) => {
          const report = checkAnalyze(posting, resume, { asOf: '2026-11' });
          // A dozen fragments spliced into the seed posting leave most of it: something is still read.
          if (report.requirements.length + report.skills.matched.length + report.skills.missing.length === 0) throw new Violation('nothing read from the spliced seed posting');
        }),
      ),
    )),
  p('analyze survives long lines, thousands of bullets and deep nesting on either side', 'analyze', 12, (scale) =>
    raw(
      fc.asyncProperty(bigText(scale), text(20), fc.boolean(), timed('analyze-big', (big, small, bigIsPosting) => {
        void checkAnalyze(bigIsPosting ? big : small, bigIsPosting ? small : big, { asOf: '2026-11' });
      })),
    )),
  p('analyze makes a valid report under any valid weights, zeros and huge values included', 'analyze', 40, () =>
    raw(fc.asyncProperty(fc.oneof(document, fc.constant(SEED_POSTING)), weights, timed('analyze-weights', (posting, w) => void checkAnalyze(posting, STRONG, { asOf: '2026-11', weights: w }))))),
  p('the posting and résumé extracts of any text pass their schemas', 'analyze', 60, (scale) =>
    raw(fc.asyncProperty(anyText(scale), asOf, timed('extractors', (t, when) => checkExtractors(t, when))))),

  p('readDocument gives text or a reading error for random bytes, bare or behind a PDF, zip, RTF, image or BOM signature', 'read', 100, () =>
    raw(fc.asyncProperty(randomBytes, fc.constantFrom('file' as const, 'stdin' as const), timed('read-random', (b, via) => readThenAnalyze('random.bin', b, via))))),
  p('readDocument gives text or a reading error for hostile text in UTF-8, UTF-16 LE/BE (BOM or not) and Latin-1', 'read', 50, (scale) =>
    raw(fc.asyncProperty(encodedText(scale), fc.constantFrom('a.txt', 'a.md'), timed('read-encoded', (b, name) => readThenAnalyze(name, b))))),
  p('readDocument reads JSON Resume documents whose fields hold values of any type', 'read', 80, () =>
    raw(fc.asyncProperty(jsonDocument, timed('read-json', (b) => readThenAnalyze('resume.json', b))))),
  p('readDocument gives text or a reading error for mutated text and Markdown fixtures', 'read', 60, () =>
    raw(fc.asyncProperty(mutatedFixture(TEXT_FILES), timed('read-mutated-text', (f) => readThenAnalyze(f.name, f.bytes))))),
  p('readDocument gives text or a reading error for mutated PDFs (truncated, bytes flipped, ranges duplicated)', 'read', 60, () =>
    raw(fc.asyncProperty(mutatedFixture(PDFS), timed('read-mutated-pdf', (f) => readThenAnalyze(f.name, f.bytes))))),
  p('readDocument gives text or a reading error for mutated HTML, JSON Resume and .docx fixtures', 'read', 40, () =>
    raw(fc.asyncProperty(mutatedFixture(OTHERS), timed('read-mutated-other', (f) => readThenAnalyze(f.name, f.bytes))))),
  p('readDocument decodes text in UTF-16 with a BOM to the same normalized text as in UTF-8', 'read', 60, (scale) =>
    raw(
      // Well-formed text only (UTF-8 cannot carry a lone surrogate); text that reads as JSON or HTML is left out,
      // and so is text with "%PDF-" in it: in UTF-8 its first kilobyte makes it a PDF, in UTF-16 it does not.
      fc.asyncProperty(anyText(scale).filter((t) => !/\p{Cs}/u.test(t) && !/^\s*[{<]/.test(t) && !t.startsWith('\ufeff') && !t.includes('%PDF-')), timed('read-utf16', async (t) => {
        const [utf8, le, be] = await Promise.all((['utf-8', 'utf-16le-bom', 'utf-16be-bom'] as const).map((e) => checkRead('a.txt', encode(t, e))));
        const view = (o: typeof utf8) => (o!.ok ? normalizeText(o!.result.text) : o!.code);
        if (view(le) !== view(utf8) || view(be) !== view(utf8)) throw new Violation('UTF-16 with a BOM reads differently from UTF-8');
      })),
    )),

  p('main exits 0, 1 or 2, with one stderr line on 2, for any posting and résumé files and options', 'cli', 60, (scale) =>
    raw(
      fc.asyncProperty(cliInput(scale), cliInput(scale), cliOptions, asOf, timed('cli-score', async (posting, resume, opts, when) => {
        await checkMain([tempFile(posting.name, posting.bytes), tempFile(resume.name, resume.bytes), ...opts, '--as-of', when]);
      })),
    )),
  p('main reads the résumé from stdin as well as from a file', 'cli', 25, (scale) =>
    raw(
      fc.asyncProperty(cliInput(scale), cliInput(scale), timed('cli-stdin', async (posting, resume) => {
        await checkMain([tempFile(posting.name, posting.bytes), '-', '--json', '--as-of', '2026-11'], resume.bytes);
      })),
    )),
  p('extract (as posting, as résumé, or guessed) exits 0 or 2 and prints JSON its schema accepts', 'cli', 40, (scale) =>
    raw(
      fc.asyncProperty(cliInput(scale), fc.constantFrom<string[]>([], ['--as', 'posting'], ['--as', 'resume']), timed('cli-extract', async (file, as) => {
        await checkMain(['extract', tempFile(file.name, file.bytes), '--json', ...as, '--as-of', '2026-11']);
      })),
    )),
];
