// Years of experience a posting asks for: "Minimum 6 years", "at least 4 years", "3+ years", "5 or more years",
// "two (2) years", "2-4 years", "over 3 years", "1 year", "18 months", "over a decade".
// Money, dates, ages and percentages are never years: the pattern needs a unit right after the number.
import { AGE_WORDS, NUMBER_WORDS, YEARS_QUANTIFIERS } from '../knowledge/numbers';
import { escapeRegExp, LETTER } from '../text/regex';
import type { Years } from '../schema';

export interface YearsMention extends Years {
  start: number;
  end: number;
  text: string;
}

const WORDS = Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|');
const num = (name: string) => `(?<![\\d$.,])(?<${name}>\\d{1,3}(?:\\.\\d{1,2})?|${WORDS})(?![\\d,])`;
const PAREN = `(?: ?\\( ?\\d{1,2}\\+? ?\\))?`;
const QUANTIFIER = `(?:a |an )?(?:${YEARS_QUANTIFIERS.map(escapeRegExp).join('|')})`;
const YEARS = new RegExp(
  `(?:\\b${QUANTIFIER}(?: of)? )?` +
    `(?<![${LETTER}]|aged )${num('first')}${PAREN}(?: ?(?:-|–|to) ?${num('second')}${PAREN})?(?<half> and a half)?(?: ?\\+| ?plus)?(?: or more| or greater)? ?` +
    `(?<unit>years?|yrs?|months?)\\b(?!\\s?(?:${AGE_WORDS.map(escapeRegExp).join('|')}))`,
  'gi',
);
const DECADE = /\b(?:over |more than |at least )?(?:a|one) decade\b(?!-)/gi;
// "6 months to 1 year": the two ends in different units.
const MONTHS_TO_YEARS = /\b(?<months>\d{1,2}) months? (?:to|-|–) (?<years>\d{1,2}) years?\b/gi;

const ASKED = new RegExp(`^${QUANTIFIER}`, 'i');
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
    if (/^an?$/i.test(g.first!) && !ASKED.test(m[0]) && !/^(?: of|'s| experience)/i.test(text.slice(m.index + m[0].length))) {
      continue;
    }
    const second = g.second !== undefined ? valueOf(g.second) : undefined;
    const unit = g.unit!.toLowerCase();
    const scale = unit.startsWith('m') ? 1 / 12 : 1;
    const round = (n: number) => Math.round(n * scale * 100) / 100;
    // The limit applies to years: "48 months" is four years, "120 years" is not experience.
    if (!Number.isFinite(first) || first <= 0 || round(first) > 40) continue;
    const mention: YearsMention = { min: round(first), start: m.index, end: m.index + m[0].length, text: m[0] };
    if (second !== undefined && second > first) mention.max = round(second);
    found.push(mention);
  }
  for (const m of text.matchAll(MONTHS_TO_YEARS)) {
    for (let i = found.length - 1; i >= 0; i--) if (found[i]!.start >= m.index && found[i]!.start < m.index + m[0].length) found.splice(i, 1);
    found.push({ min: Math.round((Number(m.groups!.months) / 12) * 100) / 100, max: Number(m.groups!.years), start: m.index, end: m.index + m[0].length, text: m[0] });
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
