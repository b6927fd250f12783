import { describe, expect, it } from 'vitest';
import { score } from '../../src/match/score';
import { Weights } from '../../src/schema';

const defaults = Weights.parse({});
const req = (section: 'basic' | 'preferred', credit: number) => ({ section, credit });

describe('score', () => {
  it('weighs basic 70, preferred 20, skills 10 by default', () => {
    const result = score({ requirements: [req('basic', 1), req('preferred', 0)], skills: { matched: 1, total: 2 } }, defaults);
    expect(result.scoring).toEqual([
      { part: 'basic', weight: 70, earned: 70, items: 1 },
      { part: 'preferred', weight: 20, earned: 0, items: 1 },
      { part: 'skills', weight: 10, earned: 5, items: 2 },
    ]);
    expect(result.score).toBe(75);
  });

  it('renormalises over the parts that have items', () => {
    const result = score({ requirements: [req('basic', 0.5)], skills: { matched: 0, total: 0 } }, defaults);
    expect(result.scoring).toEqual([{ part: 'basic', weight: 100, earned: 50, items: 1 }]);
    expect(result.score).toBe(50);
  });

  it('gives equal weight to each requirement of a part, whatever its keyword count', () => {
    const many = score({ requirements: [req('basic', 1), req('basic', 0), req('basic', 0), req('basic', 0)], skills: { matched: 0, total: 0 } }, defaults);
    expect(many.score).toBe(25);
  });

  it('scores 0 for an empty posting rather than dividing by zero', () => {
    expect(score({ requirements: [], skills: { matched: 0, total: 0 } }, defaults)).toEqual({ score: 0, scoring: [] });
  });

  it('takes weights from data', () => {
    const weights = Weights.parse({ parts: { basic: 1, preferred: 1, skills: 0 } });
    expect(score({ requirements: [req('basic', 1), req('preferred', 0)], skills: { matched: 3, total: 3 } }, weights).score).toBe(50);
  });
});
