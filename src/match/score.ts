// The score: a weighted mean of credit per part (basic, preferred, posting skills), equal weight inside a
// part, the part weights renormalised over the parts that have items. Weighting by requirement, not by
// keyword count, keeps a keyword-stuffed résumé or a thin posting from winning.
import type { RequirementResult, ScoringPart, Weights } from '../schema';

export interface ScoreInput {
  requirements: readonly Pick<RequirementResult, 'section' | 'credit'>[];
  skills: { matched: number; total: number };
  /** Credit of the title comparison, when there is one. */
  title?: number;
}

export function score(input: ScoreInput, weights: Weights): { score: number; scoring: ScoringPart[] } {
  const credits = {
    basic: input.requirements.filter((r) => r.section === 'basic').map((r) => r.credit),
    preferred: input.requirements.filter((r) => r.section === 'preferred').map((r) => r.credit),
    skills: [...Array(input.skills.total)].map((_, i) => (i < input.skills.matched ? 1 : 0)),
    title: input.title === undefined ? [] : [input.title],
  };
  const parts = (['basic', 'preferred', 'skills', 'title'] as const).filter((p) => credits[p].length > 0);
  const totalWeight = parts.reduce((sum, p) => sum + weights.parts[p], 0);
  const scoring: ScoringPart[] = parts.map((part) => {
    const items = credits[part];
    const weight = totalWeight > 0 ? (weights.parts[part] / totalWeight) * 100 : 0;
    const mean = items.reduce((a, b) => a + b, 0) / items.length;
    return { part, weight: round(weight), earned: round(weight * mean), items: items.length };
  });
  const total = scoring.reduce((sum, p) => sum + p.earned, 0);
  return { score: Math.round(Math.min(100, Math.max(0, total))), scoring };
}

const round = (n: number) => Math.round(n * 10) / 10;
