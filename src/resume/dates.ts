// Date ranges as résumés write them: "Jan 2019 – Present", "January 2019 to Current", "2015 - 2018",
// "03/2017 – 06/2020", "06/15 - Now", "Sept. 2016 to date", "Summer 2023", "2019–".
// Months are counted as people and LinkedIn count them (see monthsOf).
import { MONTHS, PRESENT_WORDS, RANGE_WORDS, SEASONS } from '../knowledge/dates';
import { YEAR_MONTH } from '../schema';
import { LETTER } from '../text/regex';

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
  /** The start is a season ("Summer 2023"), not a month. */
  season?: boolean;
  /** "Summer 2012 and 2013": the same season again, in these years. */
  again?: number[];
  /** Offsets of the whole range in the line. */
  index: number;
  length: number;
  text: string;
}

const byLength = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
const MONTH_ALT = byLength([...Object.keys(MONTHS), ...Object.keys(SEASONS)]).join('|');
const PRESENT_ALT = byLength(PRESENT_WORDS).map((w) => w.replace(/ /g, '\\s+')).join('|');
const CONNECTOR_ALT = byLength(RANGE_WORDS).join('|');

// One date atom, by named group: a month name and its year ("Sept. 2016", "June '19", "February 10, 2026",
// "10 February 2026"), a numeric month and year ("03/2017"), MM/YY ("06/15", ranges only), a year alone,
// a present word, a month without its year before a dash and a dated month ("Jan – Dec 2019").
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?';
const ATOM_SOURCE = [
    `\\b(?:${DAY}\\s)?(?<mname>${MONTH_ALT})\\.?,?[\\s-]?(?:${DAY},?\\s)?(?:'|’)?(?<myear>(?:19|20)\\d{2}|(?<=['’])\\d{2})(?!\\d)`,
    // "25/06/2019": day, month, year, told by a day above 12 (British and most of the world).
    `(?<![\\d./])(?<eday>1[3-9]|2\\d|3[01])/(?<emonth>0?[1-9]|1[0-2])/(?<eyear>(?:19|20)\\d{2})(?![\\d/])`,
    // "08/01/2019": month, day, year (US order; a date whose day is 12 or less is read this way).
    `(?<![\\d./])(?<dmonth>0?[1-9]|1[0-2])/(?<dday>[12]\\d|3[01]|0?[1-9])/(?<dyear>(?:19|20)\\d{2})(?![\\d/])`,
    `(?<![\\d./])(?<nmonth>0?[1-9]|1[0-2])\\s?[/.]\\s?(?<nyear>(?:19|20)\\d{2})(?![\\d/])`,
    `(?<![\\d./])(?<smonth>0?[1-9]|1[0-2])/(?<syear>\\d{2})(?![\\d/.])`,
    // "2013-12" (JSON Resume, ISO) or "2012-14" (a short year range): decided in readAtoms.
    `(?<![\\d./-])(?<iyear>(?:19|20)\\d{2})-(?<ipart>\\d{2})(?:-(?:0[1-9]|[12]\\d|3[01]))?(?![\\d/-])`,
    // Not the tail of a phone number or ZIP+4 ("555-2019", "10001-2020"), nor "2012-1400".
    `(?<![\\d./:$,]|(?:^|[^\\d])\\d{1,3}-|\\d{5}-|\\)\\s?\\d{3}-)(?<year>(?:19|20)\\d{2})(?![\\d%]|\\.\\d|,\\d|-(?!(?:19|20)\\d{2}(?!\\d))\\d{3,})`,
    `\\b(?<present>${PRESENT_ALT})\\b`,
    `\\b(?<lone>${MONTH_ALT})\\.?(?=\\s?[–-]\\s?(?:${MONTH_ALT})|\\s(?:${CONNECTOR_ALT})\\s(?:${MONTH_ALT}))`,
].join('|');
// The line is lower-cased before matching, so the pattern needs neither the i nor the u flag, which make
// V8 compile it three times slower; a line whose length changes when lower-cased ("İ") takes the slow one.
const ATOM = new RegExp(ATOM_SOURCE, 'g');
let atomCaseless: RegExp | undefined;

// "Jan 2019 – Mar 2021", "January 2019 to Current", "Mar. 2016 – Exp. Jun. 2017" (an expected end).
const CONNECTOR = new RegExp(`^\\s?(?:[–~-]|\\s(?:${CONNECTOR_ALT})\\s)?\\s?exp(?:ected)?\\.?\\s$|^\\s?(?:[–~-]|\\s(?:${CONNECTOR_ALT})\\s)\\s?$`, 'i');
const OPEN_END = /^\s?[–-]\s?(?:$|[|,;)(])/;
const LEADING_WORD = new RegExp(`^[${LETTER}]+`);
// One more year of a season: ", 2013", " and 2013", " & 2013". A range after it is its own ("and 2013 – 2015").
const SEASON_AGAIN = /^\s*(?:,\s*and|,|&|and)\s*((?:19|20)\d{2})\b/i;
const RANGE_NEXT = new RegExp(`^\\s*(?:[–—-]|(?:${CONNECTOR_ALT})\\b)`, 'i');

interface Atom {
  kind: 'date' | 'present' | 'short' | 'month';
  value?: YearMonth;
  index: number;
  length: number;
}

function readAtoms(line: string, maxYear: number): Atom[] {
  const atoms: Atom[] = [];
  const lower = line.toLowerCase();
  const [subject, pattern] = lower.length === line.length ? [lower, ATOM] : [line, (atomCaseless ??= new RegExp(ATOM_SOURCE, 'gi'))];
  for (const m of subject.matchAll(pattern)) {
    const at = { index: m.index, length: m[0].length };
    const g = m.groups!;
    if (g.mname !== undefined) {
      const word = g.mname.toLowerCase();
      const year = g.myear!.length === 2 ? 2000 + Number(g.myear) : Number(g.myear);
      atoms.push({ kind: 'date', value: { year, month: MONTHS[word] ?? SEASONS[word]! }, ...at });
    } else if (g.eday !== undefined) {
      atoms.push({ kind: 'date', value: { year: Number(g.eyear), month: Number(g.emonth) }, ...at });
    } else if (g.dmonth !== undefined) {
      // "06/31/2022" is no date.
      if (Number(g.dday) > new Date(Date.UTC(Number(g.dyear), Number(g.dmonth), 0)).getUTCDate()) continue;
      atoms.push({ kind: 'date', value: { year: Number(g.dyear), month: Number(g.dmonth) }, ...at });
    } else if (g.iyear !== undefined) {
      const year = Number(g.iyear);
      const part = Number(g.ipart);
      // "2013-12" cannot be a range back in time, so it is December 2013; "2012-14" is 2012 to 2014.
      if (part >= 1 && part <= 12 && part <= year % 100) atoms.push({ kind: 'date', value: { year, month: part }, ...at });
      else if (part > year % 100) {
        atoms.push({ kind: 'date', value: { year }, index: at.index, length: 4 });
        atoms.push({ kind: 'date', value: { year: year - (year % 100) + part }, index: at.index + 5, length: 2 });
      }
    } else if (g.nmonth !== undefined) {
      atoms.push({ kind: 'date', value: { year: Number(g.nyear), month: Number(g.nmonth) }, ...at });
    } else if (g.smonth !== undefined) {
      // "06/15 - Now": two-digit years count only inside a range (see pairing below).
      const yy = Number(g.syear);
      atoms.push({ kind: 'short', value: { year: yy + (yy + 2000 > maxYear ? 1900 : 2000), month: Number(g.smonth) }, ...at });
    } else if (g.year !== undefined) {
      atoms.push({ kind: 'date', value: { year: Number(g.year) }, ...at });
    } else if (g.present !== undefined) {
      atoms.push({ kind: 'present', ...at });
    } else {
      const word = g.lone!.toLowerCase();
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
    // "Sep. 2023 Mar. 2024": PDF text whose dash was a soft hyphen that pdf.js dropped; two month dates side
    // by side are a range. "Sept. 2016 to date": the present word carries its own connector.
    const adjacent = /^\s+$/.test(gap) && a.value?.month !== undefined && (b?.kind === 'present' || (b?.kind === 'date' && b.value?.month !== undefined));
    const joined = CONNECTOR.test(gap) || adjacent || (b?.kind === 'present' && /^\s*$/.test(gap) && /^(?:to|till)\b/i.test(line.slice(b.index)));
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
    const season = LEADING_WORD.exec(line.slice(a.index))?.[0]?.toLowerCase();
    if (season && SEASONS[season] !== undefined) {
      // "Summer 2012 and 2013", "Summer 2019, 2020 & 2021": the season again in each later year, up to the first
      // year that is not one (earlier, still to come, or the start of a range: "and 2013 – 2015").
      const years: number[] = [];
      let taken = 0;
      for (let step = SEASON_AGAIN.exec(rest); step; step = SEASON_AGAIN.exec(rest.slice(taken))) {
        const year = Number(step[1]);
        const after = rest.slice(taken + step[0].length);
        if (year <= (years.at(-1) ?? a.value.year) || index({ year, month: a.value.month! }) > index(asOf) || RANGE_NEXT.test(after)) break;
        years.push(year);
        taken += step[0].length;
      }
      const length = a.length + taken;
      found.push({ start: a.value, current: false, index: a.index, length, text: line.slice(a.index, a.index + length), season: true, ...(years.length ? { again: years } : {}) });
      i += years.length;
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
    // "Summer 2012": a season alone is its three months.
    if (range.season) return { from: index(start), to: index(start) + 3, precision: 'month' };
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

/**
 * Months of the union where each month counts at the highest weight of the intervals that cover it:
 * an internship (weight 0.5) inside a full-time role adds nothing, alone it adds half its months.
 */
export function weightedMonths(intervals: readonly (Interval & { weight?: number })[]): number {
  if (intervals.every((i) => (i.weight ?? 1) === 1)) return unionMonths(intervals);
  const best = new Map<number, number>();
  for (const { from, to, weight = 1 } of intervals) {
    for (let m = from; m < to && m - from < 1200; m++) if ((best.get(m) ?? 0) < weight) best.set(m, weight);
  }
  let total = 0;
  for (const w of best.values()) total += w;
  return Math.round(total * 10) / 10;
}

export const formatYearMonth = (monthIndex: number): string => {
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
};

export function parseYearMonth(value: string): YearMonth | undefined {
  const m = YEAR_MONTH.exec(value);
  return m ? { year: Number(value.slice(0, 4)), month: Number(m[1]) } : undefined;
}

/** Months as years with one decimal, the way reports show them: 161 → 13.4. */
export const monthsToYears = (months: number): number => Math.round((months / 12) * 10) / 10;
