// The properties the fuzz suite checks, as functions that throw a `Violation` saying what broke. They are
// shared by the CI suite (test/fuzz/*.test.ts: fixed seed, few runs) and scripts/fuzz-long.ts (many runs).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { analyze } from '../../src/analyze';
import { main } from '../../src/cli/main';
import { FitscoreError, type ErrorCode } from '../../src/errors';
import { extractPosting } from '../../src/posting/extract';
import { readDocument, type ReadResult } from '../../src/read/document';
import { FORMATS, renderers } from '../../src/render/index';
import { parseYearMonth } from '../../src/resume/dates';
import { readResume } from '../../src/resume/extract';
import { PostingExtract, Report, ResumeExtract, type WeightsInput } from '../../src/schema';
import { fakeIo } from '../cli/fake-io';
import { knownBug } from './known-bugs';

/** The CI seed. FITSCORE_FUZZ_SEED replays another one (a seed printed by scripts/fuzz-long.ts). */
export const FUZZ_SEED = Number(process.env.FITSCORE_FUZZ_SEED ?? 20_261_107);

/** What reading a file may refuse with: anything else, or any other exception, is a bug. */
export const READ_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'INPUT_EMPTY',
  'INPUT_TOO_LARGE',
  'INPUT_UNREADABLE',
  'INPUT_BINARY',
  'FORMAT_UNSUPPORTED',
  'PDF_ENCRYPTED',
  'PDF_NO_TEXT',
  'PDF_CORRUPT',
  'PDF_TOO_COMPLEX',
]);

/** How often each outcome came ("read: text/pdf", "read: INPUT_BINARY", "main: exit 0"): the long run prints
 * them, to show that the generators reach every path. */
export const outcomes = new Map<string, number>();
const count = (label: string) => outcomes.set(label, (outcomes.get(label) ?? 0) + 1);

export class Violation extends Error {
  override name = 'Violation';
}

const show = (error: unknown) => (error instanceof Error ? `${error.name}: ${error.message}\n${error.stack ?? ''}` : String(error));

function attempt<T>(what: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw new Violation(`${what} threw ${show(error)}`, { cause: error });
  }
}

/** analyze() on any two strings: no exception, a report the schema accepts, renderers that return strings, and
 * the same bytes on a second run. Returns the report. */
export function checkAnalyze(posting: string, resume: string, options: { asOf: string; weights?: WeightsInput }): Report {
  const run = () =>
    analyze({ posting: { text: posting, source: 'posting.txt' }, resume: { text: resume, source: 'resume.md' } }, options);
  // analyze keeps the last posting's extraction (for rank). A tiny analysis first makes the first run extract the
  // posting afresh and the second take the kept extraction: the two reports must still be the same bytes.
  attempt('analyze (cache reset)', () => analyze({ posting: { text: '.', source: '.' }, resume: { text: '.', source: '.' } }, { asOf: '2026-11' }));
  const report = attempt('analyze', run);
  const parsed = Report.safeParse(report);
  if (!parsed.success) throw new Violation(`the report fails the schema: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
  const rendered: string[] = [];
  for (const format of FORMATS) {
    for (const color of [false, true]) {
      const out = attempt(`render ${format} (color ${color})`, () => renderers[format](report, { color }));
      if (typeof out !== 'string') throw new Violation(`render ${format} returned ${typeof out}`);
      rendered.push(out);
    }
  }
  const json = JSON.parse(rendered[2]!) as unknown;
  if (!Report.safeParse(json).success) throw new Violation('the JSON renderer output fails the schema once parsed back');
  const again = attempt('analyze (second run)', run);
  if (JSON.stringify(again) !== JSON.stringify(report)) throw new Violation('analyze is not deterministic: a second run differs');
  if (renderers.text(again, { color: false }) !== rendered[0]) throw new Violation('the text report is not deterministic');
  return report;
}

/** The two extractors alone: no exception, output their schemas accept, the same on a second run. */
export function checkExtractors(text: string, asOf: string): void {
  const ym = parseYearMonth(asOf);
  if (!ym) throw new Error(`bad asOf in the generator: ${asOf}`);
  const posting = attempt('extractPosting', () => extractPosting(text));
  const p = PostingExtract.safeParse(posting);
  if (!p.success) throw new Violation(`the posting extract fails the schema: ${JSON.stringify(p.error.issues.slice(0, 3))}`);
  const resume = attempt('readResume', () => readResume(text, ym).extract);
  const r = ResumeExtract.safeParse(resume);
  if (!r.success) throw new Violation(`the résumé extract fails the schema: ${JSON.stringify(r.error.issues.slice(0, 3))}`);
  if (JSON.stringify(extractPosting(text)) !== JSON.stringify(posting)) throw new Violation('extractPosting is not deterministic');
  if (JSON.stringify(readResume(text, ym).extract) !== JSON.stringify(resume)) throw new Violation('readResume is not deterministic');
}

let dir: string | undefined;
let counter = 0;
/** Writes bytes to a fresh file in this process's temp folder, keeping the name's extension. */
export function tempFile(name: string, bytes: Uint8Array): string {
  dir ??= mkdtempSync(join(tmpdir(), 'fitscore-fuzz-'));
  const path = join(dir, `${counter++}-${basename(name)}`);
  writeFileSync(path, bytes);
  return path;
}

export function removeTempFiles(): void {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
}

export type ReadOutcome = { ok: true; result: ReadResult } | { ok: false; code: ErrorCode | 'KNOWN_BUG' };

/** readDocument on bytes (from a file, or from stdin): text, or a FitscoreError with a reading code and a
 * one-line message. Anything else is a violation. */
export async function checkRead(name: string, bytes: Uint8Array, via: 'file' | 'stdin' = 'file'): Promise<ReadOutcome> {
  const path = via === 'stdin' ? '-' : tempFile(name, bytes);
  const readStdin = async (limit: number) => bytes.subarray(0, limit);
  let result: ReadResult;
  try {
    result = await readDocument(path, { role: 'résumé', maxBytes: 20 * 1048576, readStdin });
  } catch (error) {
    if (!(error instanceof FitscoreError) && knownBug(show(error))) {
      count('read: KNOWN_BUG');
      return { ok: false, code: 'KNOWN_BUG' };
    }
    if (!(error instanceof FitscoreError)) throw new Violation(`readDocument threw a non-FitscoreError: ${show(error)}`, { cause: error });
    if (!READ_CODES.has(error.code)) throw new Violation(`readDocument threw ${error.code}, not a reading code: ${error.message}`);
    if (/[\r\n]/.test(error.message) || !error.message.trim()) throw new Violation(`the ${error.code} message is not one line: ${JSON.stringify(error.message)}`);
    count(`read: ${error.code}`);
    return { ok: false, code: error.code };
  }
  if (typeof result.text !== 'string' || !result.text.trim()) throw new Violation(`readDocument returned no text: ${JSON.stringify(result).slice(0, 200)}`);
  if (!Array.isArray(result.warnings) || result.warnings.some((w) => typeof w !== 'string')) throw new Violation('readDocument warnings are not strings');
  count(`read: text/${result.format}`);
  return { ok: true, result };
}

export interface MainRun {
  code: number;
  stdout: string;
  stderr: string;
}

async function runMain(argv: string[], stdin?: Uint8Array): Promise<MainRun> {
  const fake = fakeIo(stdin ? { stdin } : {});
  let code: number;
  try {
    code = await main(argv, fake.io);
  } catch (error) {
    throw new Violation(`main threw instead of returning an exit code: ${show(error)}`, { cause: error });
  }
  return { code, stdout: fake.stdout(), stderr: fake.stderr() };
}

/** main(argv) twice: exit 0, 1 or 2; on 2, one line on stderr, nothing on stdout, never "internal error"; with
 * --json a report the schema accepts; the same output both times. `stdin` is what "-" reads. */
export async function checkMain(argv: string[], stdin?: Uint8Array): Promise<MainRun> {
  const first = await runMain(argv, stdin);
  const { code, stdout, stderr } = first;
  if (![0, 1, 2].includes(code)) throw new Violation(`main returned exit code ${code}`);
  count(`main${argv[0] === 'extract' ? ' extract' : ''}: exit ${code}`);
  if (/internal error/.test(stderr) && knownBug(stderr)) {
    count('main: KNOWN_BUG');
    return first;
  }
  if (/internal error/.test(stderr)) throw new Violation(`main reported an internal error (a bug): ${stderr.slice(0, 2000)}`);
  if (code === 2) {
    const lines = stderr.replace(/\n$/, '').split('\n');
    if (lines.length > 1) throw new Violation(`exit 2 printed ${lines.length} lines on stderr: ${JSON.stringify(stderr.slice(0, 500))}`);
    if (!stderr.startsWith('fitscore: ')) throw new Violation(`exit 2 without a "fitscore: " line: ${JSON.stringify(stderr.slice(0, 500))}`);
    if (stdout !== '') throw new Violation(`exit 2 also printed on stdout: ${JSON.stringify(stdout.slice(0, 200))}`);
  } else if (!argv.includes('--quiet') && !stdout.trim()) {
    throw new Violation(`exit ${code} with nothing on stdout`);
  } else if (argv.includes('--json')) {
    const json = attempt('JSON.parse(stdout)', () => JSON.parse(stdout) as unknown);
    const schema = argv[0] === 'extract' ? (json as { kind?: string }).kind === 'posting' ? PostingExtract : ResumeExtract : Report;
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new Violation(`--json output fails the schema: ${JSON.stringify(parsed.error.issues.slice(0, 3))}`);
  }
  const second = await runMain(argv, stdin);
  if (second.code !== code || second.stdout !== stdout || second.stderr !== stderr) throw new Violation('main is not deterministic: a second run differs');
  return first;
}
