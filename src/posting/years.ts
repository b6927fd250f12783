// Years of experience a posting asks for: "Minimum 6 years", "at least 4 years", "3+ years", "5 or more years",
// "two (2) years", "2-4 years", "over 3 years", "1 year", "18 months", "over a decade".
// Money, dates, ages and percentages are never years: the pattern needs a unit right after the number.
import { NUMBER_WORDS } from '../knowledge/numbers';
import type { Years } from '../schema';

export interface YearsMention extends Years {
  start: number;
  end: number;
  text: string;
}

const WORDS = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|');
const num = (name: string) => `(?<![\\d$.,])(?<${name}>\\d{1,2}(?:\\.\\d{1,2})?|${WORDS})(?![\\d,])`;
const PAREN = `(?: ?\\( ?\\d{1,2}\\+? ?\\))?`;
const YEARS = new RegExp(
  `(?:\\b(?:a |an )?(?:minimum|min\\.?|at least|over|more than|greater than|in excess of|upwards of)(?: of)? )?` +
    `(?<![\\p{L}]|aged )${num('first')}${PAREN}(?: ?(?:-|–|to) ?${num('second')}${PAREN})?(?<half> and a half)?(?: ?\\+| ?plus)?(?: or more| or greater)? ?` +
    `(?<unit>years?|yrs?|months?)\\b(?!\\s?(?:old|of age|ago|-old|or older|or over|and over|and older))`,
  'giu',
);
const DECADE = /\b(?:over |more than |at least )?(?:a|one) decade\b/giu;

const valueOf = (word: string): number => NUMBER_WORDS[word.toLowerCase()] ?? Number(word);

/** Every years phrase in the text, in order. Spaces are collapsed first so the pattern stays linear. */
export function findYears(input: string): YearsMention[] {
  const text = input.replace(/\s+/g, ' ');
  const found: YearsMention[] = [];
  for (const m of text.matchAll(YEARS)) {
    const g = m.groups!;
    const first = valueOf(g.first!) + (g.half ? 0.5 : 0);
    // "a year" is one year of experience only when it is asked for ("at least a year", "a year of"), not a
    // rate ("$120,000 a year", "once a year", "28 days holiday a year").
    if (/^an?$/i.test(g.first!) && !/^(?:a |an )?(?:minimum|min|at least|over|more than|greater than|in excess of|upwards of)/i.test(m[0]) && !/^(?: of|'s| experience)/i.test(text.slice(m.index + m[0].length))) {
      continue;
    }
    const second = g.second !== undefined ? valueOf(g.second) : undefined;
    const unit = g.unit!.toLowerCase();
    const scale = unit.startsWith('m') ? 1 / 12 : 1;
    if (!Number.isFinite(first) || first <= 0 || first > 40) continue;
    const round = (n: number) => Math.round(n * scale * 100) / 100;
    const mention: YearsMention = { min: round(first), start: m.index, end: m.index + m[0].length, text: m[0] };
    if (second !== undefined && second > first) mention.max = round(second);
    found.push(mention);
  }
  for (const m of text.matchAll(DECADE)) found.push({ min: 10, start: m.index, end: m.index + m[0].length, text: m[0] });
  return found.sort((a, b) => a.start - b.start);
}

/** The years a requirement asks for: the first phrase ("3 years … or 1 year with a master's" → 3). */
export function parseYears(text: string): Years | undefined {
  const first = findYears(text)[0];
  if (!first) return undefined;
  return first.max === undefined ? { min: first.min } : { min: first.min, max: first.max };
}
