// A user's skills file (--skills FILE): skills to add, spellings to add to known skills, guards to change.
// Pure: the caller reads the file and passes its parsed JSON; errors are FitscoreError INVALID_CONFIG with one
// sentence that names the key to fix.
//   { "skills": [{ "name": "Pulumi", "category": "devops", "aliases": ["pulumi-ts"], "implies": ["Terraform"] }],
//     "aliases": { "Kubernetes": ["kube"] },
//     "guards": { "Go": { "context": false } } }
// A skill in "skills" whose name is known updates it (category, guard, more aliases and broader skills).
// The user's spellings win: an alias another skill had moves to the user's skill.
import type * as z from 'zod/mini';
import { FitscoreError } from '../errors';
import { loadKnowledge, type Knowledge } from './index';
import { UserSkills, type CompiledSkills, type SkillCategory } from './schema';
import { CASE, CATEGORY_IMPLIES, compare, CONTEXT, GUARDED_ALIAS, guardFlags, packPhrases, punctuationVariants, unpackPhrases, type Phrase } from './skills-compile';
import { compiledSkills } from './skills-compiled';
import { tokenize } from '../text/tokenize';

type Guard = { case?: boolean | undefined; context?: boolean | undefined };

/** Checks a parsed skills file; `source` is the path as the user typed it. */
export function parseUserSkills(raw: unknown, source: string): UserSkills {
  const result = UserSkills.safeParse(raw);
  if (!result.success) throw invalid(source, describe(result.error.issues[0]!, raw));
  return result.data;
}

/** The built-in knowledge base with a user's skills file applied. */
export function userKnowledge(raw: unknown, source: string, base: CompiledSkills = compiledSkills()): Knowledge {
  return loadKnowledge(applyUserSkills(base, parseUserSkills(raw, source), source));
}

export function applyUserSkills(base: CompiledSkills, user: UserSkills, source: string): CompiledSkills {
  const names = base.names.split('\n');
  const categories = [...base.categories];
  const categoryOf = [...base.category].map((c) => categories[c.charCodeAt(0) - 65]!);
  const implies: Record<string, number[]> = { ...base.implies };
  const guards: Record<string, number> = { ...base.guards };
  const index = new Map(names.map((n, i) => [n, i]));
  const phrases = unpackPhrases(base.phrases);
  const guardOf = (i: number): Guard => ({ case: ((guards[i] ?? 0) & CASE) === CASE, context: ((guards[i] ?? 0) & CONTEXT) === CONTEXT });
  const find = (name: string, where: string) => {
    const i = index.get(name);
    if (i === undefined) throw invalid(source, `${where}: no skill is named "${name}"${suggest(name, names)}`);
    return i;
  };

  const spellings: { skill: number; spelling: string }[] = [];
  const setGuard = (i: number, guard: Guard) => {
    const merged = { ...guardOf(i), ...definedOnly(guard) };
    const bits = (merged.case ? CASE : 0) | (merged.context ? CONTEXT : 0);
    if (bits) guards[i] = bits;
    else delete guards[i];
    // A guarded alias ("Node", "Torch") stays guarded unless the user says otherwise.
    for (const p of phrases) {
      if (p[1] !== i) continue;
      p[2] = p[2] & GUARDED_ALIAS ? GUARDED_ALIAS | (guard.case === false ? 0 : CASE) | (guard.context === false ? 0 : CONTEXT) : guardFlags(p[0].split(' '), merged);
    }
  };

  (user.skills ?? []).forEach((s, k) => {
    let i = index.get(s.name);
    if (i === undefined) {
      i = names.length;
      names.push(s.name);
      categoryOf.push(s.category ?? 'tool');
      index.set(s.name, i);
      spellings.push({ skill: i, spelling: s.name });
    } else if (s.category) categoryOf[i] = s.category;
    if (s.guard) setGuard(i, s.guard);
    for (const alias of s.aliases ?? []) spellings.push({ skill: i, spelling: alias });
    const broader = [...(s.implies ?? []), ...(CATEGORY_IMPLIES[categoryOf[i]!] ?? []).filter((n) => index.has(n))];
    if (broader.length) implies[i] = closure(i, broader.map((n) => find(n, `skills[${k}] ("${s.name}").implies`)), implies[i] ?? [], implies, names);
  });
  for (const [name, list] of Object.entries(user.aliases ?? {})) {
    const i = find(name, `aliases."${name}"`);
    for (const alias of list) spellings.push({ skill: i, spelling: alias });
  }
  for (const [name, guard] of Object.entries(user.guards ?? {})) setGuard(find(name, `guards."${name}"`), guard);

  // The user's spellings replace whatever had them; derived variants fill in only where nothing else is.
  const key = (phrase: string) => phrase.toLowerCase().replace(/’/g, "'");
  const owner = new Map<string, Phrase>(phrases.map((p) => [key(p[0]), p]));
  for (const { skill, spelling } of spellings) {
    const tokens = tokenize(spelling).map((t) => t.text);
    if (!tokens.length) throw invalid(source, `"${spelling}" (for "${names[skill]}") has no letters or digits to match`);
    owner.set(key(tokens.join(' ')), [tokens.join(' '), skill, guardFlags(tokens, guardOf(skill))]);
  }
  for (const { skill, spelling } of spellings) {
    for (const variant of punctuationVariants(tokenize(spelling).map((t) => t.text))) {
      if (!owner.has(key(variant.join(' ')))) owner.set(key(variant.join(' ')), [variant.join(' '), skill, 0]);
    }
  }
  for (const c of categoryOf) if (!categories.includes(c as SkillCategory)) categories.push(c as SkillCategory);
  categories.sort(compare);
  return {
    names: names.join('\n'),
    categories,
    category: categoryOf.map((c) => String.fromCharCode(65 + categories.indexOf(c as SkillCategory))).join(''),
    implies,
    guards,
    phrases: packPhrases(owner.values()),
  };
}

/** Broader skills of `skill`: the named ones one step away, theirs one step further, merged with `existing`. */
function closure(skill: number, direct: readonly number[], existing: readonly number[], implies: Readonly<Record<string, number[]>>, names: readonly string[]): number[] {
  const depth = new Map<number, number>();
  for (let k = 0; k < existing.length; k += 2) depth.set(existing[k]!, existing[k + 1]!);
  for (const b of direct) {
    if (b === skill) continue;
    depth.set(b, 1);
    const further = implies[b] ?? [];
    for (let k = 0; k < further.length; k += 2) {
      const j = further[k]!;
      if (j !== skill && (depth.get(j) ?? Infinity) > further[k + 1]! + 1) depth.set(j, further[k + 1]! + 1);
    }
  }
  return [...depth].sort((a, b) => compare(names[a[0]]!, names[b[0]]!)).flat();
}

const definedOnly = (guard: Guard): Guard => Object.fromEntries(Object.entries(guard).filter(([, v]) => v !== undefined));

const invalid = (source: string, what: string) => new FitscoreError('INVALID_CONFIG', `skills file '${source}': ${what}.`);

/** One zod issue as a sentence that names the key ("skills[1] ("Pulumi").category: …"). */
function describe(issue: z.core.$ZodIssue, raw: unknown): string {
  let where = '';
  let node: unknown = raw;
  for (const part of issue.path) {
    node = node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[part as PropertyKey] : undefined;
    where += typeof part === 'number' ? `[${part}]` : where ? `.${String(part)}` : String(part);
    const name = node && typeof node === 'object' && 'name' in node && typeof node.name === 'string' ? node.name : undefined;
    if (typeof part === 'number' && name) where += ` ("${name}")`;
  }
  const at = where ? `${where}: ` : '';
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${at}unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_type':
      return `${at}expected ${issue.expected === 'array' ? 'a list' : issue.expected === 'object' ? 'an object' : `a ${issue.expected}`}`;
    case 'invalid_value':
      return `${at}expected one of ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return `${at}must not be empty`;
    default:
      return `${at}${issue.message && issue.message !== 'Invalid input' ? issue.message : 'invalid value'}`;
  }
}

/** ' (did you mean "Kubernetes"?)' when a known name is the same but for case or two letters. */
function suggest(name: string, names: readonly string[]): string {
  const lower = name.toLowerCase();
  const close = names.find((n) => n.toLowerCase() === lower) ?? names.find((n) => Math.abs(n.length - name.length) <= 2 && distance(n.toLowerCase(), lower) <= 2);
  return close ? ` (did you mean "${close}"?)` : '';
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length]!;
}
