// Degrees on a résumé: level, field, institution, year; "expected 2027" and "in progress" are not held yet.
import { DEGREE_IN_PROGRESS, INSTITUTION_WORDS } from '../knowledge/degrees';
import type { Knowledge } from '../knowledge/index';
import { findDegrees, findFields, levelRank } from '../find/degrees';
import type { Education } from '../schema';
import { LETTER } from '../text/regex';
import { readBullet, stripMarkup } from '../text/segment';
import { findDates, type YearMonth } from './dates';
import type { SectionedLine } from './sections';

const INSTITUTION = new RegExp(`\\b(?:${INSTITUTION_WORDS.join('|')})\\b`);
const FIELD_AFTER = new RegExp(`^\\.?\\s*(?:,\\s*|\\s+in\\s+|\\s+of\\s+|\\s*[–-]\\s*|\\s+)([${LETTER}][${LETTER} &]{2,60}?)(?=\\s*(?:[,;|()]|\\s{2,}|GPA|$))`, 'i');
const IN_PROGRESS = new RegExp(`\\b(?:${DEGREE_IN_PROGRESS.join('|')})\\b`, 'i');

export function readEducation(lines: readonly SectionedLine[], kb: Knowledge, asOf: YearMonth): Education[] {
  let pool = lines.filter((l) => l.section === 'education');
  // No Education heading: degrees still count where a line names an institution ("B.S. Physics, Reed College").
  if (!pool.length) pool = lines.filter((l) => INSTITUTION.test(l.text) && findDegrees(stripMarkup(l.text), kb).length);
  const texts = pool.map((l) => readBullet(stripMarkup(l.text)).text);
  const out: Education[] = [];
  texts.forEach((text, i) => {
    const degrees = findDegrees(text, kb);
    if (!degrees.length) return;
    const best = degrees.reduce((a, b) => (levelRank(b.level) > levelRank(a.level) ? b : a));
    const nearby = [texts[i - 1] ?? '', text, texts[i + 1] ?? ''];
    // The entry's own lines: this one and the next, unless the next names another degree.
    const own = [text, ...(texts[i + 1] && !findDegrees(texts[i + 1]!, kb).length ? [texts[i + 1]!] : [])];
    // "2010-2014 (expected)" on the line above "PhD, Computer Science" (pandoc résumés).
    const above = texts[i - 1];
    if (above && !findDegrees(above, kb).length && findDates(above, asOf).length && above.replace(/[\d\s()–-]|expected|present/gi, '').length < 12) own.push(above);
    const field = findFields(text.slice(best.end))[0] ?? findFields(text)[0] ?? fieldAfterIn(text.slice(best.end)) ?? findFields(own.join(' '))[0];
    const institution = institutionOf(text) ?? nearby.map(institutionOf).find(Boolean);
    // "Princeton University – Princeton, NJ   Sept 2018 – May 2023" over "PhD in Computer Science".
    if (above && !own.includes(above) && !own.some((t) => findDates(t, asOf).length) && !findDegrees(above, kb).length) own.push(above);
    const dates = own.flatMap((t) => findDates(t, asOf));
    const years = dates.map((d) => (d.end && !d.current ? d.end.year : d.current ? asOf.year + 1 : d.start.year));
    const year = years.length ? Math.max(...years) : undefined;
    const inProgress = own.some((t) => IN_PROGRESS.test(t)) || dates.some((d) => d.current) || (year !== undefined && year > asOf.year);
    const entry: Education = { level: best.level, line: pool[i]!.number, text };
    if (field) entry.field = field;
    if (institution) entry.institution = institution.replace(/^[•\s]+/, '');
    if (year !== undefined && !dates.some((d) => d.current)) entry.year = year;
    if (inProgress) entry.inProgress = true;
    out.push(entry);
  });
  return out;
}

// "Bachelor of Engineering in Electrical and Electronics; GPA: 3.66" → "Electrical and Electronics".
function fieldAfterIn(rest: string): string | undefined {
  const m = FIELD_AFTER.exec(rest);
  const field = m?.[1]?.trim();
  // "MBA, Harvard Business School": an institution, not a field.
  return field && !INSTITUTION.test(field) ? field : undefined;
}

// "M.S. in Computer Science – Lakeshore State University, 2013" → "Lakeshore State University".
function institutionOf(text: string): string | undefined {
  return text
    .split(/\s{2,}|\s[–—-]\s|[|;,]/)
    .map((p) => p.trim().replace(/^(?:[A-Za-z]{3,9}\.?\s)?(?:19|20)\d{2}\s+/, ''))
    .find((p) => INSTITUTION.test(p) && !/^(?:bachelor|master|doctor)/i.test(p));
}
