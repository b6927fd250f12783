// The one test that runs the real, built bin (npm test builds first).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const SEED = 'fixtures/documents/postings/seed-capital-one-senior-mle.txt';
const bin = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['bin/fitscore.js', ...args], { encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1' } });

describe('bin/fitscore.js', () => {
  it('is built', () => expect(existsSync('dist/cli.cjs')).toBe(true));

  it('scores a pair and sets the exit code from the gates', () => {
    const pass = bin([SEED, 'fixtures/documents/resumes/strong-candidate.md', '--as-of', '2026-11', '--require-basic']);
    expect(pass.status).toBe(0);
    expect(pass.stdout).toMatch(/Score \d+\/100/);
    const fail = bin([SEED, 'fixtures/documents/resumes/career-changer.md', '--as-of', '2026-11', '--require-basic']);
    expect(fail.status).toBe(1);
  });

  it('gives exit 2 and one line for a missing file', () => {
    const r = bin([SEED, 'no/such/resume.txt']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^fitscore: résumé 'no\/such\/resume.txt' does not exist/)]);
    expect(r.stdout).toBe('');
  });

  it('reads a PDF résumé and prints nothing but the report on stdout', () => {
    const r = bin([SEED, 'fixtures/pdf/one-column.pdf', '--as-of', '2026-11', '--json']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).resume.totalMonths).toBe(114);
    expect(r.stderr).toBe('');
  });

  it('reads stdin', () => {
    const r = bin(['extract', '-', '--json'], 'Requirements:\n- 5+ years of Python experience\n');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).requirements[0].years).toEqual({ min: 5 });
  });
});
