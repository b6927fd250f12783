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

interface Candidate<T> {
  keys: string[];
  surfaces: string[];
  value: T;
  caseSensitive: boolean;
}

const keyOf = (word: string) => word.toLowerCase().replace(/’/g, "'");

export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, Candidate<T>[]>();

  constructor(entries: Iterable<PhraseEntry<T>>) {
    for (const entry of entries) this.add(entry);
  }

  add(entry: PhraseEntry<T>): void {
    const tokens = tokenize(entry.phrase);
    const first = tokens[0];
    if (!first) return;
    const candidate: Candidate<T> = {
      keys: tokens.map((t) => keyOf(t.text)),
      surfaces: tokens.map((t) => t.text),
      value: entry.value,
      caseSensitive: entry.caseSensitive ?? false,
    };
    const key = keyOf(first.text);
    const list = this.byFirst.get(key);
    if (list) list.push(candidate);
    else this.byFirst.set(key, [candidate]);
  }

  /** Left-to-right, longest match first, no overlaps. */
  find(text: string, tokens: Token[] = tokenize(text)): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    let i = 0;
    while (i < tokens.length) {
      const found = this.matchAt(text, tokens, i);
      if (found) {
        hits.push(found.hit);
        i += found.length;
        continue;
      }
      const token = tokens[i]!;
      // "Python/Scala", "React-based": the compound is no name, its parts may be.
      if (/[/\-]/.test(token.text)) {
        const parts = splitCompound(token);
        const found = parts.map((_, p) => this.matchAt(text, parts, p, true));
        // "TS/SCI" is a clearance, not TypeScript: a short case-sensitive part counts only when every part
        // of the compound is a name ("R/Python", "C/C++").
        const allNamed = found.every(Boolean);
        for (const part of found) {
          if (!part || (!allNamed && part.caseSensitive && part.hit.text.length <= 2)) continue;
          hits.push({ ...part.hit, partOfCompound: true, token: i });
        }
      }
      i += 1;
    }
    return hits;
  }

  private matchAt(
    text: string,
    tokens: Token[],
    i: number,
    singleOnly = false,
  ): { hit: PhraseHit<T>; length: number; caseSensitive: boolean } | undefined {
    const token = tokens[i]!;
    const key = keyOf(token.text);
    let candidates = this.byFirst.get(key);
    let plural = false;
    // "APIs", "LLMs", "data pipelines": a plain plural of a one-word name.
    if (!candidates && key.length > 3 && key.endsWith('s')) {
      candidates = this.byFirst.get(key.slice(0, -1));
      plural = true;
    }
    if (!candidates) return undefined;
    let best: Candidate<T> | undefined;
    for (const candidate of candidates) {
      const n = candidate.keys.length;
      if (singleOnly && n > 1) continue;
      if (plural && (n > 1 || candidate.caseSensitive)) continue;
      if (best && best.keys.length >= n) continue;
      if (this.matches(text, tokens, i, candidate, plural)) best = candidate;
    }
    if (!best) return undefined;
    const last = tokens[i + best.keys.length - 1]!;
    return {
      hit: { value: best.value, start: token.start, end: last.end, text: text.slice(token.start, last.end), partOfCompound: false, token: i },
      length: best.keys.length,
      caseSensitive: best.caseSensitive,
    };
  }

  private matches(text: string, tokens: Token[], i: number, candidate: Candidate<T>, plural: boolean): boolean {
    const n = candidate.keys.length;
    if (i + n > tokens.length) return false;
    for (let j = 0; j < n; j++) {
      const token = tokens[i + j]!;
      if (j > 0 && !/^ +$/.test(text.slice(tokens[i + j - 1]!.end, token.start))) return false;
      if (candidate.caseSensitive) {
        if (token.text !== candidate.surfaces[j]) return false;
        continue;
      }
      const key = keyOf(token.text);
      if (j === 0 && (plural || key === candidate.keys[0])) continue;
      // The last word of a phrase may be inflected: "data pipelines", "feature engineered".
      if (j === n - 1 && n > 1 ? stem(key) !== stem(candidate.keys[j]!) : key !== candidate.keys[j]) return false;
    }
    return true;
  }
}
