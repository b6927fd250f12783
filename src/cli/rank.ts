// `fitscore rank <posting> <resume...>`: many résumés against one posting, best first; or, with --resume,
// one résumé against many postings. Patterns ("resumes/*.pdf") are expanded here too, for shells that don't.
import type { Command } from 'commander';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FitscoreError } from '../errors';
import type { Report } from '../schema';
import type { Io } from './io';
import { defaultAsOf, readPair, readWeights, scoreRead, type ReadPair } from './shared';

interface RankOptions {
  resume?: string;
  json?: boolean;
  asOf?: string;
  weights?: string;
  maxSize?: string;
}

export function registerRank(program: Command, io: Io, setCode: (code: number) => void): void {
  program
    .command('rank')
    .description('score many résumés against one posting (or, with --resume, one résumé against many postings), best first')
    .argument('<files...>', 'the posting then the résumés; or, with --resume, the postings')
    .option('--resume <resume>', 'rank postings for this résumé instead')
    .option('--json', 'print JSON')
    .option('--as-of <YYYY-MM>', 'what "Present" means (default: this month)')
    .option('--weights <file>', 'JSON file of scoring weights')
    .addHelpText('after', "\nExamples:\n  $ fitscore rank posting.txt 'applicants/*.pdf'\n  $ fitscore rank --resume resume.md postings/*.txt --json")
    .action(async (files: string[], options: RankOptions) => {
      const paths = files.flatMap(expand);
      const pairs: [string, string][] = options.resume
        ? paths.map((p) => [p, options.resume!] as [string, string])
        : paths.slice(1).map((r) => [paths[0]!, r] as [string, string]);
      if (!pairs.length) throw new FitscoreError('INVALID_OPTION', options.resume ? 'rank --resume needs at least one posting.' : 'rank needs a posting and at least one résumé.');
      const weights = options.weights ? await readWeights(options.weights) : undefined;
      const asOf = options.asOf ?? defaultAsOf(io);
      const rows: { file: string; report?: Report; error?: string }[] = [];
      const started = Date.now();
      const settings = { asOf, ...(weights ? { weights } : {}) };
      // Reading runs ahead of scoring: the next PDFs are read in their thread while this one is scored.
      const reads: Promise<Settled<ReadPair>>[] = [];
      const readAhead = (k: number) => {
        if (k < pairs.length) reads[k] = settle(readPair(pairs[k]![0], pairs[k]![1], settings, io));
      };
      for (let k = 0; k < READ_AHEAD; k++) readAhead(k);
      for (const [i, [posting, resume]] of pairs.entries()) {
        const file = options.resume ? posting : resume;
        readAhead(i + READ_AHEAD);
        try {
          const read = await reads[i]!;
          if ('error' in read) throw read.error;
          rows.push({ file, report: scoreRead(read.value, settings) });
        } catch (error) {
          // One unreadable résumé does not stop the ranking; it is listed with its reason.
          if (!(error instanceof FitscoreError) || ['INVALID_OPTION', 'INVALID_CONFIG'].includes(error.code)) throw error;
          rows.push({ file, error: error.message });
        }
        if (io.stderrIsTTY && Date.now() - started > 1000) io.stderr(`\rfitscore: ${i + 1}/${pairs.length} scored`);
      }
      if (io.stderrIsTTY && Date.now() - started > 1000) io.stderr('\n');
      // Best first; ties by meeting the basics, then by path, so the order is stable.
      rows.sort((a, b) => (b.report?.score ?? -1) - (a.report?.score ?? -1) || Number(b.report?.meetsBasic ?? false) - Number(a.report?.meetsBasic ?? false) || (a.file < b.file ? -1 : 1));
      io.stdout(options.json ? `${JSON.stringify(rows.map(toJson), null, 2)}\n` : table(rows));
      setCode(rows.some((r) => r.report) ? 0 : 2);
    });
}

const toJson = (r: { file: string; report?: Report; error?: string }, i: number) =>
  r.report
    ? { rank: i + 1, file: r.file, score: r.report.score, meetsBasic: r.report.meetsBasic, title: r.report.posting.title ?? null, summary: r.report.summary }
    : { rank: null, file: r.file, error: r.error };

function table(rows: { file: string; report?: Report; error?: string }[]): string {
  const lines = ['rank  score  basics  file'];
  rows.forEach((r, i) => {
    lines.push(r.report ? `${String(i + 1).padStart(4)}  ${String(r.report.score).padStart(5)}  ${(r.report.meetsBasic ? 'met' : 'not met').padEnd(6)}  ${r.file}` : `   -      -  -       ${r.file}  (${r.error})`);
  });
  return `${lines.join('\n')}\n`;
}

// "resumes/*.pdf", "applicants/**/*.md": expanded against the file system; other paths pass as they are.
function expand(pattern: string): string[] {
  if (!/[*?]/.test(pattern)) return [pattern];
  const base = pattern.slice(0, pattern.search(/[*?]/)).replace(/[^/]*$/, '') || '.';
  const re = new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, '\\$&')
      .replace(/\*\*\//g, '(?:.*/)?')
      .replace(/\*/g, '[^/]*')
      .replace(/\?/g, '[^/]')}$`,
  );
  let entries: string[];
  try {
    entries = readdirSync(base, { recursive: true }).map((e) => join(base, String(e)));
  } catch {
    return [pattern];
  }
  const matches = entries.map((e) => (base === '.' && !pattern.startsWith('./') ? e.replace(/^\.\//, '') : e)).filter((e) => re.test(e)).sort();
  return matches.length ? matches : [pattern];
}

export const _forTests = { expand };

/** How many pairs are read ahead of the one being scored. */
const READ_AHEAD = 2;

type Settled<T> = { value: T } | { error: unknown };
const settle = <T>(promise: Promise<T>): Promise<Settled<T>> =>
  promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
