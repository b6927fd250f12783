// Reads a résumé: dated positions (with the skills each one shows), total experience, education,
// skills listed without dates, and explicit claims ("8+ years of Python").
import { getKnowledge, type Knowledge } from '../knowledge/index';
import { findSkills } from '../find/skills';
import { hasTitleWord } from '../find/titles';
import { findYears } from '../posting/years';
import type { Evidence, Position, ResumeExtract } from '../schema';
import { normalizeText } from '../text/normalize';
import { LETTER, UPPER } from '../text/regex';
import { readBullet, splitLines, splitSentences, stripMarkup } from '../text/segment';
import { formatYearMonth, unionMonths, type Interval, type YearMonth } from './dates';
import { readEducation } from './education';
import { readPositions } from './positions';
import { sectionLines, type SectionedLine } from './sections';

export interface PositionFacts {
  position: Position;
  interval: Interval;
  /** Skill → the first line of the position that names it. */
  evidence: Map<string, Evidence>;
  header: Evidence;
}

export interface ResumeFacts {
  extract: ResumeExtract;
  positions: PositionFacts[];
  /** Skills named outside dated positions (Skills section, projects, summary) → where. */
  listed: Map<string, Evidence>;
  /** "8+ years of Python" → months claimed and where. */
  claims: Map<string, { months: number; evidence: Evidence }>;
  /** Credentials and degrees are looked up in the whole text. */
  lines: SectionedLine[];
  /** What "Present" meant, and what "expired" means for a credential. */
  asOf: YearMonth;
}

export function readResume(input: string, asOf: YearMonth, kb: Knowledge = getKnowledge()): ResumeFacts {
  const text = normalizeText(input);
  let lines = sectionLines(splitLines(text));
  const warnings: string[] = [];
  if (!lines.some((l) => l.section === 'experience')) {
    // No Experience heading: read positions wherever dates stand outside education.
    lines = lines.map((l) => (l.section === 'header' || l.section === 'other' || l.section === 'summary' ? { ...l, section: 'experience' } : l));
    warnings.push('No Experience section heading was found; positions were read from the whole résumé.');
  }
  const raw = readPositions(lines, asOf);
  const positions = raw.map((p): PositionFacts => {
    const evidence = skillsOf(p.lines, kb);
    const position: Position = {
      start: formatYearMonth(p.interval.from),
      end: formatYearMonth(p.interval.to - 1),
      current: p.range.current,
      precision: p.interval.precision,
      months: p.interval.to - p.interval.from,
      skills: [...evidence.keys()],
      line: p.line,
      dates: p.range.text,
    };
    if (p.title) position.title = p.title;
    if (p.organization) position.organization = p.organization;
    if (p.kind) position.kind = p.kind;
    const header = [p.title, p.organization].filter(Boolean).join(', ') || p.range.text;
    return { position, interval: p.interval, evidence, header: { text: header, line: p.line } };
  });
  if (!positions.length) warnings.push('No dated positions were found: years of experience cannot be counted.');

  const inPositions = new Set(raw.flatMap((p) => p.lines.map((l) => l.number)));
  const listed = new Map<string, Evidence>();
  const claims = new Map<string, { months: number; evidence: Evidence }>();
  const firstLine = lines.find((l) => l.text.trim())?.number;
  for (const line of lines) {
    if (inPositions.has(line.number) || line.section === 'education') continue;
    const body = readBullet(stripMarkup(line.text)).text;
    if (!body) continue;
    // "Ruby Chen", "Julia Roberts, Accountant": the person's name, on the résumé's first line, is no skill.
    const searched = line.number === firstLine && line.section === 'header' ? withoutPersonName(body, kb) : body;
    for (const m of findSkills(searched, kb, { list: line.section === 'skills' })) {
      if (!listed.has(m.name)) listed.set(m.name, { text: body, line: line.number });
    }
    if (line.section !== 'experience') readClaims(body, line.number, kb, claims);
  }

  const education = readEducation(lines, kb, asOf);
  const dated = new Map<string, number>();
  for (const name of new Set(positions.flatMap((p) => p.position.skills))) {
    dated.set(name, unionMonths(positions.filter((p) => p.evidence.has(name)).map((p) => p.interval)));
  }
  const skills: ResumeExtract['skills'] = [...new Set([...dated.keys(), ...listed.keys(), ...claims.keys()])].sort().map((name) => {
    const months = dated.get(name);
    const claim = claims.get(name);
    return {
      name,
      ...(months !== undefined ? { months } : {}),
      ...(claim ? { claimedMonths: claim.months } : {}),
      listed: listed.has(name),
    };
  });
  return {
    extract: {
      kind: 'resume',
      positions: positions.map((p) => p.position),
      totalMonths: unionMonths(positions.map((p) => p.interval)),
      education,
      skills,
      warnings,
    },
    positions,
    listed,
    claims,
    lines,
    asOf,
  };
}

// Each line on its own: a guarded name ("Spark", "Go") needs its own sentence to show it is a skill.
function skillsOf(lines: readonly SectionedLine[], kb: Knowledge): Map<string, Evidence> {
  const evidence = new Map<string, Evidence>();
  for (const l of lines) {
    const text = readBullet(stripMarkup(l.text)).text;
    for (const m of findSkills(text, kb)) if (!evidence.has(m.name)) evidence.set(m.name, { text, line: l.number });
  }
  return evidence;
}

// "8+ years of Python and Spark" in a summary: a claim for each skill the years phrase governs: those after
// "of/in/with" up to the next years phrase, or the one just before "(8 years)" in "Python (8 years), Go".
function readClaims(text: string, line: number, kb: Knowledge, claims: Map<string, { months: number; evidence: Evidence }>) {
  for (const sentence of splitSentences(text)) {
    const plain = sentence.text.replace(/\s+/g, ' ');
    const years = findYears(plain);
    if (!years.length) continue;
    const mentions = findSkills(plain, kb);
    years.forEach((y, k) => {
      const next = years[k + 1]?.start ?? plain.length;
      const governed = /^\s*(?:of|in|with|using|working with|experience (?:in|with|of))\b/i.test(plain.slice(y.end))
        ? mentions.filter((m) => m.start >= y.end && m.start < next)
        : mentions.filter((m) => /^\s*\(\s*$/.test(plain.slice(m.end, y.start)));
      const months = Math.round(y.min * 12);
      for (const m of governed) {
        if ((claims.get(m.name)?.months ?? 0) < months) claims.set(m.name, { months, evidence: { text: sentence.text, line } });
      }
    });
  }
}

// A person's name: two to four capitalised words of letters ("Ruby Chen", "Mary-Jane O'Neil", "J. R. Smith"),
// none of them a job title ("Senior Python Developer" is a headline), naming at most one skill ("Python Django
// PostgreSQL" is a list of skills).
const PERSON_NAME = new RegExp(`^[${UPPER}][${LETTER}'’.-]*(?: [${UPPER}][${LETTER}'’.-]*){1,3}$`);

/** A first line without the person's name it starts with, if it starts with one ("Julia Roberts | Accountant"). */
function withoutPersonName(text: string, kb: Knowledge): string {
  const [first, ...rest] = text.split(/\s*(?:[,|•·–—]|\s{2,})\s*/);
  if (first === undefined || !PERSON_NAME.test(first) || hasTitleWord(first)) return text;
  return new Set(findSkills(first, kb, { list: true }).map((m) => m.name)).size >= 2 ? text : rest.join(', ');
}
