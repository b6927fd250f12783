// Cuts a posting into units (one bullet or one sentence) tagged with the section they stand in.
// Headings stand on their own line ("Preferred Qualifications") or inline ("…work. Basic Qualifications:
// Bachelor's degree."); inline ones come only from the heading lists in knowledge/headings.ts.
import { POSTING_BASIC_HEADINGS, POSTING_OTHER_HEADINGS, POSTING_PREFERRED_HEADINGS } from '../knowledge/headings';
import type { PostingSection } from '../schema';
import { LOWER } from '../text/regex';
import { headingKey, isRule, readBullet, splitLines, splitSentences, stripMarkup } from '../text/segment';


export interface PostingUnit {
  text: string;
  line: number;
  section: PostingSection;
  bullet: boolean;
  /** The heading the unit stands under, as written. */
  heading?: string;
}

const HEADINGS = new Map<string, PostingSection>([
  ...POSTING_OTHER_HEADINGS.map((h) => [h, 'other'] as const),
  ...POSTING_BASIC_HEADINGS.map((h) => [h, 'basic'] as const),
  ...POSTING_PREFERRED_HEADINGS.map((h) => [h, 'preferred'] as const),
]);

export function sectionOfHeading(line: string): PostingSection | undefined {
  const key = headingKey(line);
  return key === undefined ? undefined : HEADINGS.get(key);
}

const INLINE_HEADING = /^([^:.!?]{3,50}):\s+(\S.*)$/s;
const STARTS_LOWER = new RegExp(`^[${LOWER}]`);

interface Block {
  text: string;
  line: number;
  bullet: boolean;
  /** The last line joined: tested instead of the whole block, which would be quadratic on a huge paragraph. */
  last: string;
  /** Line numbers of the block's text: lineAt[k] is the line of character k's line start offsets. */
  starts: { offset: number; line: number }[];
}

// Hard-wrapped prose ("…authorized to work in\nthe United States…") and bullets that run onto an indented
// next line are joined into one block; short lines (a list of skill names) stay apart.
function blocks(text: string): (Block | { heading: string; section: PostingSection })[] {
  const out: (Block | { heading: string; section: PostingSection })[] = [];
  let current: Block | undefined;
  for (const { text: raw, number } of splitLines(text)) {
    if (!raw.trim() || isRule(raw)) {
      current = undefined;
      continue;
    }
    const own = sectionOfHeading(raw);
    // A Markdown heading that is not a qualification heading opens a section of other text ("## The team").
    if (own || /^\s{0,3}#{1,6}\s/.test(raw)) {
      out.push({ heading: stripMarkup(raw).replace(/:\s*$/, '').trim(), section: own ?? 'other' });
      current = undefined;
      continue;
    }
    const { bullet, text: body } = readBullet(stripMarkup(raw));
    const continues =
      current && !bullet && (current.bullet ? /^\s/.test(raw) || STARTS_LOWER.test(body) : current.text.length >= 45) && !/[.!?:]$/.test(current.last);
    if (current && continues) {
      current.starts.push({ offset: current.text.length + 1, line: number });
      current.text += ` ${body}`;
      current.last = body;
      continue;
    }
    current = { text: body, last: body, line: number, bullet, starts: [{ offset: 0, line: number }] };
    out.push(current);
  }
  return out;
}

// The line a sentence starts on: a binary search over the block's line starts.
function lineAt(block: Block, offset: number): number {
  let lo = 0;
  let hi = block.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (block.starts[mid]!.offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  return block.starts[lo]?.line ?? block.line;
}

export function segmentPosting(text: string): PostingUnit[] {
  const units: PostingUnit[] = [];
  let section: PostingSection = 'other';
  let heading: string | undefined;
  for (const block of blocks(text)) {
    if ('heading' in block) {
      section = block.section;
      heading = block.heading;
      continue;
    }
    const pieces = block.bullet ? [{ text: block.text, offset: 0 }] : splitSentences(block.text);
    for (const piece of pieces) {
      let unit = piece.text;
      const inline = INLINE_HEADING.exec(unit);
      const inlineSection = inline ? HEADINGS.get(headingKey(inline[1]!) ?? '') : undefined;
      if (inline && inlineSection) {
        section = inlineSection;
        heading = inline[1]!.trim();
        unit = inline[2]!.trim();
      }
      units.push({ text: unit, line: lineAt(block, piece.offset), section, bullet: block.bullet, ...(heading ? { heading } : {}) });
    }
  }
  return units;
}
