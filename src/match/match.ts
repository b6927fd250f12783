// Each requirement against the résumé facts → a verdict (status, credit, evidence, reason code).
import type { Knowledge } from '../knowledge/index';
import type { ResumeFacts } from '../resume/extract';
import type { Requirement, Weights } from '../schema';
import { matchDegree } from './degree';
import { matchExperience } from './experience';
import { matchCredentials, matchSkills } from './skills';
import type { Verdict } from './verdict';

export function matchRequirement(req: Requirement, facts: ResumeFacts, kb: Knowledge, weights: Weights): Verdict {
  const verdict = decide(req, facts, kb, weights);
  // `unknown` earns the documented default, whatever the matcher put there.
  return verdict.status === 'unknown' ? { ...verdict, credit: weights.unknownCredit } : { ...verdict, credit: round(verdict.credit) };
}

function decide(req: Requirement, facts: ResumeFacts, kb: Knowledge, weights: Weights): Verdict {
  switch (req.kind) {
    case 'experience': {
      const experience = matchExperience(req, facts, kb, weights);
      // "Bachelor's degree in CS and 5+ years of software development": both must hold; the weaker decides.
      if (!req.degree) return experience;
      const degree = matchDegree(req, facts, weights);
      return degree.credit < experience.credit ? degree : experience;
    }
    case 'degree':
      return matchDegree(req, facts, weights);
    case 'credential':
      return matchCredentials(req, facts, kb);
    case 'skill':
      return matchSkills(req, facts, kb);
    case 'other':
      return { status: 'unknown', credit: 0, evidence: [], reason: 'NOT_CHECKABLE', args: {} };
  }
}

const round = (n: number) => Math.round(Math.min(1, Math.max(0, n)) * 1000) / 1000;
