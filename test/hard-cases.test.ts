// Inputs that broke earlier versions (a code review's findings), kept as tests in both directions.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze';
import { extractPosting } from '../src/posting/extract';
import { parseYears } from '../src/posting/years';
import { readResume } from '../src/resume/extract';
import { findSkills, skillNames } from '../src/find/skills';
import { getKnowledge } from '../src/knowledge/index';

const posting = (bullets: string[]) => extractPosting(`Requirements\n${bullets.map((b) => `- ${b}`).join('\n')}\n`);
const asOf = { year: 2026, month: 11 };

describe('posting sentences', () => {
  it('keeps requirements that mention a boilerplate word, and the ones after them', () => {
    const p = posting(['3+ years of dental office experience', 'Must be eligible for a security clearance', '3+ years of Kafka']);
    expect(p.requirements.map((r) => r.text)).toEqual(['3+ years of dental office experience', 'Must be eligible for a security clearance', '3+ years of Kafka']);
  });

  it('still ends the section at real boilerplate', () => {
    const p = posting(['3+ years of Go', 'We offer dental insurance and a 401(k) match', 'Free snacks every Friday for the whole team']);
    expect(p.requirements.map((r) => r.text)).toEqual(['3+ years of Go']);
  });

  it('reads a requirement that says "remote" or "hybrid", and also reports the note', () => {
    const p = posting(['Experience with hybrid cloud environments such as AWS or Azure', 'Experience managing remote teams of engineers']);
    expect(p.requirements).toHaveLength(2);
    expect(p.notes.map((n) => n.topic)).toEqual(['location', 'location']);
  });

  it.each([
    ['Strong proficiency in Python and experience with AWS', ['Python', 'AWS'], false],
    ['Experience with Go and a passion for clean code', ['Go', 'Clean Code'], false],
    ['Experience with Spark or Hadoop', ['Apache Spark', 'Hadoop'], true],
    // A broad skill spelled out by specific ones gives way to them; one named beside them is asked for itself.
    ['4+ years of experience programming with Python, Scala, or Java', ['Python', 'Scala', 'Java'], true],
    ['2+ years of Python or Java programming experience', ['Python', 'Java'], true],
    ['Python or Java programming experience', ['Python', 'Java'], true],
    ['Programming languages such as Java or C++', ['Programming', 'Java', 'C++'], true],
    ['Experience with cloud platforms such as AWS and Azure', ['Cloud Computing', 'AWS', 'Azure'], true],
    ['Experience with AWS services such as EC2, S3 and Lambda', ['AWS', 'Amazon EC2', 'Amazon S3'], true],
    ['Experience with Java, ideally 11+, and Spring Boot', ['Java', 'Spring'], false],
    // A bracket's clause ends at its closing bracket: the bonus inside it does not take what follows.
    ['Experience with Python (preferably 3.x) and Django', ['Python', 'Django'], false],
    ['3+ years of SQL (Snowflake a plus) and Python', ['SQL', 'Python'], false],
    ['Programming experience: Python, Java', ['Python', 'Java'], true],
    ['Great expertise in TypeScript or at least JavaScript', ['TypeScript', 'JavaScript'], true],
    ['Experience with Terraform or other infrastructure as code tools', ['Terraform', 'Infrastructure as Code'], true],
    ['Experience with Java, Spring and Node.js', ['Java', 'Spring', 'Node.js'], false],
    ['Web development with React JavaScript and CSS', ['Web Development', 'React', 'JavaScript', 'CSS'], false],
  ] as const)('reads "%s" as %j (any-of %s)', (text, skills, anyOf) => {
    expect(posting([text]).requirements[0]).toMatchObject({ skills, anyOf });
  });

  it('keeps Java as the subject of "5+ years of Java; Spring a plus", and Spring as a preferred skill', () => {
    const p = posting(['5+ years of Java; Spring a plus']);
    expect(p.requirements[0]).toMatchObject({ section: 'basic', skills: ['Java'] });
    expect(p.skills).toEqual([{ name: 'Spring', section: 'preferred', line: 2 }]);
  });

  it('reads an abbreviation in brackets as part of its clause: "Machine learning (ML) experience with PyTorch" asks for PyTorch', () => {
    expect(posting(['Machine learning (ML) experience with PyTorch']).requirements[0]!.skills).toEqual(['PyTorch']);
  });

  it.each([
    ['Experience with Python (preferred) and SQL', ['SQL'], 'Python'],
    ['Experience with Python, Docker (a plus) and SQL', ['Python', 'SQL'], 'Docker'],
  ])('reads a bracket of nothing but the marker as marking the name before it: "%s"', (text, skills, bonus) => {
    const p = posting([text]);
    expect(p.requirements[0]!.skills).toEqual(skills);
    expect(p.skills).toEqual([{ name: bonus, section: 'preferred', line: 2 }]);
  });

  it('reads a bracket inside a bonus clause as bonus too', () => {
    const p = posting(['3+ years of Python; experience with containers (Docker, Kubernetes) is a plus']);
    expect(p.requirements[0]).toMatchObject({ skills: ['Python'] });
    expect(p.skills.map((s) => [s.name, s.section])).toEqual([['Docker', 'preferred'], ['Kubernetes', 'preferred']]);
  });

  it('raises a bonus skill named before in the posting\'s prose to preferred', () => {
    const p = extractPosting('About us\nWe ship Docker images daily.\n\nRequirements\n- 3+ years of Python; Docker a plus\n');
    expect(p.skills.find((s) => s.name === 'Docker')).toMatchObject({ section: 'preferred' });
  });

  it.each(["Bachelor's degree plus 3 years of experience", 'Proven ability to achieve desired outcomes with stakeholders'])(
    '"%s" stays basic',
    (text) => expect(posting([text]).requirements[0]?.section).toBe('basic'),
  );

  it.each([
    ["Bachelor's degree plus 3 years of experience in operations", []],
    ["Master's degree with 3 years of experience, or Bachelor's with 5", []],
    ['Degree in Computer Science or related field', ['computer science']],
  ] as const)('reads the fields of "%s" as %j', (text, fields) => {
    expect(posting([text]).requirements[0]?.degree?.fields).toEqual(fields);
  });

  it('reads a bare "degree in X" as a bachelor\'s', () => {
    expect(posting(['A degree in Computer Science is required']).requirements[0]?.degree?.level).toBe('bachelor');
    expect(posting(['Able to work to a high degree of accuracy under pressure']).requirements[0]?.degree).toBeUndefined();
  });

  it.each([
    ['Minimum 48 months of experience', { min: 4 }],
    ['6 months to 1 year of experience', { min: 0.5, max: 1 }],
    ['Maintain a decade-old codebase', undefined],
  ])('reads "%s" as %j', (text, years) => {
    expect(parseYears(text)).toEqual(years);
  });

  it('does not read the title line as a skill the posting asks for', () => {
    const p = extractPosting('Data Engineer\n\nRequirements\n- 3+ years of SQL\n');
    expect(p.title).toBe('Data Engineer');
    expect(p.skills.map((s) => s.name)).not.toContain('Data Engineering');
  });
});

describe('résumé lines', () => {
  it('ties each years phrase of a Skills line to its own skill', () => {
    const r = readResume('Jane\n\nExperience\nEngineer, Acme | Jan 2024 – Present\n- Built APIs\n\nSkills\nPython (8 years), Go (1 year), Kubernetes\n', asOf);
    expect(r.extract.skills.map((s) => [s.name, s.claimedMonths])).toEqual([
      ['Go', 12],
      ['Kubernetes', undefined],
      ['Python', 96],
    ]);
  });

  it('does not take "Swift response", "Go-to person", "Spark joy" or "Express delivery" for skills', () => {
    const text = 'Jane\n\nExperience\nSite Reliability Engineer, Acme Corp | Jan 2020 – Present\n- Ran Python tooling on AWS\n- Swift response to incidents; Go-to person for on-call\n- Spark joy in the team through mentoring\n';
    const skills = readResume(text, asOf).positions[0]!.position.skills;
    expect(skills).toEqual(expect.arrayContaining(['Python', 'AWS']));
    for (const name of ['Swift', 'Go', 'Apache Spark']) expect(skills).not.toContain(name);
  });

  it.each([
    ['took the helm of the team', []],
    ['Lightning-fast delivery of shipping containers', []],
    ['Excel at building relationships', []],
    ['Holds an active TS/SCI clearance', []],
    ['Cleared a bundle audit of the nursing unit', []],
  ])('finds no skill in "%s"', (text, expected) => {
    expect(skillNames(findSkills(text, getKnowledge()))).toEqual(expected);
  });
});

describe('verdicts', () => {
  it('checks the degree of a requirement that also asks for years', () => {
    const report = analyze(
      {
        posting: { text: "Requirements\n- Bachelor's degree in Computer Science and 5+ years of experience in software development\n", source: 'p' },
        resume: { text: 'Jane\n\nExperience\nSoftware Developer, Widgets Co. | Jan 2018 – Present\n- Software development in Java\n', source: 'r' },
      },
      { asOf: '2026-11' },
    );
    expect(report.requirements[0]).toMatchObject({ status: 'missing', reason: 'DEGREE_NOT_FOUND' });
  });
});

describe('several years phrases in one requirement', () => {
  const one = (requirement: string, resume: string) =>
    analyze({ posting: { text: `Requirements\n- ${requirement}\n`, source: 'p' }, resume: { text: resume, source: 'r' } }, { asOf: '2026-11' }).requirements[0]!;
  const JAVA_ONLY = 'Jane\n\nExperience\nEngineer, Acme | Jan 2019 – Present\n- Java services\n\nEducation\nM.S. Computer Science, State University, 2018\n';

  it('reads years for each skill', () => {
    expect(posting(['5+ years of Java and 2+ years of Kubernetes']).requirements[0]).toMatchObject({
      skillYears: [
        { skill: 'Java', years: { min: 5 } },
        { skill: 'Kubernetes', years: { min: 2 } },
      ],
    });
  });

  it('checks each skill against its own years', () => {
    expect(one('5+ years of Java and 2+ years of Kubernetes', JAVA_ONLY)).toMatchObject({ status: 'partial', credit: 0.5, reason: 'SKILL_YEARS_BELOW' });
  });

  it('reads "or N years with a master\'s" as an alternative, and honours it', () => {
    expect(posting(["10 years of experience in Java, or 5 years with a master's degree"]).requirements[0]).toMatchObject({
      years: { min: 10 },
      yearsWithDegree: { min: 5, level: 'master' },
    });
    expect(one("10 years of experience in Java, or 5 years with a master's degree", JAVA_ONLY)).toMatchObject({ status: 'met', reason: 'YEARS_MET_WITH_DEGREE' });
  });
});

describe('credentials and British forms', () => {
  const one = (requirement: string, resume: string) =>
    analyze({ posting: { text: `Requirements\n- ${requirement}\n`, source: 'p' }, resume: { text: resume, source: 'r' } }, { asOf: '2026-11' }).requirements[0]!;

  it.each([
    ['Certifications\nBLS, American Heart Association (expires 03/2028)\nACLS, expired 06/2025\n', 'partial', 'CREDENTIAL_EXPIRED'],
    ['Certifications\nBLS, valid until 03/2028\nACLS, valid until 01/2027\n', 'met', 'CREDENTIAL_FOUND'],
    ['Certifications\nBLS (expired 2024)\n', 'missing', 'CREDENTIAL_EXPIRED'],
  ])('reads the expiry of a credential in %j', (certs, status, reason) => {
    expect(one('BLS and ACLS certification', `Jane Doe\n\n${certs}`)).toMatchObject({ status, reason });
  });

  it.each([
    ['A 2:1 or above in Computer Science', { level: 'bachelor', fields: ['computer science'] }],
    ['BSc (Hons) in Mathematics', { level: 'bachelor', fields: ['mathematics'] }],
    ['NVQ Level 3 in Health and Social Care', { level: 'high-school' }],
    ['RN diploma or BSN', { level: 'associate' }],
  ])('reads "%s"', (text, degree) => {
    expect(posting([text]).requirements[0]?.degree).toMatchObject(degree);
  });

  it('reads DD/MM/YYYY when the day tells', () => {
    const r = readResume('Jane\n\nCareer History\nStaff Nurse, St Mary\'s Hospital | 25/06/2019 – 31/12/2021\n- Ward care\n', asOf);
    expect(r.extract.positions.map((p) => [p.start, p.end, p.months])).toEqual([['2019-06', '2021-12', 31]]);
  });
});

describe('a range split over two lines', () => {
  it('joins "Jan 2019 –" and "Present" on the next line, and a bullet above is no header', () => {
    const r = readResume('Jane\n\nExperience\nData Engineer, Acme | Jan 2019 –\nPresent\n- Built Spark jobs\nAnalyst, Beta | Mar 2015 –\nDec 2018\n- SQL\n', asOf);
    expect(r.extract.positions.map((p) => [p.title, p.organization, p.start, p.end, p.current])).toEqual([
      ['Data Engineer', 'Acme', '2019-01', '2026-11', true],
      ['Analyst', 'Beta', '2015-03', '2018-12', false],
    ]);
  });
});

describe('wording gaps', () => {
  it('suggests the posting\'s wording for a skill the résumé names otherwise', () => {
    const report = analyze(
      {
        posting: { text: 'Requirements\n- Experience with Kubernetes and Terraform\n', source: 'p' },
        resume: { text: 'Jane\n\nExperience\nSRE, Acme | Jan 2020 – Present\n- Ran k8s clusters with Terraform\n', source: 'r' },
      },
      { asOf: '2026-11' },
    );
    expect(report.skills.wording).toEqual([{ skill: 'Kubernetes', posting: 'Kubernetes', resume: 'k8s', line: 5 }]);
  });
});

describe('verdicts a recruiter would give', () => {
  const one = (requirement: string, resume: string) =>
    analyze({ posting: { text: `Requirements\n- ${requirement}\n`, source: 'p' }, resume: { text: resume, source: 'r' } }, { asOf: '2026-11' }).requirements[0]!;
  const BACKEND = 'Sam\n\nExperience\nSenior Backend Engineer, Tidewater | Jan 2019 – Present\n- Go services on Kubernetes\n\nEducation\nB.S. in Software Engineering, State University, 2018\n';

  it('counts a backend engineer\'s years as software development', () => {
    expect(one('5+ years of professional software development experience', BACKEND)).toMatchObject({ status: 'met' });
  });

  it('lets equivalent experience stand in for a degree in a nearby field', () => {
    expect(one('BS/MS in Computer Science or equivalent practical experience', BACKEND)).toMatchObject({ status: 'met', reason: 'DEGREE_EQUIVALENT_EXPERIENCE' });
    expect(one('BS in Computer Science', BACKEND)).toMatchObject({ status: 'partial', reason: 'DEGREE_FIELD_RELATED' });
  });

  it('does not count a soft skill the résumé does not claim as missing', () => {
    expect(one('Clear written and verbal communication skills', BACKEND)).toMatchObject({ status: 'unknown', reason: 'SOFT_SKILL_NOT_SHOWN', credit: 0.5 });
  });
});
