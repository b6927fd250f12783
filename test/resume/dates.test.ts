// Date ranges on résumé lines and the months they count (DESIGN.md, "Résumé extraction").
// Every input goes through normalizeText first, as in the pipeline: en/em dashes, U+2212 and a spaced soft
// hyphen all become "–". Forms come from the corpus: the LaTeX, Typst and Markdown résumés' pdftotext output,
// recognizers-text's DatePeriod tables, chrono's month, slash and negative cases.
import { describe, expect, it } from 'vitest';
import { findDates, formatYearMonth, intervalOf, monthsOf, unionMonths, type Interval } from '../../src/resume/dates';
import { normalizeText } from '../../src/text/normalize';
import { readResume } from '../../src/resume/extract';

const asOf = { year: 2026, month: 11 };

// [line, months of the first range, current]
// The counting rule: month ranges are inclusive; "Present" and its synonyms run through the as-of month (2026-11);
// a year-only range is (end − start) × 12; a year-only start before a month or present end counts from January.
const monthRanges: [string, number, boolean][] = [
  // The counting rule's own examples.
  ['Jan 2019 – Mar 2019', 3, false],
  ['Jan – Dec 2019', 12, false],
  ['Jan 2019 - Dec 2019', 12, false],
  ['Jan 2019 – Dec 2020', 24, false],
  ['Jan 2020 - Jan 2020', 1, false],
  ['Jan 2014 – Jan 2015 | Ithaca, NY', 13, false],
  ['December 2018 – January 2019', 2, false],
  ['Dec 2018 - Jan 2019', 2, false],
  // Full month names.
  ['January, 2019 - March, 2020', 15, false],
  ['March 2017 to June 2020', 40, false],
  ['June 2017 - July 2017', 2, false],
  ['July 2017 - August 2017', 2, false],
  ['August 2012 – December 2013', 17, false],
  ['September 2012 – October 2012', 2, false],
  ['October 2010 – November 2010', 2, false],
  ['November 2010 - December 2010', 2, false],
  ['February 2020 – November 2026', 82, false],
  // Abbreviations, with and without a dot, any case.
  ['Feb 2021 – Apr 2021', 3, false],
  ['Apr. 2018 - Jul. 2018', 4, false],
  ['Aug 2020 – Sept 2020', 2, false],
  ['Sept. 2016 – Dec. 2016', 4, false],
  ['sept 2016 - dec 2016', 4, false],
  ['SEPT 2016 - DEC 2016', 4, false],
  ['Jan, 2019 - Mar, 2019', 3, false],
  ['Aug 2008 – July 2012', 48, false],
  ['Jul 2008 – Jul 2012', 49, false],
  ['Jan 2012 – Dec 2013', 24, false],
  ['June 2014 – Sep 2014 | Mountain View, CA', 4, false],
  ['Mar 2012 – May 2013 | Ithaca, NY', 15, false],
  ['Date: Sept 1993 – June 1997', 46, false],
  ['Date: Sept 1998 – June 2001', 34, false],
  ['Date: Oct 2001 – July 2005', 46, false],
  ['Date: Sept 2002 – June 2006', 46, false],
  ['Date: Oct 2010 – July 2012', 22, false],
  // Awesome-CV separates its ranges with a soft hyphen between spaces.
  ['Aug. 2014 \u00AD Apr. 2016', 21, false],
  ['Jun. 2010 \u00AD Jun. 2017', 85, false],
  ['Jun. 2017 \u00AD May. 2018', 12, false],
  ['Jul. 2012 \u00AD Jun. 2013', 12, false],
  ['Dec. 2011 \u00AD Feb. 2012', 3, false],
  ['Feb. 2021 \u00AD Mar. 2021', 2, false],
  ['Sep. 2023 \u00AD Mar. 2024', 7, false],
  ['Jan. 2016 \u00AD Jun. 2017', 18, false],
  ['Oct. 2012 \u00AD Jul. 2013', 10, false],
  ['Sep. 2010 \u00AD Oct. 2011', 14, false],
  ['Sep. 2012 \u00AD Feb. 2013', 6, false],
  ['Jan. 2013 \u00AD Feb. 2013', 2, false],
  ['Sep. 2013 \u2013 Jun. 2017', 46, false],
  // Dashes of every width, with or without spaces, and "~".
  ['Jan 2019-Mar 2019', 3, false],
  ['May 2023–Aug 2023', 4, false],
  ['Jan2019 - Mar2019', 3, false],
  ['Sep 2016 ~ Dec 2016', 4, false],
  ['Jan 2019 \u2014 Dec 2019', 12, false],
  ['Jan 2019 \u2212 Dec 2019', 12, false],
  ['Jan-Dec 2019', 12, false],
  ['Jan – Dec, 2019', 12, false],
  // Words between the dates.
  ['Jan 2019 to Mar 2019', 3, false],
  ['Jan 2019 until Jun 2021', 30, false],
  ['Jan 2019 through Jun 2021', 30, false],
  ['Jan 2019 thru Jun 2021', 30, false],
  ['Jan 2019 till Jun 2021', 30, false],
  // Numeric months: MM/YYYY, M/YYYY, MM.YYYY and MM/YY inside a range.
  ['03/2017 – 06/2020', 40, false],
  ['3/2017-6/2020', 40, false],
  ['9/2016 - 12/2016', 4, false],
  ['05/2018 - 04/2019', 12, false],
  ['5/2018 - 4/2019', 12, false],
  ['05 / 2018 - 04 / 2019', 12, false],
  ['09.2016 - 12.2016', 4, false],
  ['5.2018 - 4.2019', 12, false],
  ['06/15 - 08/17', 27, false],
  ['1/19 - 3/19', 3, false],
  ['12/99 - 06/03', 43, false],
  // Apostrophe years.
  ["June '19 - Aug '21", 27, false],
  ['June \u201919 \u2013 Aug \u201921', 27, false],
  // Seasons start at their first month (winter 1, spring 3, summer 6, fall 9).
  ['Summer 2023 - Fall 2023', 4, false],
  ['Winter 2020 - Spring 2020', 3, false],
  ['Autumn 2019 – Spring 2020', 7, false],
  ['Fall 2019 - Spring 2021', 19, false],
  // Embedded in longer lines.
  ['May 2019 – Aug 2019 Research Intern, Microsoft Research – Redmond, WA', 4, false],
  ['May 2020 – Aug 2020 Research Intern, Apple ML Research – Cupertino, CA', 4, false],
  ['Sept 2018 – May 2023 Princeton University, PhD in Computer Science – Princeton, NJ', 57, false],
  ['Sept 2014 – June 2018 Boğaziçi University, BS in Computer Engineering – Istanbul, Türkiye', 46, false],
  ['Software Engineer (Jan 2019 - Mar 2020)', 15, false],
  ['Software Engineer, Jan 2019 - Mar 2020, Remote', 15, false],
  ['Jan 2019 - Mar 2019 (3 months)', 3, false],
];

const presentRanges: [string, number, boolean][] = [
  ['Jan 2019 – Present', 95, true],
  ['January 2019 to Current', 95, true],
  ['Jan 2019 to present', 95, true],
  ['Jan 2019 to Present.', 95, true],
  ['Jan 2019 – Current', 95, true],
  ['Jan 2019 - currently', 95, true],
  ['Jan 2019 - Now', 95, true],
  ['Jan 2019 - Today', 95, true],
  ['Jan 2019 till date', 95, true],
  ['Jan 2019 - till now', 95, true],
  ["Jan '19 - Present", 95, true],
  ['Jan 2019 \u2014 Present', 95, true],
  ['Jan 2019 \u2212 Present', 95, true],
  ['Sept. 2016 to date', 123, true],
  ['Sept 2016 to date', 123, true],
  ['Sept. 2016 - to date', 123, true],
  ['Sept. 2016 – till date', 123, true],
  ['Date: July 2012 – Ongoing', 173, true],
  ['Feb 2020 - ongoing', 82, true],
  ['March 2020 – the present', 81, true],
  ['March 2024 through Current', 33, true],
  ['Apr 2022 until now', 56, true],
  ['Jan 2020 – Today', 83, true],
  ['Mar 2021 - Current', 69, true],
  ['April 2019 - Present', 92, true],
  ['Jun 2019 - Present', 90, true],
  ['Oct 2016 – Present', 122, true],
  ['January, 2019 – Present', 95, true],
  ['Jan. 2015 \u00AD PRESENT', 143, true],
  ['Nov. 2011 \u00AD PRESENT', 181, true],
  ['Mar. 2021 \u00AD Present', 69, true],
  ['Jun. 2012 \u00AD PRESENT', 174, true],
  ['01/2020 - present', 83, true],
  ['1/2020 – Present', 83, true],
  ['11/2019–Present', 85, true],
  ['06/15 - Now', 138, true],
  ['Spring 2021 - Present', 69, true],
  // The as-of month itself counts.
  ['Nov 2026 - Present', 1, true],
  ['Oct 2026 - Present', 2, true],
  // In longer lines.
  ['Senior Engineer, Acme | Jan 2019 – Present', 95, true],
  ['Nexus AI    June 2023 – present', 42, true],
  ['June 2023 – present Co-Founder & CTO, Nexus AI – San Francisco, CA', 42, true],
  ['Jan 2023 – present FlashInfer', 47, true],
  ['Jan 2015 - Present | New York, NY', 143, true],
  ['Jan 2019 – Present | Remote', 95, true],
  ['Jan 2019 – Present  ·  7 yrs 11 mos', 95, true],
  ['Jan 2019 - Present, Feb 2020 - Mar 2020', 95, true],
  // "Since" and "from" open a range that is still going.
  ['Since May 2024', 31, true],
  ['Since Sept. 2016', 123, true],
  ['since Jan 2020, Acme', 83, true],
  ['Since 2019', 95, true],
  ['from 2021', 71, true],
];

const yearRanges: [string, number, boolean][] = [
  ['2015 - 2018', 36, false],
  ['2015 -2018', 36, false],
  ['2015- 2018', 36, false],
  ['2015 to 2018', 36, false],
  ['2015 until 2018', 36, false],
  ['from 2015 to 2018', 36, false],
  ['2004-2005', 12, false],
  ['__2004-2005__', 12, false],
  ['2007-2010', 36, false],
  ['2010-2014 (expected)', 48, false],
  ['Date: 2005 – 2010', 60, false],
  ['1999 - 2003', 48, false],
  ['1985 - 1990', 60, false],
  ['2018 – 2026', 96, false],
  ['2019 \u2014 2021', 24, false],
  ['2019\u22122021', 24, false],
  ['Acme Corp. 2016–2019', 36, false],
  ['(2020 – 2023)', 36, false],
  ['Google PhD Fellowship in Machine Learning (2020 – 2023)', 36, false],
  ['The range is 2014-2018.', 48, false],
  ['The range is from 2014 to 2018.', 48, false],
  ['The range is in 2014 through 2018.', 48, false],
  // A range within one year counts as that year.
  ['2012 – 2012', 12, false],
  // A year-only start before a month end counts from January; a month start before a year-only end runs to
  // the start of that year, as (end − start) × 12 does.
  ['2023 - Jun 2024', 18, false],
  ['2015 - 06/2017', 30, false],
  ['Jan 2015 - 2017', 24, false],
  // A year-only start before a present end counts from January.
  ['2023 – Present', 47, true],
  ['2026 - Present', 11, true],
  ['2020-present', 83, true],
  ['2020 - Present', 83, true],
  ['2020 to date', 83, true],
  ['2019 - Present (7 years)', 95, true],
  ['2016 – present; Acme', 131, true],
  // "2019–": an open range is current.
  ['2019–', 95, true],
  ['2019 –', 95, true],
  ['2019\u2014', 95, true],
  ['Acme Corp., 2016–', 131, true],
  ['Acme Corp (2016–)', 131, true],
];

// [line, months] of a lone date: a month alone is 1, a year alone is 12.
const loneDates: [string, number][] = [
  ['2019', 12],
  ['May 2014 | Ithaca, NY', 1],
  ['Dec 2014 | Ithaca, NY', 1],
  ['Grad. May 2011| Kolkata, India', 1],
  ['January, 2019', 1],
  // A season alone is its three months ("Summer 2012" on an internship line).
  ['Summer 2023', 3],
  ['The date is Sep 2012 is the date', 1],
  ['By Angie Mar November 2019', 1],
  ['Published: 06/2004', 1],
];

// Lines that are not dates at all: findDates finds nothing.
const notDates: string[] = [
  '(555) 010-2345',
  '+1-123-456-7890',
  'Phone: 555.201.2020',
  'SSN 123-45-6789',
  'GPA 3.97/4.00',
  'GPA: 9.15/10.0',
  'Python 3.10',
  'v2.1.0',
  'Version: 1.1.3',
  'Version: 1.10.30',
  'IPv4 192.168.2019.1',
  'ISBN 978-3-16-148410-0',
  '24/7 support',
  'reduced latency by 20%',
  '12.53%',
  '99.97% uptime',
  '2019%-2021%',
  '$175,800 - $200,700',
  '$2019 - $2021',
  '$18M',
  'raised $18M Series A',
  'Total: $1,194.09 [image: View Reservation',
  '2M+ monthly requests',
  '8,500+ GitHub stars',
  'served 2,019 customers',
  '3000 - 4000 users',
  'port 8080-8090',
  '20-25 hours/week',
  '1234-5678',
  '1-2',
  '1-2-3',
  '4-5-6',
  '20-30-12',
  '80-32-89-89',
  '2200-25',
  ' 3',
  '  11 ',
  ' 0.5 ',
  ' 35.49 ',
  '2019.5',
  'at 6.5 kilograms',
  '6358fe2310> *5.0* / 5 Outstanding',
  '%e7%b7%8a',
  'for the year',
  'ah that is unusual',
  '12:30 - 14:00',
  'COVID-19 response',
  'Windows 10 - 11 migration',
  'May the best team win',
  'I may present results',
  'March forward - Present ideas',
  // Impossible months, and MM/YY or M/D outside a range.
  '13/2019 - 14/2020',
  '06/31/2022',
  '8/32',
  '8/10',
  '06/15',
  // Years outside the plausible span (1950 to as-of + 8).
  '1940 - 1945',
  '2040 - 2045',
];

// [line, the lone dates it holds]: years and months that stand alone, never a range.
const noRange: [string, string[]][] = [
  ['2012', ['2012']],
  ['Class of 2022', ['2022']],
  ['NeurIPS 2022 workshop paper on emergent communication protocols', ['2022']],
  ['10.1234/iclr.2021.3456 (ICLR 2021, Best Paper Award)', ['2021']],
  ['Carrying On, vol. 12, 2011.', ['2011']],
  ['to $1.6 billion in GAAP revenue in 2015', ['2015']],
  ['Last updated in Mar 2026', ['Mar 2026']],
  ['Ranked 1st of 2019 teams', ['2019']],
  // "2000-3000" is a count range: neither number is a date.
  ['Handled 2000-3000 tickets per week', []],
  ['Grew revenue 2018-over-2019', ['2018', '2019']],
  // The season again in a later year is one date of two seasons (see "a season again" below).
  ['Summer 2012 and 2013', ['Summer 2012 and 2013']],
  ['Sep. 2013, Feb. 2014', ['Sep. 2013', 'Feb. 2014']],
  // A range that ends before it starts is two lone dates.
  ['2010 - 2009', ['2010', '2009']],
  ['Jan 2020 - Dec 2019', ['Jan 2020', 'Dec 2019']],
];

// [ranges, months of their union]
const unions: [string[], number][] = [
  [[], 0],
  [['Jan 2019 – Mar 2019'], 3],
  [['Jan 2019 – Mar 2019', 'Jan 2019 – Mar 2019'], 3],
  [['Jan 2019 – Dec 2020', 'Jun 2020 – Mar 2021'], 27],
  [['Jan 2015 – Dec 2020', 'Mar 2017 – Jun 2018'], 72],
  [['Mar 2017 – Jun 2018', 'Jan 2015 – Dec 2020'], 72],
  [['Jan 2019 – Jun 2019', 'Jul 2019 – Dec 2019'], 12],
  [['Jan 2019 – Jun 2019', 'Jun 2019 – Dec 2019'], 12],
  [['Jan 2019 – Mar 2019', 'Jan 2020 – Mar 2020'], 6],
  [['Jan 2019 – Jun 2019', 'May 2019 – Oct 2019', 'Sep 2019 – Dec 2019'], 12],
  [['Jan 2019 – Present', 'Jun 2020 – Dec 2021'], 95],
  [['Jan 2022 – Present', 'Jan 2016 – Dec 2017', 'Jun 2017 – Jun 2018'], 89],
  [['2015 - 2018', '2018 - 2020'], 60],
  [['2015 - 2018', 'Jan 2018 – Jun 2018'], 42],
  [['2019', 'May 2019'], 12],
];

// [range, first month, month after the last, precision]
const intervals: [string, string, string, Interval['precision']][] = [
  ['Jan 2019 – Mar 2019', '2019-01', '2019-04', 'month'],
  ['Jan 2019 – Present', '2019-01', '2026-12', 'month'],
  ['2015 - 2018', '2015-01', '2018-01', 'year'],
  ['2023 – Present', '2023-01', '2026-12', 'year'],
  ['2019', '2019-01', '2020-01', 'year'],
  ['May 2024', '2024-05', '2024-06', 'month'],
];

const read = (line: string) => findDates(normalizeText(line), asOf);
const first = (line: string) => {
  const range = read(line)[0];
  if (!range) throw new Error(`no date found in ${JSON.stringify(line)}`);
  return range;
};

describe('findDates and monthsOf', () => {
  it.each([...monthRanges, ...presentRanges, ...yearRanges])('reads %s as %i months (current: %s)', (line, months, current) => {
    const range = first(line);
    expect(range.end).toBeDefined();
    expect(monthsOf(range)).toBe(months);
    expect(range.current).toBe(current);
  });

  it.each(loneDates)('reads %s as a lone date of %i months', (line, months) => {
    const range = first(line);
    expect(range.end).toBeUndefined();
    expect(range.current).toBe(false);
    expect(monthsOf(range)).toBe(months);
  });

  it('ends a present range at the as-of month', () => {
    expect(first('Jan 2019 – Present').end).toEqual(asOf);
  });

  it('keeps the matched text of a range', () => {
    expect(first('Senior Engineer, Acme | Jan 2019 – Present').text).toBe('Jan 2019 – Present');
  });
});

describe('findDates on what is not a date range', () => {
  it.each(notDates)('finds no date in %s', (line) => {
    expect(read(line)).toEqual([]);
  });

  it.each(noRange)('finds no range in %s, only lone dates %j', (line, lone) => {
    const found = read(line);
    expect(found.filter((r) => r.end)).toEqual([]);
    expect(found.map((r) => r.text)).toEqual(lone);
  });
});

describe('intervalOf', () => {
  it.each(intervals)('reads %s as the months from %s up to %s with %s precision', (line, from, to, precision) => {
    const interval = intervalOf(first(line));
    expect(formatYearMonth(interval.from)).toBe(from);
    expect(formatYearMonth(interval.to)).toBe(to);
    expect(interval.precision).toBe(precision);
  });
});

describe('unionMonths', () => {
  it.each(unions)('counts %j as %i months', (lines, months) => {
    expect(unionMonths(lines.map((line) => intervalOf(first(line))))).toBe(months);
  });
});

// Cases found by the first sweep of the corpus tables and fixed since.
describe('ranges written in less common ways', () => {
  it.each([
    ['Jan to Dec 2019', 12, false],
    ['May to December 2022', 8, false],
    ['Sep-2012 – Dec-2013', 16, false],
    ['2013-12 – 2015-06', 19, false],
    ['08/01/2019 - 06/30/2021', 23, false],
    ['Jan 2019 -- Present', 95, true],
    ['2012-14', 24, false],
  ] as const)('reads "%s" as %i months', (line, months, current) => {
    const [range] = findDates(normalizeText(line), asOf).filter((r) => r.end);
    expect(range && monthsOf(range)).toBe(months);
    expect(range?.current).toBe(current);
  });

  it.each(['415-555-2019', '+1 (415) 555-2019', 'New York, NY 10001-2020', '2012-1400'])('finds no date in "%s"', (line) => {
    expect(findDates(normalizeText(line), asOf)).toEqual([]);
  });

  it('reads "Mar. 2016 \u00AD Exp. Jun. 2017" (an expected end date) as 16 months', () => {
    const [range] = findDates(normalizeText('Mar. 2016 \u00AD Exp. Jun. 2017'), asOf).filter((r) => r.end);
    expect(range && monthsOf(range)).toBe(16);
  });
});

describe('a season again', () => {
  it('reads "Summer 2012 and 2013" as the summer of 2012, again in 2013', () => {
    expect(findDates('Data Scientist   Summer 2012 and 2013', { year: 2026, month: 11 })).toMatchObject([{ text: 'Summer 2012 and 2013', season: true, again: [2013] }]);
  });

  it.each([
    ['Summer 2019, 2020 & 2021', { year: 2026, month: 11 }, ['Summer 2019, 2020 & 2021'], [2020, 2021]],
    // An earlier year ends the list; a year that opens a range is the range's; a summer still to come is not counted.
    ['Summer 2012, 2011 and 2013', { year: 2026, month: 11 }, ['Summer 2012', '2011', '2013'], undefined],
    ['Summer 2012 and 2013 - 2015', { year: 2026, month: 11 }, ['Summer 2012', '2013 - 2015'], undefined],
    ['Summer 2025 and 2026', { year: 2026, month: 3 }, ['Summer 2025', '2026'], undefined],
  ])('reads "%s" (as of %j) as %j, again in %j', (line, asOf, texts, again) => {
    const found = findDates(line, asOf);
    expect(found.map((d) => d.text)).toEqual(texts);
    expect(found[0]!.again).toEqual(again);
  });

  it('gives a position for each summer, on the same lines, so both count', () => {
    const resume = 'Experience\nLucena Research   Atlanta, GA\nData Scientist   Summer 2012 and 2013\n- Built portfolio models in Python\n';
    const facts = readResume(resume, { year: 2026, month: 11 });
    expect(facts.positions.map((p) => [p.position.title, p.position.start, p.position.months])).toEqual([
      ['Data Scientist', '2012-06', 3],
      ['Data Scientist', '2013-06', 3],
    ]);
    expect(facts.extract.skills.find((s) => s.name === 'Python')).toMatchObject({ months: 6 });
  });
});
