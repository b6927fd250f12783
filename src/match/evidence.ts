// Looks a skill up in the résumé facts: the dated positions that show it (directly or through a more
// specific skill: Spark shows Distributed Systems), the Skills-section line that lists it, a claim.
import type { Knowledge } from '../knowledge/index';
import type { PositionFacts, ResumeFacts } from '../resume/extract';
import { weightedMonths } from '../resume/dates';
import type { Evidence, Weights } from '../schema';

export interface SkillFinding {
  skill: string;
  months: number;
  positions: PositionFacts[];
  /** Skills of the résumé that showed this one ("Apache Spark" for Distributed Systems). */
  via: string[];
  lines: Evidence[];
  listed?: Evidence;
  claim?: { months: number; evidence: Evidence };
}

/** The skill itself and every skill that implies it. */
export const showingSkills = (skill: string, kb: Knowledge): string[] => [skill, ...(kb.evidenceOf.get(skill) ?? [])];

/** Months of experience of the positions, each kind at its weight (an internship month counts half by default). */
export const experienceMonths = (positions: readonly PositionFacts[], weights?: Weights): number =>
  weightedMonths(positions.map((p) => ({ ...p.interval, weight: p.position.kind && weights ? weights.positionKinds[p.position.kind] : 1 })));

export function findSkill(skill: string, facts: ResumeFacts, kb: Knowledge, weights?: Weights): SkillFinding {
  const names = showingSkills(skill, kb);
  const positions: PositionFacts[] = [];
  const via = new Set<string>();
  const lines: Evidence[] = [];
  for (const p of facts.positions) {
    const hit = names.find((n) => p.evidence.has(n));
    if (!hit) continue;
    positions.push(p);
    if (hit !== skill) via.add(hit);
    lines.push(p.evidence.get(hit)!);
  }
  const listedName = names.find((n) => facts.listed.has(n));
  const claimName = names.find((n) => facts.claims.has(n));
  return {
    skill,
    months: experienceMonths(positions, weights),
    positions,
    via: [...via].sort(),
    lines,
    ...(listedName ? { listed: facts.listed.get(listedName)! } : {}),
    ...(claimName ? { claim: facts.claims.get(claimName)! } : {}),
  };
}

export const isPresent = (f: SkillFinding): boolean => f.positions.length > 0 || f.listed !== undefined || f.claim !== undefined;

/** "Senior Data Engineer, Acme Corp (Jan 2020 – Present, 83 months)". */
export function positionEvidence(p: PositionFacts): Evidence {
  const { position } = p;
  const label = position.kind ? `, ${position.kind}` : '';
  return { text: `${p.header.text} (${position.dates}, ${position.months} months${label})`, line: p.header.line! };
}
