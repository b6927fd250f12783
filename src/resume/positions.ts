// Positions of the Experience sections: each date range anchors one position; its title and organization
// come from the header lines just above it (or the rest of its own line), its text runs to the next header.
// Layouts seen in the corpus: "Title, Org | Jan 2019 – Present"; "• Org   City, ST" over "Title   Oct 2016 –
// Present"; "Org, Title" over a bullet that carries the dates (Typst); "Org" / ": *Title*" / "__2004-2005__".
import { PRESENT_WORDS } from '../knowledge/dates';
import { COUNTRIES, WORKPLACE_WORDS } from '../knowledge/places';
import { ACADEMIC_WORDS, INTERN_WORDS, ORGANIZATION_ABBREVIATIONS, PART_TIME_WORDS } from '../knowledge/titles';
import { escapeRegExp, LETTER, LOWER, UPPER } from '../text/regex';
import { hasTitleWord } from '../find/titles';
import { readBullet, stripMarkup } from '../text/segment';
import { findDates, intervalOf, type DateRange, type Interval, type YearMonth } from './dates';
import type { PositionKind } from '../schema';
import type { SectionedLine } from './sections';

export interface RawPosition {
  title?: string;
  organization?: string;
  range: DateRange;
  interval: Interval;
  line: number;
  kind?: PositionKind;
  /** Lines that belong to the position (header, dates, bullets): where its skills are read. */
  lines: SectionedLine[];
}

interface Item {
  line: SectionedLine;
  text: string;
  bullet: boolean;
  range?: DateRange;
  /** The line only ends the range begun on the line above ("Present" under "Jan 2019 –"). */
  continuation?: boolean;
}

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const INTERN_RE = new RegExp(`(?:^|[^${LETTER}])(?:${INTERN_WORDS.join('|')})(?![${LETTER}])`, 'i');
const ACADEMIC_RE = new RegExp(`(?:^|[^${LETTER}])(?:${ACADEMIC_WORDS.join('|')})(?![${LETTER}])`, 'i');
const PART_TIME_RE = new RegExp(`(?:^|[^${LETTER}])(?:${PART_TIME_WORDS.join('|')})(?![${LETTER}])`, 'i');
const WORKPLACE = new Set(WORKPLACE_WORDS);
// "Mountain View, CA", "Dayton, OH, USA"; or a place of work ("Remote", "(Hybrid)").
const CITY_STATE = new RegExp(`^[${UPPER}][${LETTER}.' -]*,\\s?[A-Z]{2}(?:,\\s?[${UPPER}][${LETTER} ]+)?$`);
const isPlace = (piece: string) => CITY_STATE.test(piece) || WORKPLACE.has(piece.replace(/^\(|\)$/g, '').toLowerCase());
// "Palo Alto, CA & Ithaca, NY": places joined are a place.
const LOCATION = { test: (piece: string) => piece.split(/\s+(?:&|and|\/)\s+/).every(isPlace) };

/** A line of prose (a bullet's sentence) rather than a header. */
/** Ends like a sentence, not like "Harrowgate Supply Co." or "Acme Inc.". */
const ORG_ABBREVIATION = new RegExp(`\\b(?:${ORGANIZATION_ABBREVIATIONS.map(escapeRegExp).join('|')})\\.$`);
const endsSentence = (text: string) => /[.;]$/.test(text) && !ORG_ABBREVIATION.test(text);
const STARTS_LOWER = new RegExp(`^[${LOWER}]`);
const isContent = (item: Item) => words(item.text) >= 10 || endsSentence(item.text) || STARTS_LOWER.test(item.text);

export function readPositions(lines: readonly SectionedLine[], asOf: YearMonth): RawPosition[] {
  const positions: RawPosition[] = [];
  for (const run of runs(lines)) positions.push(...readRun(run, asOf));
  return positions;
}

/** Consecutive experience lines, split where another section starts. */
function runs(lines: readonly SectionedLine[]): SectionedLine[][] {
  const out: SectionedLine[][] = [];
  let current: SectionedLine[] = [];
  let otherSince = false; // a line of another section since the last experience line
  for (const line of lines) {
    if (line.section !== 'experience') {
      otherSince = true;
      continue;
    }
    if (current.length && otherSince) {
      out.push(current);
      current = [];
    }
    current.push(line);
    otherSince = false;
  }
  if (current.length) out.push(current);
  return out;
}

function readRun(run: SectionedLine[], asOf: YearMonth): RawPosition[] {
  const texts = run.map((line) => readBullet(stripMarkup(line.text)));
  const items: Item[] = run.map((line, i) => {
    const { bullet, text } = texts[i]!;
    // "Jan 2019 –" at the end of a line and "Present" (or "Mar 2021") starting the next: one range.
    const next = texts[i + 1]?.text ?? '';
    const split = /(?:19|20)\d{2}\s?[–-]$/.test(text) && startsWithDate(next, asOf);
    const previous = texts[i - 1]?.text ?? '';
    const continuation = /(?:19|20)\d{2}\s?[–-]$/.test(previous) && startsWithDate(text, asOf) && words(text) <= 3;
    const dates = split ? findDates(`${text} ${next}`, asOf).filter((d) => d.index < text.length) : continuation ? [] : findDates(text, asOf);
    const count = words(text);
    const range = dates.find((d) => d.end) ?? (bullet || count > 12 ? undefined : dates.find((d) => count - words(d.text) <= 8));
    return { line, text, bullet, ...(range ? { range } : {}), ...(continuation ? { continuation } : {}) };
  });
  // A lone date ("Software Engineer, Acme — 2019") anchors a position only beside a job title; a page footer
  // ("February 10, 2026 · Résumé 1") or a publication year does not.
  items.forEach((item, i) => {
    if (!item.range || item.range.end) return;
    const near = [item, items[i - 1], items[i - 2]].filter((x): x is Item => Boolean(x && !x.range?.end));
    if (!near.some((x) => hasTitleWord(x === item ? restOf(item) : x.text))) delete item.range;
  });
  const anchors = items.flatMap((item, i) => (item.range ? [i] : []));
  const headerStart: number[] = [];
  const headers: Item[][] = [];
  anchors.forEach((a, k) => {
    const floor = k > 0 ? anchors[k - 1]! : -1;
    const found: Item[] = [];
    let j = a - 1;
    while (j > floor && found.length < 2 && items[j]!.text && !isContent(items[j]!) && !items[j]!.continuation && (!items[j]!.bullet || headerLike(items[j]!))) {
      found.unshift(items[j]!);
      j -= 1;
    }
    headerStart.push(j + 1);
    // "Jan 2019 – Present" on a line of its own, the title below it.
    const rest = restOf(items[a]!);
    if (!found.length && !rest) {
      for (let f = a + 1; f < items.length && f <= a + 2 && !items[f]!.range && items[f]!.text && !items[f]!.bullet && !isContent(items[f]!); f++) {
        found.push(items[f]!);
      }
    }
    // "Nexus AI – San Francisco, CA   June 2023 – present" over "Co-Founder & CTO": the title comes after.
    const next = items[a + 1];
    const titled = [...found.map((h) => h.text), rest].some(hasTitleWord);
    if (!titled && next && !next.range && !next.bullet && !isContent(next) && hasTitleWord(next.text) && !found.includes(next)) found.push(next);
    headers.push(found);
  });

  let lastCompany: string | undefined;
  return anchors.flatMap((a, k) => {
    const item = items[a]!;
    const rest = restOf(item);
    const texts = headers[k]!.map((h) => h.text);
    // A dated bullet of prose (Typst themes) gives its dates, not its words, to the header.
    if (rest && !(item.bullet && words(rest) >= 6) && !(words(rest) >= 14 || endsSentence(rest))) texts.push(rest);
    const { title, organization, company } = readHeader(texts);
    if (company) lastCompany = company;
    const end = k + 1 < anchors.length ? headerStart[k + 1]! : items.length;
    const range = item.range!;
    const position: RawPosition = {
      range,
      interval: intervalOf(range),
      line: item.line.number,
      lines: items.slice(headerStart[k]!, end).map((i) => i.line),
    };
    if (title) position.title = title;
    const org = organization ?? (title ? lastCompany : undefined);
    if (org) position.organization = org;
    if (title && INTERN_RE.test(title)) position.kind = 'internship';
    else if (title && ACADEMIC_RE.test(title)) position.kind = 'academic';
    else if (title && PART_TIME_RE.test(title)) position.kind = 'part-time';
    // "Data Scientist, Summer 2012 and 2013": one position a summer, on the same lines.
    const again = (range.again ?? []).map((year): RawPosition => {
      const start = { year, month: range.start.month! };
      return { ...position, range: { ...range, start, again: undefined }, interval: intervalOf({ ...range, start }) };
    });
    return [position, ...again];
  });
}

// A bullet line is a header only when it looks like one: "• Google   Mountain View, CA" (a right-aligned
// place) or a title; "- Built Spark jobs" is the last bullet of the position above.
const headerLike = (item: Item) => /\S\s{2,}\S/.test(item.line.text) || hasTitleWord(item.text);

const PRESENT_START = new RegExp(`^(?:${PRESENT_WORDS.join('|')})\\b`, 'i');
const startsWithDate = (text: string, asOf: YearMonth) => PRESENT_START.test(text) || findDates(text, asOf)[0]?.index === 0;

function restOf(item: Item): string {
  const range = item.range!;
  const text = item.text.slice(0, range.index) + ' ' + item.text.slice(range.index + range.length);
  return trimSeparators(text.replace(/\(\s*\)/g, ''));
}

const SEPARATOR_CHARS = new Set([...' \t|,;·•–—-']);

/** Trims separators from both ends with a loop: a regex anchored at the end would be quadratic. */
function trimSeparators(text: string, extra = ''): string {
  let start = 0;
  let end = text.length;
  const is = (c: string) => SEPARATOR_CHARS.has(c) || extra.includes(c);
  while (start < end && is(text[start]!)) start++;
  while (end > start && is(text[end - 1]!)) end--;
  return text.slice(start, end);
}

const SEPARATORS = new RegExp(`\\s{2,}|\\s[|·•–—-]\\s|\\t|\\s@\\s|\\sat\\s(?=[${UPPER}])`);

// "Riverbend General Hospital, Dayton, OH" → "Riverbend General Hospital"; "Mountain View, CA" → "".
function dropLocation(piece: string): string {
  const trimmed = trimSeparators(piece);
  if (LOCATION.test(trimmed) && !hasTitleWord(trimmed)) return '';
  // "(Remote)" loses its parentheses; "Gizmonic Institute Company (GIM)" keeps them.
  const parts = (/^\(.*\)$/.test(trimmed) ? trimmed.slice(1, -1) : trimmed).split(/,\s*/);
  if (parts.length > 1 && isRegion(parts[parts.length - 1]!)) {
    parts.pop();
    if (parts.length && !hasTitleWord(parts[parts.length - 1]!) && words(parts[parts.length - 1]!) <= 3 && parts.length > 1) parts.pop();
    else if (parts.length === 1 && words(parts[0]!) <= 3 && !hasTitleWord(parts[0]!)) parts.pop();
  }
  const rest = parts.join(', ').trim();
  return LOCATION.test(rest) && !hasTitleWord(rest) ? '' : rest;
}

const COUNTRY_SET = new Set(COUNTRIES);
const isRegion = (part: string) => /^[A-Z]{2}$/.test(part) || COUNTRY_SET.has(part.toLowerCase());

const piecesOf = (text: string) => text.split(SEPARATORS).map(dropLocation).filter((p) => p.length > 1);

// A title line and an organization line ("Registered Nurse – Med-Surg" over "Riverbend Hospital, Dayton, OH"),
// or both on one line ("Senior Data Engineer, Acme Corp", "Nexus AI, Co-Founder & CTO").
function readHeader(texts: readonly string[]): { title?: string; organization?: string; company?: string } {
  const lines = texts.map(piecesOf).filter((p) => p.length);
  const titleLine = lines.find((pieces) => pieces.some(hasTitleWord));
  const orgLine = lines.find((pieces) => pieces !== titleLine);
  let title: string | undefined;
  let organization: string | undefined;
  if (titleLine && orgLine) {
    title = titleLine.join(' – ');
    organization = orgLine[0];
  } else if (titleLine) {
    const pieces = titleLine.flatMap((p) => (hasTitleWord(p) && p.includes(', ') ? p.split(', ').map((x) => x.trim()) : [p]));
    const t = pieces.findIndex((p) => hasTitleWord(p));
    title = pieces[t];
    organization = pieces.find((_, i) => i !== t);
  } else if (lines.length) {
    organization = lines[0]![0];
  }
  return {
    ...(title ? { title } : {}),
    ...(organization ? { organization } : {}),
    ...(organization && (orgLine || !titleLine) ? { company: organization } : {}),
  };
}
