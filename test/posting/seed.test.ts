// The posting this project started from: fitscore must read it right.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/posting/extract';

const posting = extractPosting(readFileSync('fixtures/documents/postings/seed-capital-one-senior-mle.txt', 'utf8'));
const byId = (id: string) => posting.requirements.find((r) => r.id === id)!;

describe('the seed posting (Capital One Senior MLE)', () => {
  it('reads the title', () => expect(posting.title).toBe('Senior Machine Learning Engineer'));

  it('finds four basic and five preferred requirements, in document order', () => {
    expect(posting.requirements.map((r) => r.id)).toEqual([
      'basic-1', 'basic-2', 'basic-3', 'basic-4', 'preferred-1', 'preferred-2', 'preferred-3', 'preferred-4', 'preferred-5',
    ]);
  });

  it.each([
    ['basic-1', { kind: 'degree', degree: { level: 'bachelor', fields: [], orRelated: false, orEquivalentExperience: false } }],
    ['basic-2', { kind: 'experience', years: { min: 6 }, skills: ['Big Data', 'Distributed Systems'], anyOf: true }],
    ['basic-3', { kind: 'experience', years: { min: 4 }, skills: ['Python', 'Scala', 'Java'], anyOf: true }],
    ['basic-4', { kind: 'experience', years: { min: 2 }, skills: ['Machine Learning'] }],
    [
      'preferred-1',
      { kind: 'degree', degree: { level: 'master', fields: ['computer science', 'electrical engineering', 'mathematics'], orRelated: true, orEquivalentExperience: false } },
    ],
    // "data pipelines for ML applications": ML is what the pipelines serve, not a second way to meet it.
    ['preferred-2', { kind: 'experience', years: { min: 3 }, skills: ['Data Pipelines'] }],
    ['preferred-3', { kind: 'experience', years: { min: 3 }, skills: ['scikit-learn', 'PyTorch', 'Dask', 'Apache Spark', 'TensorFlow'], anyOf: true }],
    ['preferred-4', { kind: 'experience', years: { min: 2 }, skills: ['Programming'] }],
    ['preferred-5', { kind: 'experience', years: { min: 2 }, skills: ['Data Cleaning'] }],
  ])('reads %s', (id, expected) => {
    expect(byId(id)).toMatchObject(expected);
  });

  it('keeps each requirement verbatim', () => {
    expect(byId('basic-3').text).toBe('At least 4 years of programming experience in Python, Scala, or Java.');
  });

  it('never reads the salary range as years', () => {
    expect(posting.requirements.some((r) => /\$/.test(r.text))).toBe(false);
    expect(posting.requirements.every((r) => (r.years?.min ?? 0) < 20)).toBe(true);
  });

  it('reads the nice-to-have list as preferred posting skills, not requirements', () => {
    const preferred = posting.skills.filter((s) => s.section === 'preferred').map((s) => s.name);
    expect(preferred).toEqual(['Docker', 'SQL', 'Python', 'PyTorch', 'Scala', 'Java', 'scikit-learn', 'Apache Spark', 'TensorFlow']);
  });

  it('reads the toolkit sentence as posting skills of the other sections', () => {
    const other = posting.skills.filter((s) => s.section === 'other').map((s) => s.name);
    expect(other).toEqual(expect.arrayContaining(['Nomad', 'Transformers', 'Statistics']));
  });

  it('reports the sponsorship sentence as a work-authorisation note', () => {
    expect(posting.notes).toEqual([{ topic: 'work-authorization', text: expect.stringMatching(/will not sponsor/) }]);
  });
});
