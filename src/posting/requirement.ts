// One qualification sentence → one requirement: years, degree, skills (all-of or any-of), credentials.
import type { Knowledge } from '../knowledge/index';
import { ANY_OF_CUES, BROAD_SKILL_HEADS, PREFERRED_MARKERS, SPELLING_OUT_CUES } from '../knowledge/posting-phrases';
import { findDegrees, findFields, lowestLevel, RELATED_WORDS_RE } from '../find/degrees';
import { findSkills, type SkillMention } from '../find/skills';
import type { DegreeRequirement, Requirement, Section } from '../schema';
import { escapeRegExp, phraseRegExp } from '../text/regex';
import { findYears, parseYears } from './years';

const ANY_OF = phraseRegExp(ANY_OF_CUES);
const PREFERRED = phraseRegExp(PREFERRED_MARKERS);
const EQUIVALENT_EXPERIENCE =
  /\bor (?:an? )?(?:equivalent|comparable|relevant)(?: \w+){0,3} experience\b|\bequivalent combination of (?:education|training) and experience\b|\bor equivalent\b/i;

export function readRequirement(text: string, section: Section, id: string, line: number, kb: Knowledge): Requirement {
  const requirement: Requirement = { id, section, kind: 'other', text, line };
  const years = parseYears(text);
  const degree = readDegree(text, kb);
  const mentions = askedFor(text, findSkills(text, kb));
  const specific = specificSkills(text, mentions, kb);
  const skills = subjectOnly(text, mentions, specific.skills);
  const credentials = [...new Set(kb.credentialIndex.find(text).map((h) => h.value))];
  if (years) requirement.years = years;
  if (degree) requirement.degree = degree;
  if (skills.length) {
    requirement.skills = skills;
    if (skills.length > 1) requirement.anyOf = onlyExamples(skills, specific.examples, kb) || isAnyOf(text, mentions.filter((m) => skills.includes(m.name)));
  }
  if (credentials.length) requirement.credentials = credentials;
  if (years) Object.assign(requirement, readYearsSubjects(text, skills, kb));
  requirement.kind = years ? 'experience' : degree ? 'degree' : credentials.length ? 'credential' : skills.length ? 'skill' : 'other';
  return requirement;
}

// Several years phrases in one sentence: each governs the skills after it ("5+ years of Java and 2+ years
// of Kubernetes"), or a later one with a degree is an alternative ("3 years of experience, or 1 year with a
// master's degree").
function readYearsSubjects(text: string, skills: readonly string[], kb: Knowledge): Pick<Requirement, 'skillYears' | 'yearsWithDegree'> {
  const plain = text.replace(/\s+/g, ' ');
  const years = findYears(plain);
  if (years.length < 2) return {};
  const second = years[1]!;
  const between = plain.slice(years[0]!.end, second.start);
  const degree = findDegrees(plain.slice(second.end), kb)[0];
  if (/\bor\b/i.test(between) && degree && /^\s*(?:of [^,;]{0,40}?)?(?:with|and|plus|holding|having)\b/i.test(plain.slice(second.end))) {
    return { yearsWithDegree: { min: second.min, level: degree.level } };
  }
  const mentions = findSkills(plain, kb).filter((m) => skills.includes(m.name));
  const skillYears: NonNullable<Requirement['skillYears']> = [];
  years.forEach((y, k) => {
    const next = years[k + 1]?.start ?? plain.length;
    for (const m of mentions) {
      if (m.start >= y.end && m.start < next && !skillYears.some((s) => s.skill === m.name)) {
        skillYears.push({ skill: m.name, years: y.max === undefined ? { min: y.min } : { min: y.min, max: y.max } });
      }
    }
  });
  const distinct = new Set(skillYears.map((s) => s.years.min));
  return skillYears.length > 1 && distinct.size > 1 ? { skillYears } : {};
}

// "5+ years of Java; Spring a plus": the skills of a clause that says "a plus" are a bonus, not the subject.
function askedFor(text: string, mentions: readonly SkillMention[]): SkillMention[] {
  const inBonus = bonusTest(text);
  const kept = mentions.filter((m) => !inBonus(m));
  return kept.length ? kept : [...mentions];
}

function bonusTest(text: string): (m: SkillMention) => boolean {
  const { outer, brackets } = clausesOf(text);
  // "Python, Docker (a plus)": a bracket that holds nothing but the marker marks the name just before it.
  const after = (m: SkillMention) => {
    let at = m.end;
    while (at < text.length && (text[at] === ' ' || text[at] === '\t')) at++;
    const next = containing(brackets, at);
    return !!next?.bonus && next.start === at && MARKER_ONLY.test(text.slice(next.start, next.end));
  };
  return (m) => !!(containing(brackets, m.start)?.bonus || containing(outer, m.start)?.bonus || after(m));
}

/** The skills a requirement names as a bonus beside its subject ("Spring" in "5+ years of Java; Spring a plus"). */
export function bonusSkills(text: string, kb: Knowledge): string[] {
  if (!PREFERRED.test(text)) return [];
  const mentions = findSkills(text, kb);
  const bonus = mentions.filter(bonusTest(text));
  return bonus.length < mentions.length ? [...new Set(bonus.map((m) => m.name))] : [];
}

interface Clause { start: number; end: number; bonus: boolean }

const MARKER_ONLY = new RegExp(`^\\(\\s*(?:${PREFERRED_MARKERS.map(escapeRegExp).join('|')})\\s*\\)?$`, 'i');

// Clauses split at ";", " – " and ","; a bracket is a clause of its own inside the clause around
// it, which goes on after it. So in "experience with containers (Docker, Kubernetes) is a plus" the bracket is a
// bonus with its clause, and in "Python (preferably 3.x) and Django" or "SQL (Snowflake a plus) and Python" only
// the bracket is. One pass over the text.
function clausesOf(text: string): { outer: Clause[]; brackets: Clause[] } {
  const outer: Clause[] = [];
  const brackets: Clause[] = [];
  let start = 0;
  let words = ''; // the clause's text outside brackets
  let depth = 0;
  let open = 0;
  const close = (end: number) => {
    if (end > start) outer.push({ start, end, bonus: PREFERRED.test(words) });
    words = '';
    start = end + 1;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '(') {
      if (depth++ === 0) open = i;
    } else if (c === ')' && depth > 0) {
      if (--depth === 0) brackets.push({ start: open, end: i + 1, bonus: PREFERRED.test(text.slice(open + 1, i)) });
    } else if (depth > 0) {
      continue;
    } else if (c === ';' || c === ',' || ((c === '–' || c === '-') && text[i - 1] === ' ' && text[i + 1] === ' ')) {
      close(i);
    } else {
      words += c;
    }
  }
  if (depth > 0) brackets.push({ start: open, end: text.length, bonus: PREFERRED.test(text.slice(open + 1)) });
  close(text.length);
  return { outer, brackets };
}

// Where a broad skill and specific ones must stand together: split at ";", " – " and brackets, but not at commas
// ("Python, Scala, or Java") nor at an abbreviation in brackets ("Machine learning (ML) experience with PyTorch").
function partsOf(text: string): Clause[] {
  const plain = text.replace(ABBREVIATION_IN_BRACKETS, (m) => ' '.repeat(m.length));
  const out: Clause[] = [];
  let start = 0;
  for (const m of plain.matchAll(/[;()]|\s[–-]\s|$/g)) {
    if (m.index > start) out.push({ start, end: m.index, bonus: false });
    start = m.index + Math.max(1, m[0].length);
    if (!m[0]) break;
  }
  return out;
}
const ABBREVIATION_IN_BRACKETS = /\(\s*[A-Z][A-Za-z0-9.+#&/-]{0,7}\s*\)/g;

/** The clause that holds a position, by binary search (clauses are in text order and do not overlap). */
function containing(clauses: readonly Clause[], at: number): Clause | undefined {
  let lo = 0;
  let hi = clauses.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (clauses[mid]!.end <= at) lo = mid + 1;
    else hi = mid;
  }
  const clause = clauses[lo];
  return clause && clause.start <= at ? clause : undefined;
}

// "programming experience in Python, Scala, or Java": Programming is shown by each language, so the requirement
// names the languages. Only where the specific skills spell the broad one out: after it in its clause with "in",
// "with", "using" or a colon between (SPELLING_OUT_CUES), or just before it as its head word in small letters
// ("Python or Java programming"). Examples right after it, or after its own head noun, do not narrow it: "cloud
// platforms such as AWS or GCP" and "AWS services such as EC2" ask for the broad skill, any of its kind (Azure,
// Lambda); "ML frameworks such as PyTorch" asks for the frameworks (ML only qualifies them). A broad skill named
// beside specific ones is asked for itself: "Java, Spring, Node.js", "React JavaScript CSS", "TypeScript or at
// least JavaScript", "Terraform or other infrastructure as code tools".
const SPELLED_OUT = phraseRegExp(SPELLING_OUT_CUES);
const EXAMPLES = phraseRegExp(ANY_OF_CUES);
const HEADS = new Set(BROAD_SKILL_HEADS);
/** The cue follows the broad skill's own words, or one head noun of it: "cloud platforms such as", "AWS services like". */
function directlyBefore(between: string): boolean {
  const words = between.replace(/^[\s,;(]+/, '');
  const head = /^([a-z]+)\s+/i.exec(words);
  const rest = (head && HEADS.has(head[1]!.toLowerCase()) ? words.slice(head[0].length) : words).replace(/^[\s(]+/, '');
  return EXAMPLES.exec(` ${rest}`)?.index === 0;
}

function specificSkills(text: string, mentions: readonly SkillMention[], kb: Knowledge): { skills: string[]; examples: Set<string> } {
  const parts = partsOf(text);
  const clauseOf = (m: SkillMention) => containing(parts, m.start);
  const names = [...new Set(mentions.map((m) => m.name))];
  const examples = new Set<string>();
  const spells = (broad: SkillMention, m: SkillMention) => {
    if (m.name === broad.name || clauseOf(m) !== clauseOf(broad) || !kb.skills[kb.byName.get(m.name)!]!.implies.includes(broad.name)) return false;
    if (m.start < broad.end) return /^\s+$/.test(text.slice(m.end, broad.start)) && /^[a-z]/.test(broad.text);
    const between = text.slice(broad.end, m.start);
    if (!EXAMPLES.test(between)) return SPELLED_OUT.test(between) || between.includes(':');
    if (!directlyBefore(between)) return true;
    examples.add(broad.name);
    return false;
  };
  // Only a skill that some other mention implies can give way: the rest skip the pairwise test.
  const implied = new Set(mentions.flatMap((m) => kb.skills[kb.byName.get(m.name)!]!.implies));
  const skills = names.filter((name) => !implied.has(name) || !mentions.some((broad) => broad.name === name && mentions.some((m) => spells(broad, m))));
  return { skills, examples: new Set([...examples].filter((name) => skills.includes(name))) };
}

// A broad skill and examples of it, and nothing else: any one of them shows it.
function onlyExamples(skills: readonly string[], examples: ReadonlySet<string>, kb: Knowledge): boolean {
  return [...examples].some((broad) => skills.every((s) => s === broad || kb.skills[kb.byName.get(s)!]!.implies.includes(broad)));
}

// "data pipelines for ML applications", "SQL for reporting", "Terraform for AWS or GCP": skills in a "for" phrase
// after the subject name what it serves, neither alternatives nor further skills: the subject alone is asked for
// (a résumé with ML and no pipelines does not meet it). The phrase ends at a comma or semicolon, or where "in",
// "using", "with" or "via" start another part ("SQL for reporting in Tableau" keeps Tableau).
const FOR_PHRASE = /\bfor\b[^,;]*?(?=[,;]|\b(?:in|using|with|via)\b|$)/gi;

function subjectOnly(text: string, mentions: readonly SkillMention[], skills: string[]): string[] {
  if (skills.length < 2) return skills;
  // Only a phrase that continues its subject's words: not one that opens the sentence ("For our data team:
  // Python"), nor one after "and" or a comma ("Go and a passion for clean code" asks for both).
  const continues = (m: SkillMention, from: number) => m.end <= from && skills.includes(m.name) && !/\band\b|\bor\b|[,;]/i.test(text.slice(m.end, from));
  const phrases = [...text.matchAll(FOR_PHRASE)]
    .map((p) => ({ from: p.index, to: p.index + p[0].length }))
    .filter((p) => mentions.some((m) => continues(m, p.from)));
  const inPurpose = (m: SkillMention) => phrases.some((p) => m.start >= p.from && m.end <= p.to);
  const kept = skills.filter((name) => mentions.some((m) => m.name === name && !inPurpose(m)));
  return kept.length ? kept : skills;
}

// "Python, Scala, or Java" and "such as X, Y" are alternatives; "PostgreSQL and Redis" needs both, and so does
// "Python and experience with AWS". Skills joined by neither ("data-intensive solutions using distributed
// systems") describe one subject and are read as alternatives: either shows it.
function isAnyOf(text: string, all: readonly SkillMention[]): boolean {
  // "Kubernetes (k8s) and Docker": a skill named twice in a row is one item of the list.
  const mentions: SkillMention[] = [];
  for (const m of all) {
    const last = mentions[mentions.length - 1];
    if (last && last.name === m.name) mentions[mentions.length - 1] = { ...last, end: m.end };
    else if (!mentions.some((x) => x.name === m.name)) mentions.push(m);
  }
  if (ANY_OF.test(text.slice(0, mentions[0]!.start + 1))) return true;
  const gaps = mentions.slice(1).map((m, i) => text.slice(mentions[i]!.end, m.start).toLowerCase());
  if (gaps.some((g) => /\bor\b|\//.test(g))) return true;
  return !gaps.some((g) => /\band\b|&/.test(g));
}

function readDegree(text: string, kb: Knowledge): DegreeRequirement | undefined {
  const degrees = findDegrees(text, kb);
  const level = lowestLevel(degrees.map((d) => d.level));
  if (!level) return undefined;
  // "B.S. or B.A. in Economics": degree names (and their dots) are cut out before the fields are read.
  let after = '';
  let from = degrees[0]!.end;
  for (const d of degrees.slice(1)) {
    after += text.slice(from, d.start).replace(/^\./, '') + 'degree';
    from = d.end;
  }
  after += text.slice(from).replace(/^\./, '');
  const { fields, orRelated } = readFields(after);
  return { level, fields, orRelated, orEquivalentExperience: EQUIVALENT_EXPERIENCE.test(text) };
}

// " in computer science, electrical engineering, mathematics, or similar field" →
// fields [computer science, electrical engineering, mathematics], orRelated. The "in" must follow the
// degree: "Bachelor's degree plus 3 years of experience in operations" names no field.
function readFields(after: string): { fields: string[]; orRelated: boolean } {
  const start = /^(?:[\s./,]|\bor\b|\band\b|\bdegree\b|\babove\b|\bhigher\b)*/i.exec(after)![0].length;
  const m = /^(?:\([\w.]{1,10}\)\s*)*(?:in|of)\s+(?:a |an |the )?([^.;()]+)/i.exec(after.slice(start));
  if (!m) return { fields: [], orRelated: false };
  const clause = m[1]!.split(/\b(?:or|and) (?:equivalent|comparable)\b|\bpreferred\b|\brequired\b|\bwith\b|\bfrom\b|\bplus\b|\band \d/i)[0]!;
  const fields: string[] = [];
  let orRelated = false;
  for (const raw of clause.split(/,|\/|\bor\b|\band\/or\b/i)) {
    const item = raw.replace(/^\s*(?:and|a|an|the)\s+/i, '').trim().toLowerCase();
    if (!item) continue;
    const known = findFields(item);
    if (RELATED_WORDS_RE.test(item)) {
      orRelated = true;
      const core = item.replace(RELATED_WORDS_RE, '').replace(/\b(?:fields?|disciplines?|areas?|subjects?|degrees?)\b/g, '').trim();
      if (known.length || (core && core.split(/\s+/).length <= 2)) fields.push(...(known.length ? known : [core]).filter((f) => !fields.includes(f)));
      continue;
    }
    if (known.length) fields.push(...known.filter((f) => !fields.includes(f)));
    // An unknown field of a few words ("Public Policy"), never a phrase about experience.
    else if (item.split(/\s+/).length <= 3 && !/\d|\b(?:experience|years?|degree|knowledge|skills?)\b/.test(item)) {
      fields.push(item.replace(/\s+(?:fields?|disciplines?)$/, ''));
    }
  }
  return { fields, orRelated };
}
