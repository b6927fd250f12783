// Cuts a résumé into sections by its headings ("Experience", "WORK HISTORY", "### Education {#education}").
import { RESUME_HEADINGS } from '../knowledge/headings';
import { LETTER } from '../text/regex';
import { headingKey, isPageMark, isRule, type Line } from '../text/segment';

export type ResumeSection = 'header' | 'experience' | 'education' | 'skills' | 'projects' | 'certifications' | 'summary' | 'other';

export interface SectionedLine extends Line {
  section: ResumeSection;
}

const HEADINGS = new Map<string, ResumeSection>(
  Object.entries(RESUME_HEADINGS).flatMap(([section, keys]) => keys.map((k) => [k, section as ResumeSection] as const)),
);

const SPACED_LETTERS = new RegExp(`^(?:[${LETTER}] )+[${LETTER}]$`);

export function resumeSectionOf(line: string): ResumeSection | undefined {
  const key = headingKey(line);
  if (key === undefined) return undefined;
  // "E X P E R I E N C E": letter-spaced headings of designed résumés.
  const squeezed = SPACED_LETTERS.test(key) ? key.replace(/ /g, '') : key;
  return HEADINGS.get(squeezed);
}

/** Every non-heading line with the section it stands in; headings and rules are left out. */
export function sectionLines(lines: readonly Line[]): SectionedLine[] {
  const out: SectionedLine[] = [];
  let section: ResumeSection = 'header';
  for (const line of lines) {
    if (isRule(line.text) || isPageMark(line.text)) continue;
    const heading = resumeSectionOf(line.text);
    if (heading) {
      section = heading;
      continue;
    }
    out.push({ ...line, section });
  }
  return out;
}
