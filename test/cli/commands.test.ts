// check, rank, diff and the outputs meant for CI (Markdown, annotations, redaction).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { redact } from '../../src/render/redact';
import { fakeIo } from './fake-io';

const REPO = 'fixtures/example-repo';
const SEED = 'fixtures/documents/postings/seed-capital-one-senior-mle.txt';
const tmp = mkdtempSync(join(tmpdir(), 'fitscore-commands-'));

async function run(args: string[], env: Record<string, string> = {}) {
  const fake = fakeIo({ env });
  const code = await main(args, fake.io);
  return { code, stdout: fake.stdout(), stderr: fake.stderr() };
}

describe('fitscore check', () => {
  it('passes the example repository: exit 0 and a summary table', async () => {
    const { code, stdout } = await run(['check', '--config', `${REPO}/fitscore.config.json`]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Capital One — Senior MLE\s+\d+\s+met\s+✔ pass/);
    expect(stdout).toContain('All 2 checks passed.');
  });

  it('fails a junior résumé: exit 1, each failed gate named', async () => {
    const { code, stdout } = await run(['check', '--config', `${REPO}/failing.config.json`]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/✘ score \d+ < 75; not every basic qualification is met; no Spark on the résumé/);
    expect(stdout).toContain('1 of 2 checks failed.');
  });

  it('writes GitHub annotations for the failing check, on stdout, after the summary', async () => {
    const { stdout } = await run(['check', '--config', `${REPO}/failing.config.json`], { GITHUB_ACTIONS: 'true' });
    const annotations = stdout.split('\n').filter((l) => l.startsWith('::'));
    expect(annotations[0]).toMatch(/^::error file=\.\.\/documents\/postings\/seed-capital-one-senior-mle\.txt,line=3,title=fitscore%3A basic requirement missing::Minimum 6 years/);
    expect(annotations.at(-1)).toMatch(/^::error title=fitscore check failed::.*no Spark/);
  });

  it('never mixes annotations with JSON', async () => {
    const { stdout } = await run(['check', '--config', `${REPO}/failing.config.json`, '--json'], { GITHUB_ACTIONS: 'true' });
    const parsed = JSON.parse(stdout);
    expect(parsed.passed).toBe(false);
    expect(parsed.checks.map((c: { passed: boolean }) => c.passed)).toEqual([false, true]);
  });

  it('prints a Markdown table for a pull request', async () => {
    const { stdout } = await run(['check', '--config', `${REPO}/failing.config.json`, '--format', 'markdown']);
    expect(stdout).toMatch(/^### fitscore check\n\n\| Résumé \| Posting \| Score \| Basics \| Result \|/);
    expect(stdout).toContain('<details>');
  });

  it('names the bad key and its line', async () => {
    const { code, stderr } = await run(['check', '--config', `${REPO}/bad.config.json`]);
    expect(code).toBe(2);
    expect(stderr).toBe(`fitscore: config '${REPO}/bad.config.json' line 5: postings.1: unknown key "minscore".\n`);
  });

  it.each([
    ['nope.json', /config 'nope\.json' does not exist/],
    ['syntax.json', /is not valid JSON/],
    ['empty-postings.json', /postings: must be at least 1/],
  ])('refuses %s clearly', async (name, message) => {
    writeFileSync(join(tmp, 'syntax.json'), '{\n  "resume": "r.md",\n  "postings": [,]\n}\n');
    writeFileSync(join(tmp, 'empty-postings.json'), '{ "resume": "r.md", "postings": [] }\n');
    const path = name === 'nope.json' ? 'nope.json' : join(tmp, name);
    const { code, stderr } = await run(['check', '--config', path]);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('fitscore rank', () => {
  it('ranks résumés best first, with globs', async () => {
    const { code, stdout } = await run(['rank', SEED, 'fixtures/documents/resumes/*.{md,txt}'.replace('{md,txt}', 't*'), 'fixtures/documents/resumes/strong-candidate.md', '--as-of', '2026-11', '--json']);
    expect(code).toBe(0);
    const rows = JSON.parse(stdout) as { rank: number; file: string; score: number }[];
    expect(rows[0]!.file).toBe('fixtures/documents/resumes/strong-candidate.md');
    expect(rows.map((r) => r.score)).toEqual([...rows.map((r) => r.score)].sort((a, b) => b - a));
    expect(rows.map((r) => r.file)).toContain('fixtures/documents/resumes/two-column-ish.txt');
  });

  it('ranks postings for one résumé', async () => {
    const { stdout } = await run(['rank', '--resume', 'fixtures/documents/resumes/nurse-rn.txt', 'fixtures/documents/postings/registered-nurse.txt', SEED, '--as-of', '2026-11']);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toBe('rank  score  basics  file');
    expect(lines[1]).toMatch(/^\s+1\s+\d+\s+met\s+fixtures\/documents\/postings\/registered-nurse\.txt$/);
  });

  it('lists an unreadable résumé instead of stopping', async () => {
    const { code, stdout } = await run(['rank', SEED, 'fixtures/documents/resumes/strong-candidate.md', 'missing.txt', '--as-of', '2026-11']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/missing\.txt {2}\(résumé 'missing\.txt' does not exist/);
  });
});

describe('fitscore diff and --baseline', () => {
  it('shows the score and the requirements that changed status', async () => {
    const before = join(tmp, 'before.json');
    const after = join(tmp, 'after.json');
    writeFileSync(before, (await run([SEED, 'fixtures/documents/resumes/junior-short-years.txt', '--json', '--as-of', '2026-11'])).stdout);
    writeFileSync(after, (await run([SEED, 'fixtures/documents/resumes/strong-candidate.md', '--json', '--as-of', '2026-11'])).stdout);
    const { code, stdout } = await run(['diff', before, after]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Score \d+ → \d+ \(\+\d+\); meets every basic qualification: false → true\n/);
    expect(stdout).toMatch(/\+ basic-2 missing → met: Minimum 6 years/);
    const json = JSON.parse((await run(['diff', before, after, '--json'])).stdout);
    expect(json.changes.length).toBeGreaterThan(0);
    const baseline = await run([SEED, 'fixtures/documents/resumes/strong-candidate.md', '--as-of', '2026-11', '--baseline', before]);
    expect(baseline.stdout).toMatch(/Score \d+ → \d+ \(\+\d+\)/);
  });

  it('refuses a file that is not a report', async () => {
    const { code, stderr } = await run(['diff', SEED, SEED]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/is not valid JSON: give a file written by fitscore --json/);
  });
});

describe('redaction', () => {
  it.each([
    ['Reach me at jane.doe@example.com or (555) 010-2345', 'Reach me at [email] or [phone]'],
    ['+1-555-010-2290 | 1234 Main Street, Springfield', '[phone] | [address], Springfield'],
    ['Jan 2019 – Present, 95 months; GPA 3.8; 2,000 users', 'Jan 2019 – Present, 95 months; GPA 3.8; 2,000 users'],
  ])('masks "%s"', (text, expected) => {
    expect(redact(text)).toBe(expected);
  });

  it('masks evidence in Markdown by default and not with --no-redact', async () => {
    const resume = join(tmp, 'contact.txt');
    writeFileSync(resume, 'Jane Doe\n\nCertifications\nBLS certified, call (555) 010-2345 or jane@example.com to verify\n');
    const posting = join(tmp, 'p.txt');
    writeFileSync(posting, 'Requirements\n- BLS certification\n');
    const masked = (await run([posting, resume, '--format', 'markdown', '--as-of', '2026-11'])).stdout;
    expect(masked).toContain('[phone]');
    expect(masked).not.toContain('jane@example.com');
    const shown = (await run([posting, resume, '--format', 'markdown', '--as-of', '2026-11', '--no-redact'])).stdout;
    expect(shown).toContain('jane@example.com');
  });
});

describe('--skills FILE', () => {
  it('adds a skill and a spelling, and the report uses them', async () => {
    const skills = join(tmp, 'skills.json');
    writeFileSync(skills, JSON.stringify({ skills: [{ name: 'Crossplane', category: 'devops', aliases: ['crossplane-xrd'] }], aliases: { Kubernetes: ['kube'] } }));
    const posting = join(tmp, 'crossplane.txt');
    writeFileSync(posting, 'Requirements\n- Experience with Crossplane and Kubernetes\n');
    const resume = join(tmp, 'crossplane-resume.txt');
    writeFileSync(resume, 'Jane\n\nExperience\nPlatform Engineer, Acme | Jan 2020 – Present\n- Wrote crossplane-xrd stacks for our kube clusters\n');
    const without = JSON.parse((await run([posting, resume, '--json', '--as-of', '2026-11'])).stdout);
    const withSkills = JSON.parse((await run([posting, resume, '--json', '--as-of', '2026-11', '--skills', skills])).stdout);
    expect(without.requirements[0].skills ?? []).not.toContain('Crossplane');
    expect(withSkills.requirements[0]).toMatchObject({ skills: ['Crossplane', 'Kubernetes'], status: 'met' });
  });

  it('names the bad key of a skills file', async () => {
    const bad = join(tmp, 'bad-skills.json');
    writeFileSync(bad, JSON.stringify({ skils: [] }));
    const { code, stderr } = await run([SEED, 'fixtures/documents/resumes/strong-candidate.md', '--skills', bad]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/skills file .*bad-skills\.json.*skils/);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
