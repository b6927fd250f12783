// Verdicts on small documents written for the case: one requirement, one résumé.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze';

const verdict = (requirement: string, resume: string) => {
  const report = analyze(
    { posting: { text: `Requirements\n- ${requirement}\n`, source: 'p' }, resume: { text: resume, source: 'r' } },
    { asOf: '2026-11' },
  );
  const [r] = report.requirements;
  return { status: r!.status, reason: r!.reason, credit: r!.credit, evidence: r!.evidence };
};

const EXPERIENCE = (body: string) => `Jane Doe\n\nExperience\nData Engineer, Acme | Jan 2020 – Present\n- ${body}\n`;

describe('experience verdicts', () => {
  it.each([
    ['5+ years of Python', EXPERIENCE('Built services in Python'), 'met', 'YEARS_MET'],
    ['10+ years of Python', EXPERIENCE('Built services in Python'), 'partial', 'YEARS_BELOW_REQUIRED'],
    ['3+ years of Kafka', `${EXPERIENCE('Built services in Python')}\nSkills\nKafka, Python\n`, 'partial', 'SKILL_ONLY_LISTED'],
    ['3+ years of Kafka', EXPERIENCE('Built services in Python'), 'missing', 'EXPERIENCE_NOT_FOUND'],
    ['3+ years of distributed systems experience', EXPERIENCE('Ran Spark jobs on EMR'), 'met', 'YEARS_MET'],
    ['5+ years of professional experience', EXPERIENCE('Built services'), 'met', 'TOTAL_YEARS_MET'],
    ['10+ years of professional experience', EXPERIENCE('Built services'), 'partial', 'TOTAL_YEARS_BELOW'],
    ['3+ years of experience in a fast-paced environment', EXPERIENCE('Built services'), 'unknown', 'EXPERIENCE_SUBJECT_UNKNOWN'],
  ])('"%s" → %s (%s)', (requirement, resume, status, reason) => {
    expect(verdict(requirement, resume)).toMatchObject({ status, reason });
  });

  it('gives partial credit in proportion: 6.9 of 10 years → 0.69', () => {
    expect(verdict('10+ years of Python', EXPERIENCE('Python')).credit).toBeCloseTo(83 / 120, 3);
  });

  it('names the position and the line behind a verdict', () => {
    const { evidence } = verdict('5+ years of Python', EXPERIENCE('Built services in Python'));
    expect(evidence).toEqual([
      { text: 'Data Engineer, Acme (Jan 2020 – Present, 83 months)', line: 4 },
      { text: 'Built services in Python', line: 5 },
    ]);
  });
});

describe('degree verdicts', () => {
  const EDU = (line: string) => `Jane Doe\n\nEducation\n${line}\n`;
  it.each([
    ["Bachelor's degree in Computer Science", EDU('B.S. Computer Science, State University, 2015'), 'met', 'DEGREE_MET'],
    ["Bachelor's degree in Computer Science or related field", EDU('B.S. Software Engineering, State University, 2015'), 'met', 'DEGREE_FIELD_RELATED'],
    ["Bachelor's degree in Computer Science", EDU('B.A. History, State College, 2015'), 'partial', 'DEGREE_FIELD_OTHER'],
    ["Master's degree", EDU('B.S. Mathematics, State University, 2015'), 'partial', 'DEGREE_LEVEL_BELOW'],
    ['PhD in Physics', EDU('B.S. Physics, State University, 2015'), 'missing', 'DEGREE_LEVEL_BELOW'],
    ["Bachelor's degree", EDU('M.S. Statistics (expected 2027), State University'), 'partial', 'DEGREE_IN_PROGRESS'],
    ["Bachelor's degree", 'Jane Doe\n\nExperience\nNothing here\n', 'missing', 'DEGREE_NOT_FOUND'],
    [
      'BS in Computer Science or equivalent practical experience',
      'Jane Doe\n\nExperience\nSoftware Engineer, Acme | 2015 – 2021\n- Go services\n',
      'met',
      'DEGREE_EQUIVALENT_EXPERIENCE',
    ],
  ])('"%s" → %s (%s)', (requirement, resume, status, reason) => {
    expect(verdict(requirement, resume)).toMatchObject({ status, reason });
  });
});

describe('skill and credential verdicts', () => {
  it.each([
    ['Experience with Kubernetes', EXPERIENCE('Deployed on k8s'), 'met', 'SKILL_FOUND'],
    ['Experience with PostgreSQL and Redis', EXPERIENCE('Tuned Postgres queries'), 'partial', 'SKILLS_PARTIAL'],
    ['Experience with Go or Rust', EXPERIENCE('Wrote Java services'), 'missing', 'SKILL_NOT_FOUND'],
    ['Current RN license', 'Jane Doe, RN\n\nLicenses\nRegistered Nurse, State of Ohio\n', 'met', 'CREDENTIAL_FOUND'],
    ['BLS and ACLS certification', 'Jane Doe\n\nCertifications\nBLS, American Heart Association\n', 'partial', 'CREDENTIALS_PARTIAL'],
    ['CPA preferred', EXPERIENCE('Closed the books monthly'), 'missing', 'CREDENTIAL_NOT_FOUND'],
    ['Strong attention to detail', EXPERIENCE('Anything'), 'unknown', 'NOT_CHECKABLE'],
  ])('"%s" → %s (%s)', (requirement, resume, status, reason) => {
    expect(verdict(requirement, resume)).toMatchObject({ status, reason });
  });

  it('gives an unknown requirement the default credit', () => {
    expect(verdict('Strong attention to detail', EXPERIENCE('Anything')).credit).toBe(0.5);
  });
});

describe('kinds of position', () => {
  const INTERN = 'Jane Doe\n\nExperience\nSoftware Engineering Intern, Acme | Jan 2024 – Dec 2024\n- Built services in Python\n';
  const run = (positionKinds?: Record<string, number>) =>
    analyze(
      { posting: { text: 'Requirements\n- 1+ years of Python\n', source: 'p' }, resume: { text: INTERN, source: 'r' } },
      { asOf: '2026-11', ...(positionKinds ? { weights: { positionKinds } } : {}) },
    ).requirements[0]!;

  it('counts an internship month at half by default, and says so', () => {
    expect(run()).toMatchObject({ status: 'partial', credit: 0.5, args: { months: 6, discounted: ['internship months count at 0.5'] } });
    expect(run().explanation).toMatch(/internship months count at 0\.5/);
  });

  it('counts it in full when the weights say so', () => {
    expect(run({ internship: 1 })).toMatchObject({ status: 'met', args: { months: 12 } });
  });

  it('adds nothing for an internship inside a full-time role', async () => {
    const { weightedMonths } = await import('../../src/resume/dates');
    expect(weightedMonths([{ from: 0, to: 24, precision: 'month' }, { from: 6, to: 12, precision: 'month', weight: 0.5 }])).toBe(24);
    expect(weightedMonths([{ from: 0, to: 12, precision: 'month' }, { from: 12, to: 24, precision: 'month', weight: 0.5 }])).toBe(18);
  });
});
