// A degree requirement against the résumé's education: level first, then field, then the posting's
// "or equivalent experience".
import { fieldRelation, levelRank } from '../find/degrees';
import { EQUIVALENT_EXPERIENCE_YEARS } from '../knowledge/degrees';
import { monthsToYears } from '../resume/dates';
import type { ResumeFacts } from '../resume/extract';
import type { Education, Evidence, Requirement, Weights } from '../schema';
import { experienceMonths } from './evidence';
import type { Verdict } from './verdict';

const evidenceOf = (e: Education): Evidence => ({ text: e.text ?? e.level, ...(e.line ? { line: e.line } : {}) });
const describe = (e: Education) => [e.level, e.field].filter(Boolean).join(' in ');

export function matchDegree(req: Requirement, facts: ResumeFacts, weights: Weights): Verdict {
  const degree = req.degree!;
  const wanted = levelRank(degree.level);
  const held = facts.extract.education.filter((e) => !e.inProgress);
  const atLevel = held.filter((e) => levelRank(e.level) >= wanted);
  const base = { level: degree.level, fields: degree.fields };
  if (atLevel.length) {
    if (!degree.fields.length) {
      const best = atLevel[0]!;
      return { status: 'met', credit: 1, evidence: [evidenceOf(best)], reason: 'DEGREE_MET', args: { ...base, held: describe(best) } };
    }
    const ranked = atLevel
      .map((e) => ({ e, relation: e.field ? fieldRelation(e.field, degree.fields) : ('unstated' as const) }))
      .sort((a, b) => order(a.relation) - order(b.relation));
    const { e, relation } = ranked[0]!;
    const args = { ...base, held: describe(e), orRelated: degree.orRelated };
    if (relation === 'same') return { status: 'met', credit: 1, evidence: [evidenceOf(e)], reason: 'DEGREE_MET', args };
    if (relation === 'related' && degree.orRelated) return { status: 'met', credit: 1, evidence: [evidenceOf(e)], reason: 'DEGREE_FIELD_RELATED', args };
    // "BS in CS or equivalent practical experience": a degree in another field plus the experience will do.
    const equivalent = equivalentExperience(degree, facts, weights);
    if (equivalent) return { ...equivalent, evidence: [evidenceOf(e)], args: { ...equivalent.args, held: describe(e) } };
    const reason = relation === 'related' ? 'DEGREE_FIELD_RELATED' : relation === 'unstated' ? 'DEGREE_FIELD_UNSTATED' : 'DEGREE_FIELD_OTHER';
    return { status: 'partial', credit: weights.degreeOtherFieldCredit, evidence: [evidenceOf(e)], reason, args };
  }
  const equivalent = equivalentExperience(degree, facts, weights);
  if (equivalent) return equivalent;
  const pending = facts.extract.education.find((e) => e.inProgress && levelRank(e.level) >= wanted);
  if (pending) {
    return { status: 'partial', credit: weights.degreeLevelBelowCredit, evidence: [evidenceOf(pending)], reason: 'DEGREE_IN_PROGRESS', args: { ...base, held: describe(pending) } };
  }
  const best = [...held].sort((a, b) => levelRank(b.level) - levelRank(a.level))[0];
  if (best && levelRank(best.level) === wanted - 1) {
    return { status: 'partial', credit: weights.degreeLevelBelowCredit, evidence: [evidenceOf(best)], reason: 'DEGREE_LEVEL_BELOW', args: { ...base, held: describe(best) } };
  }
  return {
    status: 'missing',
    credit: 0,
    evidence: best ? [evidenceOf(best)] : [],
    reason: best ? 'DEGREE_LEVEL_BELOW' : 'DEGREE_NOT_FOUND',
    args: { ...base, ...(best ? { held: describe(best) } : {}) },
  };
}

const order = (relation: string) => ['same', 'related', 'unstated', 'other'].indexOf(relation);

// "BS/MS … or equivalent practical experience": enough years stand in for the degree (EQUIVALENT_EXPERIENCE_YEARS).
function equivalentExperience(degree: NonNullable<Requirement['degree']>, facts: ResumeFacts, weights: Weights): Verdict | undefined {
  const equivalentMonths = EQUIVALENT_EXPERIENCE_YEARS[degree.level] * 12;
  const experience = experienceMonths(facts.positions, weights);
  if (!degree.orEquivalentExperience || experience < equivalentMonths) return undefined;
  return {
    status: 'met',
    credit: 1,
    evidence: [],
    reason: 'DEGREE_EQUIVALENT_EXPERIENCE',
    args: { level: degree.level, fields: degree.fields, found: monthsToYears(experience), required: equivalentMonths / 12 },
  };
}
