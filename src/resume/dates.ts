// Date ranges as résumés write them: "Jan 2019 – Present", "January 2019 to Current", "2015 - 2018",
// "03/2017 – 06/2020", "06/15 - Now", "Sept. 2016 to date", "Summer 2023", "2019–".
// Months are counted as people and LinkedIn count them (see monthsOf).
import { MONTHS, PRESENT_WORDS, RANGE_WORDS, SEASONS } from '../knowledge/dates';

export interface YearMonth {
  year: number;
  /** 1-12; undefined when only the year is written. */
  month?: number;
}

export interface DateRange {
  start: YearMonth;
  /** undefined for a single date ("May 2024"). */
  end?: YearMonth;
  current: boolean;
  /** Offsets of the whole range in the line. */
  index: number;
  length: number;
  text: string;
}

const byLength = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length || a.localeCompare(b));
const MONTH_ALT = byLength([...Object.keys(MONTHS), ...Object.keys(SEASONS)]).join('|');
const PRESENT_ALT = byLength(PRESENT_WORDS).map((w) => w.replace(/ /g, '\\s+')).join('|');
const CONNECTOR_ALT = byLength(RANGE_WORDS).join('|');

// One date atom. Groups: 1 month name, 2 its year (4 or 2 digits), 3 numeric month, 4 its year,
// 5 numeric month of MM/YY, 6 its two-digit year, 7 a year alone, 8 a present word,
// 9 a month without a year before a dash and another month ("Jan – Dec 2019").
const ATOM = new RegExp(
  [
    `\\b(${MONTH_ALT})\\.?,?\\s?(?:'|’)?((?:19|20)\\d{2}|(?<=['’])\\d{2})(?!\\d)`,
    `(?<![\\d./])(0?[1-9]|1[0-2])\\s?[/.]\\s?((?:19|20)\\d{2})(?![\\d/])`,
    `(?<![\\d./])(0?[1-9]|1[0-2])/(\\d{2})(?![\\d/.])`,
    `(?<![\\d./:$,])((?:19|20)\\d{2})(?![\\d%]|\\.\\d|,\\d)`,
    `\\b(${PRESENT_ALT})\\b`,
    `\\b(${MONTH_ALT})\\.?(?=\\s?[–-]\\s?(?:${MONTH_ALT}))`,
  ].join('|'),
  'giu',
);

const CONNECTOR = new RegExp(`^\\s?(?:[–~-]|\\s(?:${CONNECTOR_ALT})\\s)\\s?$`, 'iu');
const OPEN_END = /^\s?[–-]\s?(?:$|[|,;)(])/u;

interface Atom {
  kind: 'date' | 'present' | 'short' | 'month';
  value?: YearMonth;
  index: number;
  length: number;
}

function readAtoms(line: string, maxYear: number): Atom[] {
  const atoms: Atom[] = [];
  ATOM.lastIndex = 0;
  for (const m of line.matchAll(ATOM)) {
    const at = { index: m.index, length: m[0].length };
    if (m[1] !== undefined) {
      const word = m[1].toLowerCase();
      const month = MONTHS[word] ?? SEASONS[word]!;
      const year = m[2]!.length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
      atoms.push({ kind: 'date', value: { year, month }, ...at });
    } else if (m[3] !== undefined) {
      atoms.push({ kind: 'date', value: { year: Number(m[4]), month: Number(m[3]) }, ...at });
    } else if (m[5] !== undefined) {
      // "06/15 - Now": two-digit years count only inside a range (see pairing below).
      const yy = Number(m[6]);
      atoms.push({ kind: 'short', value: { year: yy + (yy + 2000 > maxYear ? 1900 : 2000), month: Number(m[5]) }, ...at });
    } else if (m[7] !== undefined) {
      atoms.push({ kind: 'date', value: { year: Number(m[7]) }, ...at });
    } else if (m[8] !== undefined) {
      atoms.push({ kind: 'present', ...at });
    } else {
      const word = m[9]!.toLowerCase();
      atoms.push({ kind: 'month', value: { year: 0, month: MONTHS[word] ?? SEASONS[word]! }, ...at });
    }
  }
  return atoms.filter((a) => !a.value || a.kind === 'month' || (a.value.year >= 1950 && a.value.year <= maxYear));
}

const index = (ym: YearMonth) => ym.year * 12 + (ym.month ?? 1) - 1;

/** Finds the date ranges and lone dates of one line. `asOf` bounds plausible years. */
export function findDates(line: string, asOf: YearMonth): DateRange[] {
  const atoms = readAtoms(line, asOf.year + 8);
  const found: DateRange[] = [];
  for (let i = 0; i < atoms.length; i++) {
    let a = atoms[i]!;
    if (a.kind === 'present' || !a.value) continue;
    const b = atoms[i + 1];
    if (a.kind === 'month') {
      // "Jan – Dec 2019": the start takes the end's year.
      if (!b?.value || b.kind !== 'date' || b.value.month === undefined) continue;
      a = { ...a, kind: 'date', value: { year: b.value.year, month: a.value.month } };
    }
    const gap = b ? line.slice(a.index + a.length, b.index) : '';
    // "Sept. 2016 to date": the present word carries its own connector.
    const joined = CONNECTOR.test(gap) || (b?.kind === 'present' && /^\s*$/.test(gap) && /^(?:to|till)\b/i.test(line.slice(b.index)));
    if (b && joined && (b.kind === 'present' || (b.value && index(b.value) >= index(a.value!)))) {
      if (a.kind === 'short' && b.kind === 'date') continue;
      const end = b.kind === 'present' ? undefined : b.value;
      const length = b.index + b.length - a.index;
      found.push({ start: a.value!, end: end ?? asOf, current: b.kind === 'present', index: a.index, length, text: line.slice(a.index, a.index + length) });
      i += 1;
      continue;
    }
    if (a.kind === 'short' || !a.value) continue;
    const rest = line.slice(a.index + a.length);
    // "Since May 2024", "from 2021": a start date alone, still going.
    if (/\b(?:since|from)\s$/i.test(line.slice(Math.max(0, a.index - 6), a.index))) {
      found.push({ start: a.value, end: asOf, current: true, index: a.index, length: a.length, text: line.slice(a.index, a.index + a.length) });
      continue;
    }
    // "2019–" with nothing after the dash: an open range, still going.
    const open = OPEN_END.exec(rest);
    if (open && !/\d/.test(rest.slice(open[0].length, open[0].length + 3))) {
      const length = a.length + open[0].replace(/[|,;)(]$/, '').length;
      found.push({ start: a.value, end: asOf, current: true, index: a.index, length, text: line.slice(a.index, a.index + length).trim() });
      continue;
    }
    found.push({ start: a.value, current: false, index: a.index, length: a.length, text: line.slice(a.index, a.index + a.length) });
  }
  return found;
}

export interface Interval {
  /** Month index (year × 12 + month − 1) of the first month counted. */
  from: number;
  /** Month index after the last month counted. */
  to: number;
  precision: 'month' | 'year';
}

// The counting rule (DESIGN.md): month ranges are inclusive (Jan – Mar = 3); "Present" runs through the
// as-of month; a year-only range is (end − start) × 12 ("2015 – 2018" = 36); a year alone is 12.
// A year-only start before a month end counts from January ("2023 – Present"); a month start before a
// year-only end runs to the start of that year.
export function intervalOf(range: DateRange): Interval {
  const { start, end } = range;
  if (!end) {
    if (start.month === undefined) return { from: start.year * 12, to: start.year * 12 + 12, precision: 'year' };
    const from = index(start);
    return { from, to: from + 1, precision: 'month' };
  }
  const from = index(start);
  if (start.month === undefined && end.month === undefined) {
    return { from, to: Math.max(from + (end.year === start.year ? 12 : 0), end.year * 12), precision: 'year' };
  }
  const to = end.month === undefined ? end.year * 12 : index(end) + 1;
  return { from, to: Math.max(to, from + 1), precision: start.month === undefined || end.month === undefined ? 'year' : 'month' };
}

export const monthsOf = (range: DateRange): number => {
  const { from, to } = intervalOf(range);
  return to - from;
};

/** Months covered by the union of intervals (overlaps merged). */
export function unionMonths(intervals: readonly Interval[]): number {
  const sorted = [...intervals].sort((a, b) => a.from - b.from);
  let total = 0;
  let curFrom = -Infinity;
  let curTo = -Infinity;
  for (const { from, to } of sorted) {
    if (from > curTo) {
      if (curTo > curFrom) total += curTo - curFrom;
      curFrom = from;
      curTo = to;
    } else if (to > curTo) curTo = to;
  }
  if (curTo > curFrom) total += curTo - curFrom;
  return total;
}

export const formatYearMonth = (monthIndex: number): string => {
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
};

export function parseYearMonth(value: string): YearMonth | undefined {
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(value);
  return m ? { year: Number(m[1]), month: Number(m[2]) } : undefined;
}
