// Degrees, fields of study and credentials named in a piece of text; shared by posting and résumé readers.
import { FIELD_FAMILIES, RELATED_FIELD_WORDS, UMBRELLA_FAMILIES } from '../knowledge/fields';
import type { Knowledge } from '../knowledge/index';
import { DEGREE_CLASSES, DEGREE_LEVELS, NOT_DEGREE_BEFORE } from '../knowledge/degrees';
import type { DegreeLevel } from '../schema';
import { escapeRegExp } from '../text/regex';

export interface DegreeMention {
  level: DegreeLevel;
  text: string;
  start: number;
  end: number;
}

const DEGREE_CLASS = new RegExp(`(?<![\\d:])(?:${DEGREE_CLASSES.map(escapeRegExp).join('|')})(?![\\d:])`, 'gi');

export function findDegrees(text: string, kb: Knowledge): DegreeMention[] {
  const classes = [...text.matchAll(DEGREE_CLASS)].map((m) => ({ level: 'bachelor' as const, text: m[0], start: m.index, end: m.index + m[0].length }));
  const named = kb.degreeIndex
    .find(text)
    .filter((hit) => {
      // "Baltimore, MD", "Boston, MA": a state after a comma, not a degree.
      // "Boston, MA 02115" ends a line or a piece; "Boğaziçi University, BS in Computer Engineering" goes on.
      const after = text.slice(hit.end);
      if (/^[A-Z]{2}$/.test(hit.text) && /,\s$/.test(text.slice(Math.max(0, hit.start - 2), hit.start)) && /^(?:\s*$|\s*\d|\s{2}|\s*[|,·–-])/.test(after)) return false;
      // "MS Excel", "MS Office": a vendor, not a degree.
      const next = /^\s+([A-Za-z]+)/.exec(after)?.[1]?.toLowerCase();
      if (next && NOT_DEGREE_BEFORE.includes(next)) return false;
      // A bare "degree" counts as a bachelor's only as "degree in X" or "a … degree": not "to a degree".
      if (hit.text.toLowerCase() === 'degree') return /^\s+in\s/i.test(after) || /\b(?:an?|relevant|related|technical|university|college)\s+$/i.test(text.slice(Math.max(0, hit.start - 12), hit.start));
      return true;
    })
    .map((hit) => ({ level: hit.value, text: hit.text, start: hit.start, end: hit.end }));
  return classes.length ? [...named, ...classes.filter((c) => !named.some((n) => c.start < n.end && n.start < c.end))].sort((a, b) => a.start - b.start) : named;
}

export const levelRank = (level: DegreeLevel): number => DEGREE_LEVELS.indexOf(level);

export const lowestLevel = (levels: readonly DegreeLevel[]): DegreeLevel | undefined =>
  levels.length ? levels.reduce((a, b) => (levelRank(b) < levelRank(a) ? b : a)) : undefined;

const ALL_FIELDS = [...new Set(Object.values(FIELD_FAMILIES).flat())].sort((a, b) => b.length - a.length);
const FIELD_RE = new RegExp(`\\b(${ALL_FIELDS.map(escapeRegExp).join('|')})\\b`, 'gi');

/** Known fields of study named in the text, in order: "M.S. Computer Science" → ["computer science"]. */
export function findFields(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(FIELD_RE)) {
    const field = m[1]!.toLowerCase();
    // "CS" and "EE" only in capitals: "cs" and "ee" are not fields in running text.
    if (field.length <= 2 && m[1] !== m[1]!.toUpperCase()) continue;
    if (!out.includes(field)) out.push(field);
  }
  return out;
}

/** The families a field belongs to. */
export function familiesOf(field: string): string[] {
  const key = field.toLowerCase();
  return Object.entries(FIELD_FAMILIES)
    .filter(([, fields]) => fields.includes(key))
    .map(([family]) => family);
}

/** True when `held` is the same as, or in a family with, one of `wanted`. */
export function fieldRelation(held: string, wanted: readonly string[]): 'same' | 'related' | 'other' {
  const h = held.toLowerCase();
  if (wanted.some((w) => w.toLowerCase() === h || h.includes(w.toLowerCase()) || w.toLowerCase().includes(h))) return 'same';
  const families = new Set(familiesOf(h));
  for (const w of wanted) {
    const key = w.toLowerCase();
    // A posting's umbrella ("a quantitative field", "STEM") names a family itself.
    if (UMBRELLA_FAMILIES.includes(key) ? families.has(key) : familiesOf(key).some((f) => !UMBRELLA_FAMILIES.includes(f) && families.has(f))) {
      return 'related';
    }
  }
  return 'other';
}

export const RELATED_WORDS_RE = new RegExp(`\\b(?:${RELATED_FIELD_WORDS.join('|')})\\b`, 'i');
