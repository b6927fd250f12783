import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze';

const doc = (path: string) => ({ text: readFileSync(path, 'utf8'), source: path });

describe('analyze', () => {
  it('scores the strong candidate against the seed posting as meeting every basic qualification', () => {
    const report = analyze(
      { posting: doc('fixtures/documents/postings/seed-capital-one-senior-mle.txt'), resume: doc('fixtures/documents/resumes/strong-candidate.md') },
      { asOf: '2026-11' },
    );
    expect(report.meetsBasic).toBe(true);
    expect(report.requirements.filter((r) => r.section === 'basic')).toHaveLength(4);
  });
});
