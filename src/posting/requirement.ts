// One qualification sentence → one requirement: years, degree, skills (all-of or any-of), credentials.
import type { Knowledge } from '../knowledge/index';
import { ANY_OF_CUES } from '../knowledge/posting-phrases';
import { findDegrees, findFields, lowestLevel, RELATED_WORDS_RE } from '../find/degrees';
import { findSkills, type SkillMention } from '../find/skills';
import type { DegreeRequirement, Requirement, Section } from '../schema';
import { parseYears } from './years';

const ANY_OF = new RegExp(`(?:^|\\s)(?:${ANY_OF_CUES.map((c) => c.replace(/\./g, '\\.')).join('|')})(?=\\s|:|,)`, 'i');
const EQUIVALENT_EXPERIENCE =
  /\bor (?:an? )?(?:equivalent|comparable|relevant)(?: \w+){0,3} experience\b|\bequivalent combination of (?:education|training) and experience\b|\bor equivalent\b/i;

export function readRequirement(text: string, section: Section, id: string, line: number, kb: Knowledge): Requirement {
  const requirement: Requirement = { id, section, kind: 'other', text, line };
  const years = parseYears(text);
  const degree = readDegree(text, kb);
  const mentions = findSkills(text, kb);
  const skills = specificSkills(mentions, kb);
  const credentials = [...new Set(kb.credentialIndex.find(text).map((h) => h.value))];
  if (years) requirement.years = years;
  if (degree) requirement.degree = degree;
  if (skills.length) {
    requirement.skills = skills;
    if (skills.length > 1) requirement.anyOf = isAnyOf(text, mentions.filter((m) => skills.includes(m.name)));
  }
  if (credentials.length) requirement.credentials = credentials;
  requirement.kind = years ? 'experience' : degree ? 'degree' : credentials.length ? 'credential' : skills.length ? 'skill' : 'other';
  return requirement;
}

// "programming experience in Python, Scala, or Java": Programming is shown by each language, so the
// requirement names the languages; a broad skill stays only when nothing more specific implies it.
function specificSkills(mentions: readonly SkillMention[], kb: Knowledge): string[] {
  const names = [...new Set(mentions.map((m) => m.name))];
  const implied = new Set(names.flatMap((n) => kb.skills[kb.byName.get(n)!]!.implies));
  return names.filter((n) => !implied.has(n));
}

// "Python, Scala, or Java" and "such as X, Y" are alternatives; "PostgreSQL and Redis" needs both.
// Skills that are not one coordinated list ("data pipelines for ML applications") describe one subject
// and are read as alternatives too.
function isAnyOf(text: string, all: readonly SkillMention[]): boolean {
  // "Kubernetes (k8s) and Docker": a skill named twice in a row is one item of the list.
  const mentions: SkillMention[] = [];
  for (const m of all) {
    const last = mentions[mentions.length - 1];
    if (last && last.name === m.name) mentions[mentions.length - 1] = { ...last, end: m.end };
    else if (!mentions.some((x) => x.name === m.name)) mentions.push(m);
  }
  if (ANY_OF.test(text.slice(0, mentions[0]!.start + 1))) return true;
  let sawAnd = false;
  for (let i = 1; i < mentions.length; i++) {
    const gap = text.slice(mentions[i - 1]!.end, mentions[i]!.start).toLowerCase().replace(/[()]/g, ' ');
    if (/\bor\b|\//.test(gap)) return true;
    if (!/^(?:[\s,;&]|\band\b|\bwith\b)*$/.test(gap)) return true;
    if (/\band\b|&/.test(gap)) sawAnd = true;
  }
  return !sawAnd;
}

function readDegree(text: string, kb: Knowledge): DegreeRequirement | undefined {
  const degrees = findDegrees(text, kb);
  const level = lowestLevel(degrees.map((d) => d.level));
  if (!level) return undefined;
  // "B.S. or B.A. in Economics": degree names (and their dots) are cut out before the fields are read.
  let after = '';
  let from = degrees[0]!.end;
  for (const d of degrees.slice(1)) {
    after += text.slice(from, d.start).replace(/^\./, '') + 'degree';
    from = d.end;
  }
  after += text.slice(from).replace(/^\./, '');
  const { fields, orRelated } = readFields(after);
  return { level, fields, orRelated, orEquivalentExperience: EQUIVALENT_EXPERIENCE.test(text) };
}

// " in computer science, electrical engineering, mathematics, or similar field" →
// fields [computer science, electrical engineering, mathematics], orRelated.
function readFields(after: string): { fields: string[]; orRelated: boolean } {
  const m = /^[^.;]*?\b(?:in|of)\s+(?:a |an |the )?([^.;()]+)/i.exec(after);
  if (!m) return { fields: [], orRelated: false };
  const clause = m[1]!.split(/\b(?:or|and) (?:equivalent|comparable)\b|\bpreferred\b|\brequired\b|\bwith\b|\bfrom\b|\bplus\b/i)[0]!;
  const fields: string[] = [];
  let orRelated = false;
  for (const raw of clause.split(/,|\/|\bor\b|\band\/or\b/i)) {
    const item = raw.replace(/^\s*(?:and|a|an|the)\s+/i, '').trim().toLowerCase();
    if (!item) continue;
    if (RELATED_WORDS_RE.test(item)) {
      orRelated = true;
      const core = item.replace(RELATED_WORDS_RE, '').replace(/\b(?:fields?|disciplines?|areas?|subjects?|degrees?)\b/g, '').trim();
      if (core) fields.push(core);
      continue;
    }
    const known = findFields(item);
    if (known.length) fields.push(...known.filter((f) => !fields.includes(f)));
    else if (item.split(/\s+/).length <= 4) fields.push(item.replace(/\s+(?:fields?|disciplines?|degree)$/, ''));
  }
  return { fields, orRelated };
}
