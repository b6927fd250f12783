// `fitscore check`: the checks a résumé repository declares in fitscore.config.json: each résumé against each
// posting, with gates (minScore, requireBasic, requiredSkills). A summary table; exit 1 when a gate fails.
import type { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { CheckConfig, lineOfPath, type CheckPosting } from '../check/config';
import { FitscoreError } from '../errors';
import { getKnowledge } from '../knowledge/index';
import { findSkill, isPresent } from '../match/evidence';
import { readDocument } from '../read/document';
import { renderAnnotations } from '../render/annotations';
import { redact } from '../render/redact';
import { parseYearMonth } from '../resume/dates';
import { readResume } from '../resume/extract';
import type { Report } from '../schema';
import type { Io } from './io';
import { describeIssue } from './options';
import { defaultAsOf, readOptions, scorePair } from './shared';

interface Result {
  resume: string;
  posting: string;
  report: Report;
  failures: string[];
}

export function registerCheck(program: Command, io: Io, setCode: (code: number) => void): void {
  program
    .command('check')
    .description('run the checks a résumé repository declares (fitscore.config.json)')
    .option('-c, --config <file>', 'configuration file', 'fitscore.config.json')
    .option('-f, --format <format>', 'text, markdown or json', 'text')
    .option('--json', 'same as --format json')
    .option('--no-redact', 'show e-mail addresses and phone numbers in Markdown and annotations')
    .option('-q, --quiet', 'print nothing; only the exit code tells')
    .addHelpText(
      'after',
      `
Example fitscore.config.json:
  { "resume": "resume.md",
    "postings": [ { "path": "postings/acme.txt", "minScore": 70, "requireBasic": true, "requiredSkills": ["Kubernetes"] } ] }

  $ fitscore check --format markdown >> "$GITHUB_STEP_SUMMARY"`,
    )
    .action(async (options: { config: string; format: string; json?: boolean; redact?: boolean; quiet?: boolean }) => {
      const { config, base } = await readConfig(options.config);
      const asOf = config.asOf ?? defaultAsOf(io);
      const resumes = [...(config.resume ? [config.resume] : []), ...(config.resumes ?? [])];
      if (!resumes.length) throw new FitscoreError('INVALID_CONFIG', `config '${options.config}': name the résumé with "resume" or "resumes".`);
      const results: Result[] = [];
      for (const resume of resumes) {
        const resumePath = resolve(base, resume);
        const facts = readResume((await readDocument(resumePath, readOptions(io, 'résumé', {}))).text, parseYearMonth(asOf)!);
        for (const posting of config.postings) {
          const report = await scorePair(resolve(base, posting.path), resumePath, { asOf, ...(config.weights ? { weights: config.weights } : {}) }, io);
          // Paths in the output as the configuration names them.
          report.posting.source = posting.path;
          report.resume.source = resume;
          const gates = { ...config.defaults, ...definedGates(posting) };
          const failures: string[] = [];
          if (gates.minScore !== undefined && report.score < gates.minScore) failures.push(`score ${report.score} < ${gates.minScore}`);
          if (gates.requireBasic && !report.meetsBasic) failures.push('not every basic qualification is met');
          for (const skill of gates.requiredSkills ?? []) {
            const name = canonical(skill);
            if (!isPresent(findSkill(name, facts, getKnowledge()))) failures.push(`no ${skill} on the résumé`);
          }
          results.push({ resume, posting: posting.name ?? posting.path, report, failures });
        }
      }
      const format = options.json ? 'json' : options.format;
      const redactOutput = options.redact !== false;
      if (!options.quiet) {
        io.stdout(format === 'json' ? json(results) : format === 'markdown' ? markdown(results, redactOutput) : text(results));
        if (io.env.GITHUB_ACTIONS === 'true' && format !== 'json') {
          for (const r of results.filter((x) => x.failures.length)) {
            io.stdout(renderAnnotations(r.report, { redact: redactOutput }));
            io.stdout(`::error title=fitscore check failed::${r.resume} against ${r.posting}: ${r.failures.join('; ')}\n`);
          }
        }
      }
      setCode(results.some((r) => r.failures.length) ? 1 : 0);
    });
}

const definedGates = (p: CheckPosting) => Object.fromEntries(Object.entries({ minScore: p.minScore, requireBasic: p.requireBasic, requiredSkills: p.requiredSkills }).filter(([, v]) => v !== undefined));

// "k8s" in a config means Kubernetes, as it does in a résumé.
function canonical(skill: string): string {
  const kb = getKnowledge();
  const hit = kb.skillIndex.find(skill)[0];
  return hit && hit.text.length === skill.trim().length ? kb.skills[hit.value.skill]!.name : skill;
}

async function readConfig(path: string): Promise<{ config: CheckConfig; base: string }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new FitscoreError('INVALID_CONFIG', `config '${path}' ${missing ? 'does not exist: create it (see fitscore check --help) or name another with --config' : 'cannot be read'}.`, {
      cause: error,
    });
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const at = /position (\d+)/.exec((error as Error).message)?.[1];
    const line = at === undefined ? '' : ` (line ${text.slice(0, Number(at)).split('\n').length})`;
    const detail = (error as Error).message.replace(/\s+/g, ' ').slice(0, 120);
    throw new FitscoreError('INVALID_CONFIG', `config '${path}' is not valid JSON${line}: ${detail}`, { cause: error });
  }
  const result = CheckConfig.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const line = lineOfPath(text, issue.path);
    throw new FitscoreError('INVALID_CONFIG', `config '${path}'${line ? ` line ${line}` : ''}: ${describeIssue(issue)}.`);
  }
  return { config: result.data, base: dirname(resolve(path)) };
}

function text(results: Result[]): string {
  const width = Math.max(6, ...results.map((r) => r.posting.length));
  const rwidth = Math.max(6, ...results.map((r) => r.resume.length));
  const lines = [`${'résumé'.padEnd(rwidth)}  ${'posting'.padEnd(width)}  score  basics   result`];
  for (const r of results) {
    const verdict = r.failures.length ? `✘ ${r.failures.join('; ')}` : '✔ pass';
    lines.push(`${r.resume.padEnd(rwidth)}  ${r.posting.padEnd(width)}  ${String(r.report.score).padStart(5)}  ${(r.report.meetsBasic ? 'met' : 'not met').padEnd(7)}  ${verdict}`);
  }
  const failed = results.filter((r) => r.failures.length).length;
  lines.push('', failed ? `${failed} of ${results.length} checks failed.` : `All ${results.length} checks passed.`);
  return `${lines.join('\n')}\n`;
}

function markdown(results: Result[], hide: boolean): string {
  const cell = (s: string) => (hide ? redact(s) : s).replace(/\|/g, '\\|');
  const lines = ['### fitscore check', '', '| Résumé | Posting | Score | Basics | Result |', '|---|---|---|---|---|'];
  for (const r of results) {
    lines.push(`| ${cell(r.resume)} | ${cell(r.posting)} | ${r.report.score} | ${r.report.meetsBasic ? '✅' : '❌'} | ${r.failures.length ? `❌ ${cell(r.failures.join('; '))}` : '✅ pass'} |`);
  }
  for (const r of results.filter((x) => x.failures.length)) {
    const unmet = r.report.requirements.filter((q) => q.status === 'missing' || q.status === 'partial');
    if (unmet.length) lines.push('', `<details><summary>${cell(r.posting)}: ${unmet.length} requirement(s) not fully met</summary>`, '', ...unmet.map((q) => `- ${cell(q.text)} — ${cell(q.explanation)}`), '', '</details>');
  }
  return `${lines.join('\n')}\n`;
}

function json(results: Result[]): string {
  return `${JSON.stringify(
    {
      passed: results.every((r) => !r.failures.length),
      checks: results.map((r) => ({ resume: r.resume, posting: r.posting, score: r.report.score, meetsBasic: r.report.meetsBasic, passed: !r.failures.length, failures: r.failures })),
    },
    null,
    2,
  )}\n`;
}

