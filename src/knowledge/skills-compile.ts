// Compiles skill data (hand-written and generated) into the form fitscore loads: spellings grouped by first
// word, with their guard flags, and every skill's broader skills closed transitively. The build runs this once
// and inlines the result (scripts/build-knowledge.mjs); tests and a user's --skills file run it directly.
import { stem } from '../text/stem';
import { tokenize } from '../text/tokenize';
import type { CompiledSkills, SkillData } from './schema';

/** Phrase flags: only as written; only with a technical context; a guarded alias ("Torch"), guarded whatever the skill's guard. */
export const CASE = 1;
export const CONTEXT = 2;
export const GUARDED_ALIAS = 4;

// A programming language shows programming: "4 years of programming in Python" is met by Python.
export const CATEGORY_IMPLIES: Readonly<Record<string, readonly string[]>> = { language: ['Programming'] };

const keyOf = (phrase: string) => phrase.toLowerCase().replace(/’/g, "'");

/**
 * Hand-written skills first, then the generated ones, which never override them: a generated skill with a
 * hand-written name only adds its spellings to it, and a generated spelling a hand-written skill already has is
 * dropped ("Oracle Java" joins Java; a generated "Epic" never takes "Epic" from Electronic Health Records).
 */
export function mergeSkills(hand: readonly SkillData[], generated: readonly SkillData[]): SkillData[] {
  const merged = hand.map((s) => ({ ...s }));
  const index = new Map(merged.map((s, i) => [s.name.toLowerCase(), i]));
  // Inflections collide too: a generated "Electronic medical record" is the hand-written "electronic medical records".
  const loose = (spelling: string) => {
    const words = tokenize(spelling).map((t) => keyOf(t.text));
    if (words.length > 1) words[words.length - 1] = stem(words.at(-1)!);
    return words.join(' ');
  };
  const taken = new Set(hand.flatMap((s) => [s.name, ...(s.aliases ?? []), ...(s.guardedAliases ?? []), ...(s.unguardedAliases ?? [])].map(loose)));
  for (const g of generated) {
    const spellings = [g.name, ...(g.aliases ?? [])].filter((a) => !taken.has(loose(a)));
    const own = index.get(g.name.toLowerCase());
    if (own !== undefined) {
      const target = merged[own]!;
      if (spellings.length) target.aliases = [...(target.aliases ?? []), ...spellings];
    } else if (spellings.includes(g.name)) {
      const aliases = spellings.filter((a) => a !== g.name);
      const { aliases: _, ...rest } = g;
      index.set(g.name.toLowerCase(), merged.length);
      merged.push(aliases.length ? { ...rest, aliases } : rest);
    } else continue;
    for (const a of spellings) taken.add(loose(a));
  }
  return merged;
}

/**
 * Whether a one-word spelling can be an ordinary word, so that the skill's guard binds it: "Spark", "Go", "cloud",
 * "ELT". Spellings with a digit, punctuation or an inner capital are never words ("Node.js", "HTML5", "ReactJS",
 * "PySpark", "k8s"), so "reactjs" and "node.js" count however they are cased.
 */
export const isPlainWord = (spelling: string): boolean => /^[A-Za-z]+$/.test(spelling) && !/[a-z][A-Z]/.test(spelling);

export function guardFlags(tokens: readonly string[], guard: SkillData['guard']): number {
  if (tokens.length !== 1 || !isPlainWord(tokens[0]!)) return 0;
  return (guard?.case ? CASE : 0) | (guard?.context ? CONTEXT : 0);
}

/** "Node.js" → "Nodejs", "Node js"; "scikit-learn" → "scikitlearn", "scikit learn": the ways people write them. */
export function punctuationVariants(tokens: readonly string[]): string[][] {
  const at = tokens.findIndex((t) => /[\p{L}\p{N}][.-][\p{L}\p{N}]/u.test(t));
  if (at < 0) return [];
  const token = tokens[at]!;
  const joined = token.replace(/(?<=[\p{L}\p{N}])[.-](?=[\p{L}\p{N}])/gu, '');
  const spaced = token.split(/(?<=[\p{L}\p{N}])[.-](?=[\p{L}\p{N}])/u);
  return [
    [...tokens.slice(0, at), joined, ...tokens.slice(at + 1)],
    [...tokens.slice(0, at), ...spaced, ...tokens.slice(at + 1)],
  ];
}

/** One spelling of a skill, unpacked: the words as written joined by a space, the skill, its guard flags. */
export type Phrase = [phrase: string, skill: number, flags: number];

export function compileSkills(skills: readonly SkillData[]): CompiledSkills {
  const byName = new Map<string, number>();
  skills.forEach((s, i) => byName.set(s.name, i));
  const direct = skills.map((s) =>
    [...new Set([...(s.implies ?? []), ...(CATEGORY_IMPLIES[s.category] ?? [])])].filter((n) => byName.has(n) && n !== s.name).map((n) => byName.get(n)!),
  );
  const categories = [...new Set(skills.map((s) => s.category))].sort(compare);
  const implies: Record<string, number[]> = {};
  const guards: Record<string, number> = {};
  skills.forEach((s, i) => {
    // Breadth-first, so that each broader skill keeps its closest distance: Python shows Programming in one step.
    const depth = new Map<number, number>();
    let frontier = direct[i]!;
    for (let d = 1; frontier.length; d++) {
      const next: number[] = [];
      for (const j of frontier) {
        if (depth.has(j) || j === i) continue;
        depth.set(j, d);
        next.push(...direct[j]!);
      }
      frontier = next;
    }
    if (depth.size) implies[i] = [...depth].sort((a, b) => compare(skills[a[0]]!.name, skills[b[0]]!.name)).flat();
    const guard = (s.guard?.case ? CASE : 0) | (s.guard?.context ? CONTEXT : 0);
    if (guard) guards[i] = guard;
  });

  // Spellings: each lower-case key belongs to one skill, the first that names it (hand-written skills come
  // first); a skill's own duplicates keep the loosest guard ("TypeScript" unguarded beats "Typescript").
  const owner = new Map<string, Phrase>();
  const add = (tokens: readonly string[], skill: number, flags: number) => {
    if (!tokens.length) return;
    const phrase = tokens.join(' ');
    const key = keyOf(phrase);
    const existing = owner.get(key);
    if (!existing) owner.set(key, [phrase, skill, flags]);
    else if (existing[1] === skill) existing[2] &= flags;
  };
  const words = (spelling: string) => tokenize(spelling).map((t) => t.text);
  skills.forEach((s, skill) => {
    for (const spelling of new Set([s.name, ...(s.aliases ?? [])])) {
      const tokens = words(spelling);
      add(tokens, skill, guardFlags(tokens, s.guard));
    }
    // "Torch" for PyTorch, "Node" for Node.js: spellings that are also words, guarded whatever the name is.
    for (const spelling of s.guardedAliases ?? []) add(words(spelling), skill, CASE | CONTEXT | GUARDED_ALIAS);
    for (const spelling of s.unguardedAliases ?? []) add(words(spelling), skill, 0);
  });
  // Variants last, so that a spelling written in the data always wins over a derived one.
  skills.forEach((s, skill) => {
    for (const spelling of new Set([s.name, ...(s.aliases ?? [])])) {
      for (const variant of punctuationVariants(words(spelling))) if (!owner.has(keyOf(variant.join(' ')))) add(variant, skill, 0);
    }
  });
  return {
    names: skills.map((s) => s.name).join('\n'),
    categories,
    category: skills.map((s) => String.fromCharCode(65 + categories.indexOf(s.category))).join(''),
    implies,
    guards,
    phrases: packPhrases(owner.values()),
  };
}

/** Spellings as the `phrases` of CompiledSkills: grouped by first word (lower case), sorted. */
export function packPhrases(phrases: Iterable<Phrase>): CompiledSkills['phrases'] {
  const groups = new Map<string, Phrase[]>();
  for (const p of phrases) {
    const first = keyOf(p[0]).split(' ', 1)[0]!;
    (groups.get(first) ?? groups.set(first, []).get(first)!).push(p);
  }
  const words = [...groups.keys()].sort(compare);
  return {
    words: words.join('~'),
    groups: words
      .map((w) => groups.get(w)!.sort((a, b) => compare(a[0], b[0]) || a[1] - b[1]).map(([phrase, skill, flags]) => `${phrase}|${skill}|${flags}`).join('~'))
      .join('^'),
  };
}

/** The `phrases` of CompiledSkills as spellings. */
export function unpackPhrases(packed: CompiledSkills['phrases']): Phrase[] {
  if (!packed.groups) return [];
  return packed.groups.split(/[~^]/).map((entry): Phrase => {
    const [phrase, skill, flags] = entry.split('|');
    return [phrase!, Number(skill), Number(flags)];
  });
}

/** Code-unit order: the same on every machine, whatever the locale. */
export const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
