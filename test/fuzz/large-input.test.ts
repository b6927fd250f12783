// A 5 MB posting of repeated tricky fragments goes through the whole command line and gives a valid report.
// No timing assertion (timings belong in benchmarks): the test finishing is the point. The timeout is generous.
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { Report } from '../../src/schema';
import { fakeIo } from '../cli/fake-io';
import { removeTempFiles, tempFile } from './properties';
import { repeated, trickyPosting } from './large';

const SEED = 'fixtures/documents/postings/seed-capital-one-senior-mle.txt';
const STRONG = 'fixtures/documents/resumes/strong-candidate.md';
const MB = 1048576;

afterAll(removeTempFiles);

/** Scores the text as the posting (against a strong résumé) or as the résumé (against the seed posting). */
async function score(text: string, side: 'posting' | 'resume' = 'posting') {
  const path = tempFile(`huge-${side}.txt`, new TextEncoder().encode(text));
  const fake = fakeIo();
  const code = await main([side === 'posting' ? path : SEED, side === 'posting' ? STRONG : path, '--json', '--as-of', '2026-11'], fake.io);
  return { code, stderr: fake.stderr(), report: code === 0 ? Report.parse(JSON.parse(fake.stdout())) : undefined };
}

describe('a 5 MB posting of tricky fragments (no timing assertion: finishing is the point)', () => {
  it('scores "years years 5+ 5+", "a a a", digit runs, a thousand commas, "Jan 2019 – ", "**a ", "[[[" and makes a valid report', async () => {
    const posting = trickyPosting(5 * MB);
    expect(posting.length).toBeGreaterThanOrEqual(5 * MB);
    const { code, stderr, report } = await score(posting);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(report!.posting.source).toMatch(/huge-posting\.txt$/);
  }, 600_000);

  it('scores 5 MB of one long line of the same fragments', async () => {
    const { code, report } = await score(trickyPosting(5 * MB, Number.POSITIVE_INFINITY));
    expect(code).toBe(0);
    expect(report!.schemaVersion).toBe(1);
  }, 600_000);

  // Shapes that were quadratic before the fuzz findings were fixed (each 5 MB ran for minutes to hours).
  it('scores 5 MB of "5+ years of Python, Java, Scala, or Go; " (quadratic in posting/requirement.ts clauses)', async () => {
    expect((await score(repeated('5+ years of Python, Java, Scala, or Go; ', 5 * MB))).code).toBe(0);
  }, 600_000);

  it('scores 5 MB of wrapped lines without a full stop (quadratic in posting/sections.ts blocks())', async () => {
    expect((await score(repeated('experience building distributed systems and data pipelines at scale\n', 5 * MB))).code).toBe(0);
  }, 600_000);

  it('scores 5 MB of ".NET " (quadratic in posting/extract.ts isBareSkillList())', async () => {
    expect((await score(`Requirements\n${repeated('.NET ', 5 * MB)}`)).code).toBe(0);
  }, 600_000);

  it('scores a résumé whose second line is 5 MB of spaces (backtracking in text/segment.ts isPageMark())', async () => {
    expect((await score(`a\n${' '.repeat(5 * MB)}`, 'resume')).code).toBe(0);
  }, 600_000);

  it('scores a résumé that repeats "Experience" between its lines, 5 MB (quadratic in resume/positions.ts runs())', async () => {
    expect((await score(repeated('Experience\nBuilt pipelines in Python\n', 5 * MB), 'resume')).code).toBe(0);
  }, 600_000);
});

// Shapes that a review found quadratic (or worse) in new code before it landed; each now takes a second or two, and
// the timeout is far below what the slow code took.
describe('names by the hundred thousand (no timing assertion: the timeouts are far above the linear code)', () => {
  const names = ['python', 'go', 'sql', 'aws', 'docker', 'kubernetes', 'react', 'spark', 'terraform', 'postgresql', 'git', 'linux', 'java', 'rust'];
  const list = (n: number) => Array.from({ length: n }, (_, i) => names[i % names.length]).join(', ');

  it('scores a Skills line of 160,000 names in small letters (find/skills.ts findInList: a stack overflow, then quadratic)', async () => {
    const { code } = await score(`Jane Doe\n\nExperience\nEngineer, Acme Corp    Jan 2019 - Present\n- Built things\n\nSkills\n${list(160_000)}\n`, 'resume');
    expect(code).toBe(0);
  }, 60_000);

  it('scores a bullet naming 400,000 skills (find/skills.ts namesColleagues: quadratic before its fix)', async () => {
    const { code } = await score(`Jane Doe\n\nExperience\nEngineer, Acme Corp    Jan 2019 - Present\n- Built services with ${list(400_000)}.\n`, 'resume');
    expect(code).toBe(0);
  }, 30_000);

  it('scores 3 MB of long requirements of names joined by semicolons (posting/requirement.ts bonus clauses and broad skills: quadratic before its fix)', async () => {
    let unit = 'Experience with programming';
    for (let i = 0; unit.length < 1970; i++) unit += `; ${['Python', 'Java', 'SQL', 'AWS', 'Docker', 'Spring', 'Terraform'][i % 7]}`;
    const { code } = await score(`Requirements\n${Array.from({ length: 1500 }, () => `- ${unit}.`).join('\n')}\n`);
    expect(code).toBe(0);
  }, 30_000);
});
