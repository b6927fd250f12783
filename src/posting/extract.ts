// Reads a posting: its title, its requirements (basic and preferred), the skills it names, and notes
// (work authorisation, location, travel) that are reported but not scored.
import { getKnowledge, type Knowledge } from '../knowledge/index';
import { BOILERPLATE_PHRASES, NOTE_PHRASES, PREFERRED_MARKERS, REQUIRED_MARKERS, REQUIREMENT_CUES, TITLE_CUES } from '../knowledge/posting-phrases';
import { findSkills } from '../find/skills';
import { hasTitleWord } from '../find/titles';
import type { NoteTopic, PostingExtract, PostingSection, PostingSkill, Requirement } from '../schema';
import { normalizeText } from '../text/normalize';
import { escapeRegExp, phraseRegExp } from '../text/regex';
import { bonusSkills, readRequirement } from './requirement';
import { segmentPosting, type PostingUnit } from './sections';

const MAX_UNIT = 2000;
const BOILERPLATE = phraseRegExp(BOILERPLATE_PHRASES);
const PREFERRED = phraseRegExp(PREFERRED_MARKERS);
const REQUIRED = phraseRegExp(REQUIRED_MARKERS);
const CUES = phraseRegExp(REQUIREMENT_CUES);
const NOTES = (Object.entries(NOTE_PHRASES) as [NoteTopic, readonly string[]][]).map(([topic, phrases]) => [topic, phraseRegExp(phrases)] as const);

export function extractPosting(input: string, kb: Knowledge = getKnowledge()): PostingExtract {
  const text = normalizeText(input);
  const units = segmentPosting(text);
  const title = findTitle(text);
  const requirements: Requirement[] = [];
  const skills = new Map<string, PostingSkill>();
  const notes: PostingExtract['notes'] = [];
  const warnings: string[] = [];
  const counters = { basic: 0, preferred: 0 };
  const hasQualificationSection = units.some((u) => u.section !== 'other');
  let closed = false; // boilerplate ends a qualification section until the next heading
  let lastHeading: string | undefined;

  let overlong = 0;
  for (const unit of units) {
    if (unit.heading !== lastHeading) closed = false;
    // No sentence of a posting runs to thousands of characters; one that does is not read as a requirement.
    if (unit.text.length > MAX_UNIT) {
      overlong += 1;
      continue;
    }
    lastHeading = unit.heading;
    // The title line names a role, not a skill the posting asks for ("Data Engineer").
    if (title && unit.text === title) continue;
    const requirement = readRequirement(unit.text, 'basic', '', unit.line, kb);
    const asks = requirement.kind !== 'other';
    const note = NOTES.find(([, re]) => re.test(unit.text))?.[0];
    // "3+ years of dental office experience" asks for something; "dental insurance" does not.
    const boilerplate = !asks && BOILERPLATE.test(unit.text);
    // Salary lines say "Remote: $175,800": only the work-authorisation note survives in boilerplate.
    if (note && (!boilerplate || note === 'work-authorization') && notes.length < 20) notes.push({ topic: note, text: unit.text });
    if (boilerplate) {
      closed = true;
      continue;
    }
    const section: PostingSection = closed ? 'other' : unit.section;
    // "Experience with hybrid cloud such as AWS" is a requirement that happens to say "hybrid".
    if (note && !asks && !(section !== 'other' && (CUES.test(unit.text) || /\bexperience\b/i.test(unit.text)))) continue;
    if (section === 'other' && (hasQualificationSection || !CUES.test(unit.text))) {
      addSkills(skills, unit, 'other', kb);
      continue;
    }
    if (isBareSkillList(unit.text, kb)) {
      addSkills(skills, unit, section, kb, true);
      continue;
    }
    // "Virginia, United States" under a skills heading: a fragment that asks for nothing.
    if (!asks && unit.text.split(/\s+/).length < 4) continue;
    const marked = isMarkedPreferred(unit.text) ? 'preferred' : section === 'other' ? 'basic' : section;
    requirements.push({ ...requirement, id: `${marked}-${++counters[marked]}`, section: marked });
    // "…; experience with Docker is a plus": the bonus is a preferred skill of the posting.
    for (const name of bonusSkills(unit.text, kb)) if (!requirement.skills?.includes(name)) addSkill(skills, name, 'preferred', unit.line);
  }
  if (overlong) warnings.push(`${overlong} sentence(s) longer than ${MAX_UNIT} characters were not read: is the posting's text intact?`);
  if (!requirements.length) warnings.push('No qualifications were found in the posting: is it a job posting?');
  return {
    kind: 'posting',
    ...(title ? { title } : {}),
    requirements,
    skills: [...skills.values()],
    notes,
    warnings,
  };
}

// "Experience with Tableau is a plus" is preferred wherever it stands; "3+ years of accounting experience,
// public accounting a plus" is not: the marker qualifies a trailing clause, not the requirement.
function isMarkedPreferred(text: string): boolean {
  const marker = PREFERRED.exec(text);
  if (!marker || REQUIRED.test(text)) return false;
  const clause = text.search(/[,;(]|\s[–-]\s/);
  return clause < 0 || marker.index < clause || !/\d|\b(?:years?|degree)\b/i.test(text.slice(0, clause));
}

// "Docker" / "SQL" under "Nice-to-have skills": a list of names, not a sentence.
export function isBareSkillList(text: string, kb: Knowledge): boolean {
  const mentions = findSkills(text, kb, { list: true });
  if (!mentions.length) return false;
  // What stands between the names, gathered in one pass.
  let rest = '';
  let at = 0;
  for (const m of mentions) {
    rest += text.slice(at, m.start);
    at = Math.max(at, m.end);
  }
  rest += text.slice(at);
  return /^(?:[\s,;/&|()·•-]|\band\b|\bor\b)*$/i.test(rest);
}

const RANK: Record<PostingSkill['section'], number> = { basic: 0, preferred: 1, other: 2 };

function addSkills(skills: Map<string, PostingSkill>, unit: PostingUnit, section: PostingSkill['section'], kb: Knowledge, list = false) {
  for (const m of findSkills(unit.text, kb, { list })) addSkill(skills, m.name, section, unit.line);
}

/** A skill keeps the highest section that names it: basic, then preferred, then other. */
function addSkill(skills: Map<string, PostingSkill>, name: string, section: PostingSkill['section'], line: number) {
  const known = skills.get(name);
  if (!known || RANK[section] < RANK[known.section]) skills.set(name, { name, section, line });
}

const bothCases = (cue: string) => escapeRegExp(cue).replace(/^[a-z]/i, (l) => `[${l.toUpperCase()}${l}]`);
// "As a Senior …": the cue in either case, then up to six capitalised words.
const TITLE_CUE = new RegExp(
  `\\b(?:${TITLE_CUES.map(bothCases).join('|')})\\s+((?:[A-Z][\\w/&+.-]*\\s?){1,6})`,
);

// The title: a short first line that names a role, else "As a Senior Machine Learning Engineer".
function findTitle(text: string): string | undefined {
  const first = text.split('\n').find((l) => l.trim())?.replace(/^#+\s*/, '').trim();
  if (first && first.length <= 80 && !/[.!?]$/.test(first) && hasTitleWord(first)) return first;
  const m = TITLE_CUE.exec(text);
  const candidate = m?.[1]?.trim();
  return candidate && hasTitleWord(candidate) ? candidate : undefined;
}
