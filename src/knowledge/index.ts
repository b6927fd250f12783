// Loads the knowledge data into the indexes the extractors use. Built once, on first use.
// Skills come compiled (skills-compile.ts; the build inlines them as JSON), so loading is one JSON.parse and
// a pass over the skill list; the phrases of a first word are unpacked when a text first uses that word.
import type { DegreeLevel } from '../schema';
import { PhraseIndex } from '../text/phrase-index';
import { tokenize } from '../text/tokenize';
import { CREDENTIALS } from './credentials';
import { DEGREE_NAMES } from './degrees';
import type { CompiledSkills, SkillData } from './schema';
import { CONTEXT, compare, compileSkills } from './skills-compile';
import { compiledSkills } from './skills-compiled';

export interface SkillInfo {
  name: string;
  category: string;
  /** Every broader skill this one shows, transitively ("PyTorch" → Deep Learning → Machine Learning). */
  implies: readonly string[];
}

export interface SkillRef {
  skill: number;
  /** The alias needs a technical context to count ("Go", "Spark", "R"). */
  needsContext: boolean;
}

export interface Knowledge {
  skills: readonly SkillInfo[];
  byName: ReadonlyMap<string, number>;
  skillIndex: PhraseIndex<SkillRef>;
  /** For a broad skill, the skills that imply it: the evidence of a topic ("Distributed Systems" ← Spark, Kafka…). */
  evidenceOf: ReadonlyMap<string, readonly string[]>;
  credentialIndex: PhraseIndex<string>;
  degreeIndex: PhraseIndex<DegreeLevel>;
}

const NO_SKILLS: readonly string[] = Object.freeze([]);

export function loadKnowledge(compiled: CompiledSkills): Knowledge {
  const { categories, category, implies } = compiled;
  const names = compiled.names.split('\n');
  const byName = new Map<string, number>();
  const skills: SkillInfo[] = new Array(names.length);
  for (let i = 0; i < names.length; i++) {
    byName.set(names[i]!, i);
    const pairs = Object.hasOwn(implies, i) ? implies[i]! : undefined;
    let broader = NO_SKILLS;
    if (pairs) {
      const list: string[] = [];
      for (let k = 0; k < pairs.length; k += 2) list.push(names[pairs[k]!]!);
      broader = list;
    }
    skills[i] = { name: names[i]!, category: categories[category.charCodeAt(i) - 65]!, implies: broader };
  }
  let evidenceOf: Map<string, string[]> | undefined;
  const refs = new Map<number, SkillRef>();
  return {
    skills,
    byName,
    skillIndex: PhraseIndex.fromCompiled<SkillRef>(compiled.phrases, (skill, flags) => {
      const key = skill * 8 + (flags & CONTEXT);
      let ref = refs.get(key);
      if (!ref) refs.set(key, (ref = { skill, needsContext: (flags & CONTEXT) === CONTEXT }));
      return ref;
    }),
    // Closest evidence first (a language before a library that implies it), then by name.
    get evidenceOf(): ReadonlyMap<string, readonly string[]> {
      if (!evidenceOf) {
        const lists = new Map<string, { name: string; depth: number }[]>();
        for (const [i, pairs] of Object.entries(implies)) {
          for (let k = 0; k < pairs.length; k += 2) {
            const broad = names[pairs[k]!]!;
            (lists.get(broad) ?? lists.set(broad, []).get(broad)!).push({ name: names[Number(i)]!, depth: pairs[k + 1]! });
          }
        }
        evidenceOf = new Map([...lists].map(([broad, list]) => [broad, list.sort((a, b) => a.depth - b.depth || compare(a.name, b.name)).map((e) => e.name)]));
      }
      return evidenceOf;
    },
    credentialIndex: new PhraseIndex(
      CREDENTIALS.flatMap((c) => c.aliases.map((phrase) => ({ phrase, value: c.name, caseSensitive: (c.case ?? false) && tokenize(phrase).length === 1 }))),
    ),
    degreeIndex: new PhraseIndex(DEGREE_NAMES.map((d) => ({ phrase: d.name, value: d.level, caseSensitive: d.case ?? false }))),
  };
}

/** The knowledge base of the given skills, or of the built-in ones (hand-written and generated). */
export function buildKnowledge(skills?: readonly SkillData[]): Knowledge {
  return loadKnowledge(skills ? compileSkills(skills) : compiledSkills());
}

let defaultKnowledge: Knowledge | undefined;
export function getKnowledge(): Knowledge {
  defaultKnowledge ??= loadKnowledge(compiledSkills());
  return defaultKnowledge;
}
