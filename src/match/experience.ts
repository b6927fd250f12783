// "N+ years of X" against the résumé: months of the positions that show X (any-of: the union of the
// skills' positions; all-of: the weakest skill), an explicit claim, or only a Skills-section listing.
import type { Knowledge } from '../knowledge/index';
import { GENERIC_EXPERIENCE_WORDS } from '../knowledge/posting-phrases';
import { NUMBER_WORDS } from '../knowledge/numbers';
import type { PositionFacts, ResumeFacts } from '../resume/extract';
import { monthsToYears } from '../resume/dates';
import type { Evidence, Requirement, Weights } from '../schema';
import { tokenize } from '../text/tokenize';
import { experienceMonths, findSkill, isPresent, positionEvidence, type SkillFinding } from './evidence';
import { levelRank } from '../find/degrees';
import type { Verdict } from './verdict';

const GENERIC = new Set([...GENERIC_EXPERIENCE_WORDS, ...Object.keys(NUMBER_WORDS)]);

export function matchExperience(req: Requirement, facts: ResumeFacts, kb: Knowledge, weights: Weights): Verdict {
  if (req.skillYears?.length) return matchSkillYears(req.skillYears, facts, kb, weights);
  const verdict = matchYears(req, facts, kb, weights);
  return verdict.status === 'met' || !req.yearsWithDegree ? verdict : withDegree(req, verdict, facts, weights);
}

// "5+ years of Java and 2+ years of Kubernetes": each skill against its own years; the credit is their mean.
function matchSkillYears(items: NonNullable<Requirement['skillYears']>, facts: ResumeFacts, kb: Knowledge, weights: Weights): Verdict {
  const results = items.map(({ skill, years }) => {
    const finding = findSkill(skill, facts, kb, weights);
    const found = Math.max(finding.months, finding.claim?.months ?? 0);
    const required = Math.round(years.min * 12);
    return { skill, finding, found, required, credit: required > 0 ? Math.min(1, found / required) : 1 };
  });
  const credit = results.reduce((sum, r) => sum + r.credit, 0) / results.length;
  const evidence = lines(results.map((r) => r.finding));
  const args = { skills: results.map((r) => `${r.skill} ${monthsToYears(r.found)} of ${monthsToYears(r.required)} years`) };
  if (credit >= 1) return { status: 'met', credit: 1, evidence, reason: 'SKILL_YEARS_MET', args };
  return { status: credit > 0 ? 'partial' : 'missing', credit, evidence, reason: 'SKILL_YEARS_BELOW', args };
}

// "…or 1 year with a master's degree": fewer years count when the résumé holds the degree.
function withDegree(req: Requirement, verdict: Verdict, facts: ResumeFacts, weights: Weights): Verdict {
  const alternative = req.yearsWithDegree!;
  const degree = facts.extract.education.find((e) => !e.inProgress && levelRank(e.level) >= levelRank(alternative.level));
  const found = typeof verdict.args.months === 'number' ? verdict.args.months : 0;
  if (!degree || found < alternative.min * 12) return verdict;
  return {
    status: 'met',
    credit: 1,
    evidence: [...verdict.evidence, { text: degree.text ?? degree.level, ...(degree.line ? { line: degree.line } : {}) }],
    reason: 'YEARS_MET_WITH_DEGREE',
    args: { ...verdict.args, required: alternative.min, level: alternative.level },
  };
}

function matchYears(req: Requirement, facts: ResumeFacts, kb: Knowledge, weights: Weights): Verdict {
  const required = Math.round((req.years?.min ?? 0) * 12);
  if (!req.skills?.length) return matchTotal(req, facts, required, weights);
  const findings = req.skills.map((s) => findSkill(s, facts, kb, weights));
  const anyOf = req.anyOf ?? true;
  const used = findings.filter((f) => f.positions.length);
  const dated = anyOf ? experienceMonths([...new Set(used.flatMap((f) => f.positions))], weights) : Math.min(...findings.map((f) => f.months));
  const claimed = anyOf ? Math.max(0, ...findings.map((f) => f.claim?.months ?? 0)) : Math.min(...findings.map((f) => f.claim?.months ?? 0));
  const found = Math.max(dated, claimed);
  const positions = [...new Set(used.flatMap((f) => f.positions))];
  const evidence: Evidence[] = [...positions.map(positionEvidence), ...lines(used)];
  const via = [...new Set(used.flatMap((f) => f.via))];
  const skillArgs = { skills: req.skills, via, found: monthsToYears(found), required: monthsToYears(required), months: found, ...discountArgs(positions, weights) };
  if (claimed > dated) evidence.unshift(...findings.flatMap((f) => (f.claim ? [f.claim.evidence] : [])).slice(0, 1));
  if (found >= required && found > 0) {
    return { status: 'met', credit: 1, evidence, reason: claimed > dated ? 'YEARS_CLAIMED' : 'YEARS_MET', args: skillArgs };
  }
  if (found > 0) {
    return { status: 'partial', credit: found / required, evidence, reason: 'YEARS_BELOW_REQUIRED', args: skillArgs };
  }
  const listed = findings.filter((f) => isPresent(f));
  if (listed.length && (anyOf || listed.length === findings.length)) {
    return {
      status: 'partial',
      credit: weights.listedSkillCredit,
      evidence: listed.flatMap((f) => (f.listed ? [f.listed] : [])),
      reason: 'SKILL_ONLY_LISTED',
      args: { skills: listed.map((f) => f.skill), required: monthsToYears(required) },
    };
  }
  return { status: 'missing', credit: 0, evidence: [], reason: 'EXPERIENCE_NOT_FOUND', args: { skills: req.skills, required: monthsToYears(required) } };
}

function lines(findings: readonly SkillFinding[]): Evidence[] {
  const seen = new Set<number>();
  return findings.flatMap((f) => f.lines).filter((e) => !seen.has(e.line!) && seen.add(e.line!)).slice(0, 4);
}

// "3+ years of professional experience": no subject, so total experience answers it. A subject fitscore
// cannot check ("in a fast-paced environment") is `unknown`, never silently replaced by total years.
function matchTotal(req: Requirement, facts: ResumeFacts, required: number, weights: Weights): Verdict {
  const subject = tokenize(req.text).filter((t) => !GENERIC.has(t.lower) && !/^\d/.test(t.lower));
  if (subject.length) {
    return { status: 'unknown', credit: 0, evidence: [], reason: 'EXPERIENCE_SUBJECT_UNKNOWN', args: { subject: subject.map((t) => t.text).join(' ') } };
  }
  const found = experienceMonths(facts.positions, weights);
  const evidence = facts.positions.map(positionEvidence);
  const args = { found: monthsToYears(found), required: monthsToYears(required), months: found, ...discountArgs(facts.positions, weights) };
  if (found >= required) return { status: 'met', credit: 1, evidence, reason: 'TOTAL_YEARS_MET', args };
  if (found > 0) return { status: 'partial', credit: found / required, evidence, reason: 'TOTAL_YEARS_BELOW', args };
  return { status: 'missing', credit: 0, evidence, reason: 'NO_DATED_EXPERIENCE', args };
}

// "internship months count at 0.5": said whenever a discounted kind of position is among those counted.
function discountArgs(positions: readonly PositionFacts[], weights: Weights): { discounted?: string[] } {
  const kinds = [...new Set(positions.flatMap((p) => (p.position.kind && weights.positionKinds[p.position.kind] < 1 ? [p.position.kind] : [])))];
  return kinds.length ? { discounted: kinds.map((k) => `${k} months count at ${weights.positionKinds[k as keyof Weights['positionKinds']]}`) } : {};
}
