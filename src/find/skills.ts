// Finds the skills named in a piece of text, applying the guards of ambiguous names.
import type { Knowledge } from '../knowledge/index';
import { ACRONYM_PARTS, COLLEAGUE_CUES, COLLEAGUE_ROLES, LANGUAGE_CUES, SKILL_CONTEXT_CUES, SKILL_LIST_JOINERS, TWO_SENSES, WORD_USES, WORDS_AFTER, WORDS_BEFORE } from '../knowledge/skill-context';
import { isTitleWord } from './titles';
import type { Token } from '../text/tokenize';
import { splitSentences } from '../text/segment';
import { ALNUM, LETTER, UPPER } from '../text/regex';
import { tokenize } from '../text/tokenize';

export interface SkillMention {
  name: string;
  /** The words as written ("k8s" for Kubernetes). */
  text: string;
  start: number;
  end: number;
  /** The name needed a context to count ("Go", "Spark"). */
  guarded: boolean;
}

export interface FindOptions {
  /** The text is a list of skills (a Skills section, a posting's skill list): guarded names count. */
  list?: boolean;
}

const CUES = new Set(SKILL_CONTEXT_CUES);
const LANGUAGE_CUE_SET = new Set(LANGUAGE_CUES);
const JOINERS = new Set(SKILL_LIST_JOINERS);
const PEOPLE = new Set(COLLEAGUE_ROLES);
const COLLEAGUES = new Set(COLLEAGUE_CUES);

export function findSkills(text: string, kb: Knowledge, options: FindOptions = {}): SkillMention[] {
  const tokens = tokenize(text);
  const hits = options.list ? findInList(text, tokens, kb) : kb.skillIndex.find(text, tokens, { joiners: JOINERS });
  const spoken = (skill: number) => kb.skills[skill]!.category === 'spoken-language';
  const languages = !options.list && hits.some((h) => spoken(h.value.skill));
  const guarded = !options.list && (languages || hits.some((h) => h.value.needsContext));
  // Only a hit on a skill with another sense can have one: a look-up by number before any text work.
  const twoSensed = twoSensedSkills(kb);
  const senseOf = (h: { text: string; value: { skill: number } }) => {
    const word = h.text.toLowerCase();
    return twoSensed.has(h.value.skill) && Object.hasOwn(TWO_SENSES, word) ? TWO_SENSES[word] : undefined;
  };
  const senses = hits.some((h) => senseOf(h));
  // Per sentence, how many technical hits it has, in all and of each skill: a guarded name looks up whether
  // another skill stands beside it in constant time, so a long text costs linear time.
  const starts = guarded || senses ? splitSentences(text).map((s) => s.offset) : [];
  const sentenceOf = (at: number) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (starts[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  };
  const technical = new Map<number, number>();
  const ofSkill = new Map<string, number>();
  if (guarded) {
    for (const h of hits) {
      // A soft skill ("mentoring") does not vouch for a technical one ("Spark joy … through mentoring").
      if (kb.skills[h.value.skill]!.category === 'soft') continue;
      const at = sentenceOf(h.start);
      technical.set(at, (technical.get(at) ?? 0) + 1);
      ofSkill.set(`${at}:${h.value.skill}`, (ofSkill.get(`${at}:${h.value.skill}`) ?? 0) + 1);
    }
  }
  // For a word of two senses ("EMR"): per sentence, the skills there and those they show, and whether one is in
  // healthcare.
  const shown = new Map<number, Set<string>>();
  const clinical = new Set<number>();
  if (senses) {
    for (const h of hits) {
      const at = sentenceOf(h.start);
      const s = kb.skills[h.value.skill]!;
      const set = shown.get(at) ?? shown.set(at, new Set()).get(at)!;
      if (senseOf(h)) continue;
      set.add(s.name);
      for (const broader of s.implies) set.add(broader);
      if (s.category === 'healthcare') clinical.add(at);
    }
  }
  const softwareSense = (sense: NonNullable<ReturnType<typeof senseOf>>, at: number) => !clinical.has(at) && sense.beside.some((b) => shown.get(at)?.has(b));
  // Sentences with a language cue ("fluent", "bilingual"): a language's name counts only in one of them.
  const cued = new Set(languages ? tokens.filter((t) => LANGUAGE_CUE_SET.has(t.lower)).map((t) => sentenceOf(t.start)) : []);
  const mentions: SkillMention[] = [];
  for (const hit of hits) {
    const { skill, needsContext } = hit.value;
    if (languages && spoken(skill) && !cued.has(sentenceOf(hit.start))) continue;
    if (!options.list && plainWordUse(text, tokens, hit)) continue;
    // "spark curiosity", "React quickly", "a Go-to person": a guarded name needs another skill in its
    // sentence, a list, a cue ("experience with"), or to stand capitalised inside a sentence.
    if (needsContext && !options.list) {
      if (hit.partOfCompound && /-/.test(text.slice(hit.start - 1, hit.end + 1))) continue;
      const own = sentenceOf(hit.start);
      const beside = (technical.get(own) ?? 0) > (ofSkill.get(`${own}:${skill}`) ?? 0);
      // "Promoted to Chef": a title word's capital makes it a title, not a name.
      const named = midSentence(text, hit.start) && !inTitle(text, hit.start, hit.end) && !isTitleWord(hit.text);
      if (!beside && !hasCue(tokens, hit.token) && !named) continue;
    }
    if (!options.list && namesColleagues(text, tokens, hit)) continue;
    const sense = senseOf(hit);
    const name = sense ? (softwareSense(sense, sentenceOf(hit.start)) ? sense.technical : sense.otherwise) : kb.skills[skill]!.name;
    if (name) mentions.push({ name, text: hit.text, start: hit.start, end: hit.end, guarded: needsContext });
  }
  return mentions;
}

const twoSensedCache = new WeakMap<Knowledge, Set<number>>();
/** The skills that a word of two senses (TWO_SENSES) names when software is not beside it, by index. */
function twoSensedSkills(kb: Knowledge): Set<number> {
  let set = twoSensedCache.get(kb);
  if (!set) {
    set = new Set(Object.values(TWO_SENSES).flatMap((sense) => kb.byName.get(sense.otherwise) ?? []));
    twoSensedCache.set(kb, set);
  }
  return set;
}

// "aws, gcp, sql, react", "typescript javascript node.js react go": in a line that is nothing but names, a name
// written in small letters is still the name. A line with other words keeps the case guard: "react quickly
// to change" in a Skills section is no React.
function findInList(text: string, tokens: Token[], kb: Knowledge) {
  const exact = kb.skillIndex.find(text, tokens, { joiners: JOINERS });
  // Only a word that starts a case-sensitive name can make a difference: outside the names found, or a part of a
  // compound of which another part was found ("swift/objective-c").
  const compound = (t: Token) => t.text.includes('/') || t.text.includes('-');
  const mayChange = (t: Token) =>
    compound(t) ? t.text.split(/[/-]/).some((part) => part && kb.skillIndex.startsCaseSensitive(part)) : kb.skillIndex.startsCaseSensitive(t.lower);
  if (!outside(tokens, exact).some(mayChange) && !tokens.some((t) => compound(t) && mayChange(t))) return exact;
  const loose = kb.skillIndex.find(text, tokens, { joiners: JOINERS, anyCase: true });
  if (loose.length === exact.length && loose.every((hit, i) => hit.start === exact[i]!.start && hit.end === exact[i]!.end)) return exact;
  const out: typeof exact = [];
  // Tokens and hits come in text order: one cursor each walks them line by line.
  let t = 0;
  let e = 0;
  let l = 0;
  let from = 0;
  for (const line of text.split('\n')) {
    const to = from + line.length;
    const upTo = <T extends { start: number }>(list: readonly T[], at: number) => {
      while (at < list.length && list[at]!.start < to) at++;
      return at;
    };
    const [t0, e0, l0] = [t, e, l];
    [t, e, l] = [upTo(tokens, t), upTo(exact, e), upTo(loose, l)];
    const looseHits = loose.slice(l0, l);
    for (const h of namesOnly(line, from, tokens.slice(t0, t), looseHits) ? looseHits : exact.slice(e0, e)) out.push(h);
    from = to + 1;
  }
  return out;
}

/** Every word of the line, after a short label ("Skills:"), is inside a name, bar joiners and numbers. */
function namesOnly(line: string, offset: number, tokens: readonly Token[], hits: readonly { start: number; end: number }[]): boolean {
  const colon = line.indexOf(':');
  const labelEnd = colon >= 0 && tokens.filter((t) => t.start < offset + colon).length <= 3 ? offset + colon : -1;
  const words = tokens.filter((t) => t.start > labelEnd && !JOINERS.has(t.lower) && !/^[\d.]+$/.test(t.text));
  return words.length > 0 && outside(words, hits).length === 0;
}

/** The tokens that no hit overlaps; both lists in text order, walked with one cursor each. */
function outside(tokens: readonly Token[], hits: readonly { start: number; end: number }[]): Token[] {
  let h = 0;
  return tokens.filter((t) => {
    while (h < hits.length && hits[h]!.end <= t.start) h++;
    return h === hits.length || hits[h]!.start >= t.end;
  });
}

const STARTS_UPPER = new RegExp(`^[${UPPER}]`);
const WORD_BEFORE = new RegExp(`([${LETTER}]+)\\s+$`);
const WORD_AFTER = new RegExp(`^\\s+([${LETTER}]+)`);
const NOT_WORDING = new RegExp(`[^${ALNUM}+#]`, 'g');
const PLURAL_END = new RegExp(`(?<=[${LETTER}]{3})(?:es|s)$`);

// "Ran Spark jobs on EMR": a capitalised name inside a sentence is a name; "React quickly to…" at the start is
// a verb (guarded names are case-sensitive, so "spark curiosity" never gets here).
function midSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return i >= 0 && !/[.!?:;•*–-]/.test(text[i]!) && STARTS_UPPER.test(text[start] ?? '');
}

// "Principal Cloud Architect", "Spark Joy Awards": between two capitalised words the name is part of a title.
function inTitle(text: string, start: number, end: number): boolean {
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1];
  const after = WORD_AFTER.exec(text.slice(end, end + 40))?.[1];
  return !!before && !!after && STARTS_UPPER.test(before) && STARTS_UPPER.test(after);
}

// "work closely with data scientists", "our team of DevOps engineers": a plural role after a colleague cue names
// other people. "looking for DevOps engineers" and "3 years as a data scientist" name the candidate.
function namesColleagues(text: string, tokens: readonly Token[], hit: { text: string; token: number; end: number }): boolean {
  const last = /\S+$/.exec(hit.text)![0].toLowerCase();
  // The token after the name: a few steps from its first token, not a search from the text's start.
  let after = hit.token;
  while (after < tokens.length && tokens[after]!.start < hit.end) after++;
  const next = tokens[after];
  const plural = (word: string) => word.length > 3 && word.endsWith('s') && PEOPLE.has(word.slice(0, -1));
  const role = plural(last) || (!!next && plural(next.lower) && spacedOnly(text, hit.end, next.start));
  if (!role) return false;
  for (let i = hit.token - 1; i >= Math.max(0, hit.token - 6); i--) {
    if (/[.!?;:]/.test(text.slice(tokens[i]!.end, tokens[i + 1]!.start))) return false;
    const word = tokens[i]!.lower;
    if (COLLEAGUES.has(word) || (i > 0 && COLLEAGUES.has(`${tokens[i - 1]!.lower} ${word}`))) return true;
  }
  return false;
}

// "Excel in a fast-paced team", "usage statistics", "sales forecasting", "R & D": the name's word used as a plain
// word, by the words around it (src/knowledge/skill-context.ts). A word it qualifies or that qualifies it decides
// (WORDS_AFTER, WORDS_BEFORE); for a verb (WORD_USES), a cue before it ("experience with React to build UIs") or a
// capital inside a sentence ("We use React to build…") keeps the name.
function plainWordUse(text: string, tokens: readonly Token[], hit: { text: string; token: number; start: number; end: number; partOfCompound: boolean }): boolean {
  const word = hit.text.toLowerCase();
  const next = tokens[hit.token + 1];
  const before = tokens[hit.token - 1];
  // "R & D": one letter of an acronym written with spaces.
  if (next && listed(ACRONYM_PARTS, word, next.lower) && /^\s*&\s*$/.test(text.slice(hit.end, next.start))) return true;
  if (hit.partOfCompound) return false;
  if (next && listed(WORDS_AFTER, word, next.lower) && spacedOnly(text, hit.end, next.start)) return true;
  if (before && listed(WORDS_BEFORE, word, before.lower) && spacedOnly(text, before.end, hit.start)) return true;
  if (!next || !listed(WORD_USES, word, next.lower)) return false;
  return !hasCue(tokens, hit.token) && !(midSentence(text, hit.start) && !inTitle(text, hit.start, hit.end));
}

/** Only spaces or tabs, at least one, between two words: "sales forecasting", not "sales, forecasting". */
const spacedOnly = (text: string, from: number, to: number) => to > from && /^[ \t]+$/.test(text.slice(from, to));

/** Whether a word list keyed by name holds the word; "constructor" and the like are never keys. */
const listed = (lists: Readonly<Record<string, readonly string[]>>, name: string, word: string) => Object.hasOwn(lists, name) && lists[name]!.includes(word);

function hasCue(tokens: readonly Token[], at: number): boolean {
  for (let i = Math.max(0, at - 3); i < at; i++) if (CUES.has(tokens[i]!.lower)) return true;
  return false;
}

/** Names of the skills, deduplicated, in order of first mention. */
export const skillNames = (mentions: readonly SkillMention[]): string[] => [...new Set(mentions.map((m) => m.name))];

/**
 * Whether two spellings of one skill are the same wording, give or take case, punctuation, spacing and a plural:
 * "Node.js" and "NodeJS", "REST API" and "REST APIs" are; "k8s" and "Kubernetes" are not. A report can suggest the
 * posting's wording when a résumé shows a skill under another one (a wording gap, not a real gap).
 */
export function sameWording(a: string, b: string): boolean {
  const plain = (s: string) => s.toLowerCase().replace(NOT_WORDING, '').replace(PLURAL_END, '');
  return plain(a) === plain(b);
}
