import { describe, expect, it } from 'vitest';
import { getKnowledge } from '../../src/knowledge/index';
import { readRequirement } from '../../src/posting/requirement';
import type { Requirement } from '../../src/schema';

const read = (text: string) => readRequirement(text, 'basic', 'basic-1', 1, getKnowledge());

describe('degrees in requirements', () => {
  const cases: [string, Partial<NonNullable<Requirement['degree']>>][] = [
    ["Bachelor's degree.", { level: 'bachelor', fields: [], orRelated: false }],
    ["Bachelor's degree in Computer Science or a related field", { level: 'bachelor', fields: ['computer science'], orRelated: true }],
    ['BS/MS in Computer Science or equivalent practical experience', { level: 'bachelor', fields: ['computer science'], orEquivalentExperience: true }],
    ["Master's or doctoral degree in computer science, electrical engineering, mathematics, or similar field", { level: 'master', orRelated: true }],
    ['PhD in Physics or Applied Mathematics', { level: 'doctorate', fields: ['physics', 'applied mathematics'] }],
    ['Bachelor of Science in Nursing (BSN) preferred', { level: 'bachelor', fields: ['nursing'] }],
    ["Bachelor's degree in Accounting, Finance, or related field", { level: 'bachelor', fields: ['accounting', 'finance'], orRelated: true }],
    ['High school diploma or GED', { level: 'high-school' }],
    ["Associate's degree in a technical field", { level: 'associate' }],
    ['MBA preferred', { level: 'master' }],
    ['B.S. or B.A. in Economics', { level: 'bachelor', fields: ['economics'] }],
    ['4-year degree or equivalent experience', { level: 'bachelor', orEquivalentExperience: true }],
    ['Undergraduate degree in a quantitative field', { level: 'bachelor' }],
    ['Ph.D. in Statistics', { level: 'doctorate', fields: ['statistics'] }],
  ];
  it.each(cases)('reads "%s"', (text, expected) => {
    expect(read(text).degree).toMatchObject(expected);
  });

  it.each([
    'Experience with MS Excel and Outlook',
    'Must be able to work in Boston, MA',
    'Master the art of customer service',
    'Strong communication skills',
    'Be a team player',
  ])('finds no degree in "%s"', (text) => {
    expect(read(text).degree).toBeUndefined();
  });
});

describe('skills in requirements', () => {
  it.each([
    ['At least 4 years of programming experience in Python, Scala, or Java', ['Python', 'Scala', 'Java'], true],
    ['Experience with PostgreSQL and Redis', ['PostgreSQL', 'Redis'], false],
    ['Experience with Kubernetes (k8s) and Docker', ['Kubernetes', 'Docker'], false],
    ['Strong proficiency in Go or Java', ['Go', 'Java'], true],
    ['ML frameworks such as scikit-learn, PyTorch, or TensorFlow', ['scikit-learn', 'PyTorch', 'TensorFlow'], true],
    ['Familiarity with R or Python', ['R', 'Python'], true],
    ['Advanced Excel and SQL', ['Excel', 'SQL'], false],
    ['Experience with one or more of: Java, Kotlin', ['Java', 'Kotlin'], true],
    ['Python/Scala development', ['Python', 'Scala'], true],
  ] as const)('reads "%s" as %j (any-of %s)', (text, skills, anyOf) => {
    const r = read(text);
    expect(r.skills).toEqual(skills);
    expect(r.anyOf).toBe(anyOf);
  });

  it.each([
    ['Minimum 2 years of experience in building and optimizing ML systems', 'experience'],
    ['Current RN license in the state of Ohio', 'credential'],
    ['CPA preferred', 'credential'],
    ['Experience with Tableau is a plus', 'skill'],
    ['Strong attention to detail', 'other'],
    ["Bachelor's degree in Nursing", 'degree'],
  ])('reads "%s" as kind %s', (text, kind) => {
    expect(read(text).kind).toBe(kind);
  });
});

describe('a skill after "for" is what the subject serves, not an alternative', () => {
  const read = (text: string) => {
    const r = readRequirement(text, 'basic', 'basic-1', 1, getKnowledge());
    return [r.skills, r.anyOf ?? false];
  };
  it.each([
    ['3+ years of experience building data pipelines for ML applications', [['Data Pipelines'], false]],
    ['2+ years of experience in data preparation for ML models', [['Data Cleaning'], false]],
    ['Experience with Python for data analysis', [['Python'], false]],
    ['3+ years building data pipelines for ML and AI applications', [['Data Pipelines'], false]],
    ['Terraform for AWS or GCP', [['Terraform'], false]],
    // The phrase ends where "in", "using", "with" or a comma starts another part.
    ['Strong SQL skills for reporting in Tableau', [['SQL', 'Tableau'], true]],
    // A list before "for" stays a list.
    ['Python or R for statistics', [['Python', 'R'], true]],
    ['6 years of data-intensive solutions using distributed systems', [['Big Data', 'Distributed Systems'], true]],
  ])('"%s" → %j', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });
});
