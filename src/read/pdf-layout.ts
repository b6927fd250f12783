// Positioned text items of a PDF page → lines in reading order. Two-column résumés (Deedy, AltaCV) read one
// column after the other; a one-column page with right-aligned dates keeps each date on its line.
// Pure: the items come from pdf.js (see pdf.ts), the tests give made-up ones.

import { LETTER, LOWER } from '../text/regex';

const TWO_LETTERS = new RegExp(`[${LETTER}]{2}`);
const HYPHEN_BREAK = new RegExp(`([${LOWER}])-\\n([${LOWER}]+)([,.;:]?) ?`, 'g');

export interface TextItem {
  text: string;
  /** Left edge and baseline, in PDF points (y grows upwards). */
  x: number;
  y: number;
  width: number;
  /** Font size, in points. */
  size: number;
}

export interface Page {
  width: number;
  height: number;
  items: TextItem[];
}

interface Line {
  y: number;
  size: number;
  items: TextItem[];
}

/** Lines of one page, columns separated; blank lines where the vertical gap says a paragraph ends. */
export function pageLines(page: Page): string[] {
  // Space items carry no text but say where a word ends ("Debarghya", " ", "Das").
  const items = page.items.filter((i) => i.text && Number.isFinite(i.x) && Number.isFinite(i.y));
  if (!items.some((i) => i.text.trim())) return [];
  const gutter = findGutter(items.filter((i) => i.text.trim()), page.width);
  if (gutter === undefined) return render(groupLines(items));
  // A line with text across the gutter (a name, a contact line across the top) comes first, whole; then
  // the left column, then the right one.
  const lines = groupLines(items);
  const spanning = lines.filter((l) => l.items.some((i) => i.x < gutter && i.x + i.width > gutter));
  const rest = lines.filter((l) => !spanning.includes(l)).flatMap((l) => l.items);
  const left = rest.filter((i) => i.x + i.width / 2 < gutter);
  const right = rest.filter((i) => i.x + i.width / 2 >= gutter);
  return [...render(spanning), '', ...render(groupLines(left)), '', ...render(groupLines(right))];
}

// A vertical band of at least 8 points, in the middle half of the page, that almost no text crosses, with
// real text on both sides: the gutter of a two-column layout. Right-aligned dates and locations are short
// and do not make a column.
function findGutter(items: TextItem[], width: number): number | undefined {
  const step = 2;
  const slots = Math.ceil(width / step) + 1;
  const cover = new Array<number>(slots).fill(0);
  for (const item of items) {
    for (let s = Math.max(0, Math.floor(item.x / step)); s <= Math.min(slots - 1, Math.floor((item.x + item.width) / step)); s++) cover[s]! += 1;
  }
  const allowed = Math.max(2, Math.floor(items.length * 0.02));
  let best: { from: number; to: number } | undefined;
  let start = -1;
  for (let s = Math.floor((width * 0.2) / step); s <= Math.floor((width * 0.75) / step); s++) {
    if (cover[s]! <= allowed) {
      if (start < 0) start = s;
      const run = { from: start * step, to: (s + 1) * step };
      if (run.to - run.from >= 8 && (!best || run.to - run.from > best.to - best.from)) best = run;
    } else start = -1;
  }
  if (!best) return undefined;
  const middle = (best.from + best.to) / 2;
  // Prose is four words of letters: "June 2023 – present" and "2 years 10 months" are not.
  const words = (i: TextItem) => i.text.split(/\s+/).filter((w) => TWO_LETTERS.test(w) && !/\d/.test(w)).length;
  const prose = (side: TextItem[]) => side.filter((i) => words(i) >= 4).length;
  const left = items.filter((i) => i.x + i.width <= middle);
  const right = items.filter((i) => i.x >= middle);
  return prose(left) >= 3 && prose(right) >= 3 ? middle : undefined;
}

/** Items on one baseline (within a third of the font size) form a line, read left to right. */
function groupLines(items: TextItem[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const item of sorted) {
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - item.y) <= Math.max(1.5, Math.min(line.size, item.size) * 0.35)) {
      line.items.push(item);
      line.size = Math.max(line.size, item.size);
    } else lines.push({ y: item.y, size: item.size || 10, items: [item] });
  }
  for (const line of lines) line.items.sort((a, b) => a.x - b.x);
  return lines;
}

function render(lines: Line[]): string[] {
  const out: string[] = [];
  const gaps = lines.slice(1).map((l, i) => lines[i]!.y - l.y).filter((g) => g > 0).sort((a, b) => a - b);
  const usual = gaps[Math.floor(gaps.length / 2)] ?? 12;
  lines.forEach((line, i) => {
    if (i > 0 && lines[i - 1]!.y - line.y > usual * 1.6) out.push('');
    out.push(joinItems(line));
  });
  return out;
}

// Items closer than a fifth of the font size belong to one word; a wide gap (a right-aligned date) keeps
// three spaces so that the header reader can still tell the pieces apart.
function joinItems(line: Line): string {
  let text = '';
  let end = -Infinity;
  let space = false;
  for (const item of line.items) {
    if (!item.text.trim()) {
      space = true;
      continue;
    }
    const gap = item.x - end;
    const size = item.size || line.size;
    if (text) text += gap > size * 2 ? '   ' : space || gap > size * 0.12 || /^\s/.test(item.text) ? ' ' : '';
    text += item.text.trim();
    end = item.x + item.width;
    space = /\s$/.test(item.text);
  }
  return text;
}

/** Lines that repeat at the top or bottom of most pages (running headers, footers, page numbers) are dropped. */
export function documentText(pages: Page[]): string {
  const perPage = pages.map(pageLines);
  if (perPage.length > 1) {
    const key = (l: string) => l.replace(/\d+/g, '#').trim();
    const edges = new Map<string, number>();
    for (const lines of perPage) {
      const nonEmpty = lines.filter((l) => l.trim());
      // Running headers and footers are short; a page that repeats whole (a copied page) keeps its text.
      const edge = [...nonEmpty.slice(0, 2), ...nonEmpty.slice(-2)].filter((l) => l.trim().length <= 60);
      for (const l of new Set(edge.map(key))) edges.set(l, (edges.get(l) ?? 0) + 1);
    }
    const repeated = new Set([...edges].filter(([, n]) => n >= Math.max(2, Math.ceil(perPage.length * 0.6))).map(([l]) => l));
    for (let p = 0; p < perPage.length; p++) perPage[p] = perPage[p]!.filter((l) => !repeated.has(key(l)) || !l.trim());
  }
  return rejoinHyphens(perPage.map((lines) => lines.join('\n')).join('\n\n'));
}

// "submis-" at the end of a line and "sions" at the start of the next: one word, moved up so that the
// following lines keep their numbers.
function rejoinHyphens(text: string): string {
  return text.replace(HYPHEN_BREAK, '$1$2$3\n');
}
