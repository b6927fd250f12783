// Reads a posting: its title, its requirements (basic and preferred), the skills it names, and notes
// (work authorisation, location, travel) that are reported but not scored.
import { getKnowledge, type Knowledge } from '../knowledge/index';
import { BOILERPLATE_PHRASES, NOTE_PHRASES, PREFERRED_MARKERS } from '../knowledge/posting-phrases';
import { TITLE_WORDS } from '../knowledge/titles';
import { findSkills } from '../find/skills';
import type { PostingExtract, PostingSkill, Requirement } from '../schema';
import { normalizeText } from '../text/normalize';
import { readRequirement } from './requirement';
import { segmentPosting, type PostingSection, type PostingUnit } from './sections';

const phraseRe = (phrases: readonly string[]) =>
  new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${phrases.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`, 'iu');
const BOILERPLATE = phraseRe(BOILERPLATE_PHRASES);
const PREFERRED = phraseRe(PREFERRED_MARKERS);
const REQUIRED = /\b(?:required|must|mandatory|essential)\b/i;
const NOTES = Object.entries(NOTE_PHRASES).map(([topic, phrases]) => [topic, phraseRe(phrases)] as const);

export function extractPosting(input: string, kb: Knowledge = getKnowledge()): PostingExtract {
  const text = normalizeText(input);
  const units = segmentPosting(text);
  const requirements: Requirement[] = [];
  const skills = new Map<string, PostingSkill>();
  const notes: PostingExtract['notes'] = [];
  const warnings: string[] = [];
  const counters = { basic: 0, preferred: 0 };
  const hasQualificationSection = units.some((u) => u.section !== 'other');
  let closed = false; // boilerplate ends a qualification section until the next heading
  let lastHeading: string | undefined;

  for (const unit of units) {
    if (unit.heading !== lastHeading) closed = false;
    lastHeading = unit.heading;
    const note = NOTES.find(([, re]) => re.test(unit.text));
    const boilerplate = BOILERPLATE.test(unit.text);
    // Salary lines say "Remote: $175,800": only the work-authorisation note survives in boilerplate.
    if (note && (!boilerplate || note[0] === 'work-authorization') && notes.length < 20) {
      notes.push({ topic: note[0] as PostingExtract['notes'][number]['topic'], text: unit.text });
    }
    if (boilerplate) {
      closed = true;
      continue;
    }
    if (note) continue;
    const section: PostingSection = closed ? 'other' : unit.section;
    if (section === 'other' && !(hasQualificationSection ? false : looksLikeRequirement(unit))) {
      addSkills(skills, unit, 'other', kb);
      continue;
    }
    if (isBareSkillList(unit.text, kb)) {
      addSkills(skills, unit, section === 'other' ? 'other' : section, kb, true);
      continue;
    }
    const requirement = readRequirement(unit.text, 'basic', '', unit.line, kb);
    // "Virginia, United States" under a skills heading: a fragment that asks for nothing.
    if (requirement.kind === 'other' && unit.text.split(/\s+/).length < 4) continue;
    const marked = isMarkedPreferred(unit.text) ? 'preferred' : section === 'other' ? 'basic' : section;
    requirements.push({ ...requirement, id: `${marked}-${++counters[marked]}`, section: marked });
  }
  if (!requirements.length) warnings.push('No qualifications were found in the posting: is it a job posting?');
  const title = findTitle(text);
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

// A posting with no qualification headings at all: sentences that ask for years, a degree or "must" count.
function looksLikeRequirement(unit: PostingUnit): boolean {
  return /\b(?:years?|yrs|degree|required|must|experience with|proficien\w*|knowledge of|familiarity with)\b/i.test(unit.text);
}

// "Docker" / "SQL" under "Nice-to-have skills": a list of names, not a sentence.
function isBareSkillList(text: string, kb: Knowledge): boolean {
  const mentions = findSkills(text, kb, { list: true });
  if (!mentions.length) return false;
  let rest = text;
  for (const m of [...mentions].reverse()) rest = rest.slice(0, m.start) + rest.slice(m.end);
  return /^(?:[\s,;/&|()·•-]|\band\b|\bor\b)*$/i.test(rest);
}

const RANK: Record<PostingSkill['section'], number> = { basic: 0, preferred: 1, other: 2 };

function addSkills(skills: Map<string, PostingSkill>, unit: PostingUnit, section: PostingSkill['section'], kb: Knowledge, list = false) {
  for (const m of findSkills(unit.text, kb, { list })) {
    const known = skills.get(m.name);
    if (!known || RANK[section] < RANK[known.section]) skills.set(m.name, { name: m.name, section, line: unit.line });
  }
}

const TITLE_WORD = new RegExp(`\\b(?:${TITLE_WORDS.join('|')})s?\\b`, 'i');

// The title: a short first line that names a role, else "As a Senior Machine Learning Engineer".
function findTitle(text: string): string | undefined {
  const first = text.split('\n').find((l) => l.trim())?.replace(/^#+\s*/, '').trim();
  if (first && first.length <= 80 && !/[.!?]$/.test(first) && TITLE_WORD.test(first)) return first;
  const m = /\b(?:[Aa]s an?|[Hh]iring an?|[Ss]eeking an?|[Ll]ooking for an?|[Jj]oin us as an?|[Rr]ole of)\s+((?:[A-Z][\w/&+.-]*\s?){1,6})/.exec(text);
  const candidate = m?.[1]?.trim();
  return candidate && TITLE_WORD.test(candidate) ? candidate : undefined;
}
