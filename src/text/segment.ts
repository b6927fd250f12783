// Lines, bullets, sentences and headings, each with the line number a person sees (1-based).
import { ABBREVIATIONS } from '../knowledge/abbreviations';

export interface Line {
  text: string;
  number: number;
}

export function splitLines(text: string): Line[] {
  return text.split('\n').map((t, i) => ({ text: t, number: i + 1 }));
}

const BULLET = /^\s*(?:[-*+•◦▪‣●○■□►▸➢✓✔–·]|\(?\d{1,2}[.)])\s+/;

/** "• Built pipelines" → { bullet: true, text: "Built pipelines" }. */
export function readBullet(line: string): { bullet: boolean; text: string } {
  const m = BULLET.exec(line);
  return m ? { bullet: true, text: line.slice(m[0].length).trim() } : { bullet: false, text: line.trim() };
}

/**
 * Removes Markdown that is not text: heading marks, emphasis, links, ids, block quotes, definition colons.
 * Every pattern is bounded, so a 100 KB line of "**a " or "[[[" costs linear time.
 */
export function stripMarkup(line: string): string {
  return line
    .replace(/^\s{0,3}#{1,6}\s+/, '')
    .replace(/^\s{0,8}>\s?/, '')
    .replace(/^\s{0,8}:\s+/, '')
    .replace(/\{#[^}\s]{0,80}\}/g, '')
    .replace(/!?\[([^\]\n]{0,300})\]\([^)\s]{0,500}\)/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/(^|[\s(])[*_](?=[^\s*_])([^*_\n]{0,300}?[^\s*_])[*_](?=$|[\s).,;:])/g, '$1$2')
    .trimEnd();
}

/** A line made only of rule characters ("-----", "=====", "***") is decoration. */
export const isRule = (line: string): boolean => /^\s*([-=_*~·.]\s*){3,}$/.test(line);

/** A page number or running footer: "John Doe – 1/3", "Page 2 of 3", "- 2 -". */
export const isPageMark = (raw: string): boolean => {
  // Trimmed first: "\s*" on both sides of an optional dash is quadratic on a line of blanks.
  const line = raw.trim();
  if (!line || line.length > 80) return false;
  return /^(?:page )?\d{1,3} ?(?:\/|of) ?\d{1,3}$/i.test(line) || /^[-–]? ?\d{1,3} ?[-–]?$/.test(line) ||
  (line.trim().length < 60 && /\s[–-]\s*\d{1,3}\s*\/\s*\d{1,3}\s*$/.test(line));
};

/** The heading key of a line: lower case, no markup, no trailing colon; undefined when too long to be one. */
export function headingKey(line: string): string | undefined {
  const text = stripMarkup(line).replace(/[:：]\s*$/, '').trim();
  if (!text || text.length > 60 || /[.!?]$/.test(text)) return undefined;
  return text.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'").replace(/\s*&\s*/g, ' and ');
}

const ABBREV = new Set(ABBREVIATIONS);

export interface Sentence {
  text: string;
  /** Offset of the sentence in the text it was split from. */
  offset: number;
}

/** Splits prose into sentences, keeping abbreviations, initials and decimals whole. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const boundary = /[.!?]["”’)]?\s+(?=["“(]?[A-Z0-9$])/g;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + 1;
    const word = /([A-Za-z.]+)\.$/.exec(text.slice(Math.max(start, end - 12), end))?.[1]?.toLowerCase();
    // "e.g. Python", "Sept. 2016", "J. Smith": not the end of a sentence.
    if (word && (ABBREV.has(word) || /^[a-z]$/.test(word))) continue;
    push(out, text, start, m.index + m[0].length);
    start = m.index + m[0].length;
  }
  push(out, text, start, text.length);
  return out;
}

function push(out: Sentence[], text: string, from: number, to: number): void {
  const raw = text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const value = raw.trim();
  if (value) out.push({ text: value, offset: from + lead });
}
