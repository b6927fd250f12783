// The command line: commander parses, zod checks, the core scores, a renderer formats.
// main() returns the exit code (0 report made and gates passed, 1 a gate failed, 2 usage or input error);
// only bin/ sets process.exitCode.
import { Command, CommanderError, Option } from 'commander';
import * as z from 'zod/mini';
import { FitscoreError } from '../errors';
import { guessKind } from '../kind';
import { getKnowledge } from '../knowledge/index';
import { extractPosting } from '../posting/extract';
import { DEFAULT_MAX_MB, readDocument } from '../read/document';
import { renderAnnotations } from '../render/annotations';
import { diffReports, renderDiff } from '../report-diff';
import { renderPostingExtract, renderResumeExtract } from '../render/extract';
import { FORMATS, renderers } from '../render/index';
import { parseYearMonth } from '../resume/dates';
import { readResume } from '../resume/extract';
import { PostingExtract, Report, ResumeExtract } from '../schema';
import { VERSION } from '../version';
import type { Io } from './io';
import { registerCheck } from './check';
import { readReport, registerDiff } from './diff';
import { ExtractOptions, parseOptions, ScoreOptions } from './options';
import { registerRank } from './rank';
import { defaultAsOf, readOptions, readSkills, readWeights, scorePair, useColor } from './shared';

export { nodeIo } from './io';

const EXAMPLES = `
Examples:
  $ fitscore posting.txt resume.md
  $ fitscore posting.txt resume.md --json | jq .score
  $ fitscore posting.txt resume.md --min-score 75 --require-basic   # exit 1 when it falls short
  $ fitscore extract posting.txt --json
  $ cat resume.md | fitscore posting.txt -`;

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let code = 0;
  let debug = argv.includes('--debug');
  const program = new Command('fitscore')
    .description('Score a résumé against a job posting, offline, with the evidence for every verdict.')
    .version(VERSION, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (text, write) => write(text.startsWith('error: ') ? `fitscore: ${text.slice(7)}` : text) })
    .usage('<posting> <resume> [options]   (or: fitscore <command> …)')
    .addHelpText('after', EXAMPLES)
    .showSuggestionAfterError();

  program
    .command('score', { isDefault: true })
    .description('score a résumé against a posting (the default command)')
    .argument('<posting>', 'job posting: text or Markdown file, or - for stdin')
    .argument('<resume>', 'résumé: text or Markdown file, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS))
    .option('--json', 'same as --format json')
    .option('--as-of <YYYY-MM>', 'what "Present" means (default: this month)')
    .option('--min-score <n>', 'exit 1 when the score is below n (0-100)')
    .option('--require-basic', 'exit 1 unless every basic qualification is met')
    .option('--weights <file>', 'JSON file of scoring weights (see README)')
    .option('--skills <file>', 'JSON file of skills, spellings and guards to add (see README)')
    .option('--max-size <MB>', `largest input accepted, in MB (default ${DEFAULT_MAX_MB})`)
    .option('--password <password>', 'password of an encrypted PDF résumé')
    .option('--baseline <report.json>', 'also show what changed since an earlier JSON report')
    .option('-q, --quiet', 'print nothing; only the exit code tells')
    .option('--no-redact', 'show e-mail addresses, phone numbers and street addresses in Markdown and annotations')
    .option('--no-color', 'no colours in the terminal report')
    .option('--debug', 'show the cause chain of an error')
    .addHelpText('after', EXAMPLES)
    .action(async (postingPath: string, resumePath: string, raw: unknown) => {
      const options = parseOptions(ScoreOptions, raw);
      debug = options.debug ?? debug;
      code = await runScore(postingPath, resumePath, options, io);
    });

  program
    .command('extract')
    .description('show what fitscore reads from one document')
    .argument('<file>', 'a posting or a résumé, or - for stdin')
    .addOption(new Option('--as <kind>', 'read it as a posting or a résumé (default: guessed)').choices(['posting', 'resume']))
    .option('--json', 'print JSON')
    .option('--as-of <YYYY-MM>', 'what "Present" means (default: this month)')
    .option('--skills <file>', 'JSON file of skills, spellings and guards to add')
    .option('--max-size <MB>', `largest input accepted, in MB (default ${DEFAULT_MAX_MB})`)
    .option('--password <password>', 'password of an encrypted PDF')
    .option('--debug', 'show the cause chain of an error')
    .action(async (file: string, raw: unknown) => {
      code = await runExtract(file, parseOptions(ExtractOptions, raw), io);
    });

  const setCode = (c: number) => {
    code = c;
  };
  registerCheck(program, io, setCode);
  registerRank(program, io, setCode);
  registerDiff(program, io, setCode);

  program
    .command('schema')
    .description('print the JSON Schema of the report')
    .action(() => {
      io.stdout(`${JSON.stringify(z.toJSONSchema(Report), null, 2)}\n`);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with exit code 0; usage errors were already printed.
      return error.exitCode === 0 ? 0 : 2;
    }
    return report(error, io, debug);
  }
}

function report(error: unknown, io: Io, debug: boolean): number {
  if (error instanceof FitscoreError) {
    io.stderr(`fitscore: ${error.message}\n`);
    if (debug) io.stderr(`${chain(error)}\n`);
    return 2;
  }
  // A real bug: the stack helps whoever fixes it.
  io.stderr(`fitscore: internal error: ${(error as Error)?.message ?? String(error)}\n`);
  io.stderr(`${(error as Error)?.stack ?? ''}\nPlease report this with the command you ran.\n`);
  return 2;
}

function chain(error: unknown): string {
  const lines: string[] = [];
  for (let e: unknown = error; e; e = (e as Error).cause) lines.push((e as Error).stack ?? String(e));
  return lines.join('\ncaused by: ');
}

async function runScore(postingPath: string, resumePath: string, options: ScoreOptions, io: Io): Promise<number> {
  const format = options.json ? 'json' : (options.format ?? 'text');
  const weights = options.weights ? await readWeights(options.weights) : undefined;
  const settings = {
    asOf: options.asOf ?? defaultAsOf(io),
    ...(options.maxSize !== undefined ? { maxSize: options.maxSize } : {}),
    ...(options.password !== undefined ? { password: options.password } : {}),
    ...(weights ? { weights } : {}),
    ...(options.skills ? { knowledge: await readSkills(options.skills) } : {}),
  };
  const report = await scorePair(postingPath, resumePath, settings, io);
  const redactOutput = options.redact !== false;
  if (!options.quiet) io.stdout(renderers[format](report, { color: useColor(io, options.color), redact: redactOutput }));
  // GitHub reads workflow commands from stdout; they never mix with JSON.
  if (io.env.GITHUB_ACTIONS === 'true' && format !== 'json') io.stdout(renderAnnotations(report, { redact: redactOutput }));
  if (options.baseline) io.stdout(`\n${renderDiff(diffReports(await readReport(options.baseline), report), format === 'markdown' ? 'markdown' : 'text')}`);
  const belowMin = options.minScore !== undefined && report.score < options.minScore;
  const basicFailed = options.requireBasic === true && !report.meetsBasic;
  if (!options.quiet && format !== 'json') {
    if (belowMin) io.stderr(`fitscore: score ${report.score} is below --min-score ${options.minScore}\n`);
    if (basicFailed) io.stderr('fitscore: not every basic qualification is met (--require-basic)\n');
  }
  return belowMin || basicFailed ? 1 : 0;
}

async function runExtract(file: string, options: ExtractOptions, io: Io): Promise<number> {
  const doc = await readDocument(file, readOptions(io, options.as === 'resume' ? 'résumé' : (options.as ?? 'document'), options));
  for (const warning of doc.warnings) io.stderr(`fitscore: warning: ${warning}\n`);
  const kind = options.as ?? guessKind(doc.text);
  const knowledge = options.skills ? await readSkills(options.skills) : getKnowledge();
  if (kind === 'posting') {
    const posting = extractPosting(doc.text, knowledge);
    io.stdout(options.json ? `${JSON.stringify(PostingExtract.parse(posting), null, 2)}\n` : renderPostingExtract(posting));
    return 0;
  }
  const asOf = options.asOf ?? defaultAsOf(io);
  const resume = readResume(doc.text, parseYearMonth(asOf)!, knowledge).extract;
  io.stdout(options.json ? `${JSON.stringify(ResumeExtract.parse(resume), null, 2)}\n` : renderResumeExtract(resume));
  return 0;
}
