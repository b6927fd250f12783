// A phrase index over tokens: the fast way to find thousands of names (skills, degrees, topics) in a text,
// one map look-up per token instead of one regular expression per name.
import { stem } from './stem';
import { splitCompound, tokenize, type Token } from './tokenize';

export interface PhraseEntry<T> {
  phrase: string;
  value: T;
  /** Match only the exact spelling ("Go", "R", "Excel"), never "go", "r", "excel". */
  caseSensitive?: boolean;
}

export interface PhraseHit<T> {
  value: T;
  /** Character offsets in the text searched. */
  start: number;
  end: number;
  /** The words matched, as written. */
  text: string;
  /** True when the hit is one part of a compound token ("Python" in "Python/Scala"). */
  partOfCompound: boolean;
  /** Index of the hit's first token in the tokens searched. */
  token: number;
}

/**
 * Phrases compiled ahead of time, grouped by first word (lower case): `words` the first words, sorted in
 * code-unit order and joined by "~"; `groups` each word's phrases in the same order, joined by "^", a phrase
 * being "words as written joined by a space|value|flags" (flag 1: case-sensitive), phrases joined by "~".
 * A lookup is a binary search; a word's phrases are unpacked the first time a text uses it.
 */
export interface CompiledGroups {
  words: string;
  groups: string;
}

export interface FindOptions {
  /**
   * Words that join a list whose last item is a phrase: "written and oral communication" also names
   * "written communication", "unit, integration and load testing" names three kinds of testing.
   */
  joiners?: ReadonlySet<string>;
  /**
   * Case-sensitive names match in any case ("aws, gcp, react" in a list of names). The caller decides where a
   * text is such a list: in prose "react" and "go" are verbs.
   */
  anyCase?: boolean;
}

interface Candidate<T> {
  keys: string[];
  surfaces: string[];
  value: T;
  caseSensitive: boolean;
}

interface Match<T> {
  candidate: Candidate<T>;
  length: number;
}

const keyOf = (word: string) => {
  const lower = word.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
};
/** A token's key, from the lower case the tokenizer already made. */
const tokenKey = (token: Token) => (token.lower.includes('’') ? token.lower.replace(/’/g, "'") : token.lower);
/** Whether text[from, to) is one or more spaces, without cutting a string: called for every pair of tokens. */
function spaces(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) !== 32) return false;
  return true;
}

/** ", " or " " or "," followed by spaces: what separates the items of a list. */
function listGap(text: string, from: number, to: number): 'comma' | 'space' | undefined {
  if (to > from && text.charCodeAt(from) === 44) return to === from + 1 || spaces(text, from + 1, to) ? 'comma' : undefined;
  return spaces(text, from, to) ? 'space' : undefined;
}

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Candidate<T>[] | null>();
  private compiled: CompiledGroups | undefined;
  private words: string[] | undefined;
  private groups: string[] | undefined;
  private decode: ((value: number, flags: number) => T) | undefined;

  constructor(entries: Iterable<PhraseEntry<T>> = []) {
    for (const entry of entries) this.add(entry);
  }

  /** An index over compiled phrases; a group becomes candidates the first time a text uses its first word. */
  static fromCompiled<T>(groups: CompiledGroups, decode: (value: number, flags: number) => T): PhraseIndex<T> {
    const index = new PhraseIndex<T>();
    index.compiled = groups;
    index.decode = decode;
    return index;
  }

  add(entry: PhraseEntry<T>): void {
    const tokens = tokenize(entry.phrase);
    if (!tokens[0]) return;
    this.push({
      keys: tokens.map((t) => keyOf(t.text)),
      surfaces: tokens.map((t) => t.text),
      value: entry.value,
      caseSensitive: entry.caseSensitive ?? false,
    });
  }

  private push(candidate: Candidate<T>): void {
    const list = this.candidates(candidate.keys[0]!);
    if (list) list.push(candidate);
    else this.byFirst.set(candidate.keys[0]!, [candidate]);
  }

  /** Whether a case-sensitive name starts with this word ("go", "aws"): only then can `anyCase` find more. */
  startsCaseSensitive(word: string): boolean {
    const key = keyOf(word);
    const some = (k: string) => this.candidates(k)?.some((c) => c.caseSensitive) ?? false;
    return some(key) || (key.length > 3 && key.endsWith('s') && some(key.slice(0, -1)));
  }

  private candidates(key: string): Candidate<T>[] | undefined {
    let list = this.byFirst.get(key);
    if (list === undefined) {
      list = null;
      const group = this.compiledGroup(key);
      if (group) {
        list = group.split('~').map((entry) => {
          const [phrase, value, flags] = entry.split('|');
          const surfaces = phrase!.split(' ');
          return { keys: surfaces.map(keyOf), surfaces, value: this.decode!(Number(value), Number(flags)), caseSensitive: (Number(flags) & 1) === 1 };
        });
      }
      this.byFirst.set(key, list);
    }
    return list ?? undefined;
  }

  private compiledGroup(key: string): string | undefined {
    if (!this.compiled) return undefined;
    this.words ??= this.compiled.words ? this.compiled.words.split('~') : [];
    this.groups ??= this.compiled.groups ? this.compiled.groups.split('^') : [];
    const words = this.words;
    let lo = 0;
    let hi = words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (words[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    return words[lo] === key ? this.groups[lo] : undefined;
  }

  /** Left-to-right, longest match first, no overlaps. */
  find(text: string, tokens: Token[] = tokenize(text), options: FindOptions = {}): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    const spaced = (list: readonly Token[]) => (j: number) => spaces(text, list[j - 1]!.end, list[j]!.start);
    const gap = spaced(tokens);
    const anyCase = options.anyCase ?? false;
    let i = 0;
    while (i < tokens.length) {
      const found = this.matchAt(tokens, i, gap, anyCase);
      if (found) {
        hits.push(hit(text, tokens, i, found, false, i));
        i += found.length;
        continue;
      }
      if (options.joiners) {
        const next = this.splitList(text, tokens, i, options.joiners, gap, hits, anyCase);
        if (next > i) {
          i = next;
          continue;
        }
      }
      const token = tokens[i]!;
      // "Python/Scala", "React-based", "amazon-web-services": the compound is no name, its parts may be,
      // and parts joined by hyphens may spell a longer name.
      if (/[/\-]/.test(token.text)) {
        const parts = splitCompound(token);
        const joined = (j: number) => text.slice(parts[j - 1]!.end, parts[j]!.start) === '-';
        const partHits: { found: Match<T>; at: number }[] = [];
        for (let p = 0; p < parts.length; ) {
          const part = this.matchAt(parts, p, joined, anyCase);
          if (part) partHits.push({ found: part, at: p });
          p += part?.length ?? 1;
        }
        // "TS/SCI" is a clearance, not TypeScript: a short case-sensitive part counts only when every part
        // of the compound is a name ("R/Python", "C/C++").
        const allNamed = partHits.reduce((n, h) => n + h.found.length, 0) === parts.length;
        for (const { found, at } of partHits) {
          if (!allNamed && found.candidate.caseSensitive && found.length === 1 && parts[at]!.text.length <= 2) continue;
          hits.push(hit(text, parts, at, found, true, i));
        }
      }
      i += 1;
    }
    return hits;
  }

  /**
   * "written and oral communication", "unit, integration and load testing": single words listed before a
   * phrase share its last words. Each listed word that makes a known phrase with them is a hit spanning from
   * the word to the end of the phrase. Returns the index of the phrase's first token, or `at` when no list.
   */
  private splitList(text: string, tokens: Token[], at: number, joiners: ReadonlySet<string>, gap: (j: number) => boolean, hits: PhraseHit<T>[], anyCase: boolean): number {
    const items = [at];
    let k = at + 1;
    while (k < tokens.length && items.length <= 4) {
      const between = listGap(text, tokens[k - 1]!.end, tokens[k]!.start);
      if (between && joiners.has(tokens[k]!.lower) && k + 1 < tokens.length && spaces(text, tokens[k]!.end, tokens[k + 1]!.start)) break;
      if (between !== 'comma') return at;
      items.push(k);
      k += 1;
    }
    const last = k + 1;
    if (last >= tokens.length) return at;
    const phrase = this.matchAt(tokens, last, gap, anyCase);
    if (!phrase || phrase.length < 2) return at;
    const rest = tokens.slice(last + 1, last + phrase.length);
    const found: PhraseHit<T>[] = [];
    for (const item of items) {
      const virtual = [tokens[item]!, ...rest];
      // virtual[j] is tokens[last + j] for j ≥ 1: the gaps inside the shared words are the text's own.
      const match = this.matchAt(virtual, 0, (j) => j === 1 || gap(last + j), anyCase);
      if (!match || match.length !== virtual.length) continue;
      const end = tokens[last + phrase.length - 1]!.end;
      found.push({ value: match.candidate.value, start: tokens[item]!.start, end, text: text.slice(tokens[item]!.start, end), partOfCompound: false, token: item });
    }
    if (!found.length) return at;
    hits.push(...found);
    return last;
  }

  private matchAt(tokens: readonly Token[], i: number, gap: (j: number) => boolean, anyCase: boolean): Match<T> | undefined {
    const token = tokens[i]!;
    const key = tokenKey(token);
    let candidates = this.candidates(key);
    let plural = false;
    // "APIs", "LLMs", "data pipelines": a plain plural of a one-word name.
    if (!candidates && key.length > 3 && key.endsWith('s')) {
      candidates = this.candidates(key.slice(0, -1));
      plural = true;
    }
    if (!candidates) return undefined;
    let best: Candidate<T> | undefined;
    let bestExact = false;
    for (const candidate of candidates) {
      const n = candidate.keys.length;
      if (plural && n > 1) continue;
      const caseSensitive = candidate.caseSensitive && !anyCase;
      // A case-sensitive name takes a plural only as an acronym written with a small s: "APIs", "EHRs".
      if (plural && caseSensitive && !(/^[A-Z]{2,}$/.test(candidate.surfaces[0]!) && token.text === `${candidate.surfaces[0]}s`)) continue;
      if (best && (best.keys.length > n || (best.keys.length === n && bestExact))) continue;
      if (!this.matches(tokens, i, candidate, plural, gap, caseSensitive)) continue;
      // Of two names of one length, the one written exactly beats the inflected one: "electronic medical records"
      // is that spelling, not "electronic medical record" in the plural.
      const exact = !plural && candidate.keys.every((k, j) => k === tokenKey(tokens[i + j]!));
      if (!best || best.keys.length < n || exact) {
        best = candidate;
        bestExact = exact;
      }
    }
    return best && { candidate: best, length: best.keys.length };
  }

  private matches(tokens: readonly Token[], i: number, candidate: Candidate<T>, plural: boolean, gap: (j: number) => boolean, caseSensitive: boolean): boolean {
    const n = candidate.keys.length;
    if (i + n > tokens.length) return false;
    for (let j = 0; j < n; j++) {
      const token = tokens[i + j]!;
      if (j > 0 && !gap(i + j)) return false;
      if (caseSensitive && !plural) {
        if (token.text !== candidate.surfaces[j]) return false;
        continue;
      }
      const key = tokenKey(token);
      if (j === 0 && (plural || key === candidate.keys[0])) continue;
      // The last word of a phrase may be inflected: "data pipelines", "feature engineered".
      const want = candidate.keys[j]!;
      if (key === want) continue;
      // Stemming keeps a word's first two letters, so words that differ there never share a stem.
      if (j !== n - 1 || n === 1 || key.charCodeAt(0) !== want.charCodeAt(0) || key.charCodeAt(1) !== want.charCodeAt(1) || stem(key) !== stem(want)) return false;
    }
    return true;
  }
}

function hit<T>(text: string, tokens: readonly Token[], i: number, found: Match<T>, partOfCompound: boolean, token: number): PhraseHit<T> {
  const first = tokens[i]!;
  const last = tokens[i + found.length - 1]!;
  return { value: found.candidate.value, start: first.start, end: last.end, text: text.slice(first.start, last.end), partOfCompound, token };
}
