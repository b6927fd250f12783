// A wording gap: the résumé shows a skill the posting asks for, but under another name ("k8s" for
// "Kubernetes"). fitscore matches it; a recruiter's keyword search may not, so the report suggests the
// posting's wording.
import type { Knowledge } from '../knowledge/index';
import { findSkills, sameWording } from '../find/skills';
import type { ResumeFacts } from '../resume/extract';
import type { Requirement, WordingGap } from '../schema';
import { findSkill } from './evidence';

export function wordingGaps(requirements: readonly Requirement[], facts: ResumeFacts, kb: Knowledge): WordingGap[] {
  // Every way the posting writes each skill its requirements ask for.
  // (Spellings are kept once each, in order: a posting that repeats a skill 20,000 times stays linear.)
  const asked = new Map<string, Set<string>>();
  for (const req of requirements) {
    for (const m of findSkills(req.text, kb)) {
      if (!req.skills?.includes(m.name)) continue;
      const spellings = asked.get(m.name);
      if (spellings) spellings.add(m.text);
      else asked.set(m.name, new Set([m.text]));
    }
  }
  const gaps: WordingGap[] = [];
  for (const [skill, written] of asked) {
    const spellings = [...written];
    const finding = findSkill(skill, facts, kb);
    // Only the skill itself, as written on the résumé: "shown by Spark" is no wording gap.
    for (const line of [...finding.lines, ...(finding.listed ? [finding.listed] : [])]) {
      const own = findSkills(line.text, kb, { list: true }).find((m) => m.name === skill);
      if (!own) continue;
      // The résumé writing the skill's own name ("Machine Learning" for the posting's "ML systems") is no gap.
      if (!spellings.some((s) => sameWording(s, own.text)) && !sameWording(skill, own.text)) gaps.push({ skill, posting: spellings[0]!, resume: own.text, ...(line.line ? { line: line.line } : {}) });
      break;
    }
  }
  return gaps;
}
