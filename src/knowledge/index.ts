// Compiles the knowledge data into the indexes the extractors use. Built once, on first use.
import type { DegreeLevel } from '../schema';
import { PhraseIndex, type PhraseEntry } from '../text/phrase-index';
import { tokenize } from '../text/tokenize';
import { CREDENTIALS } from './credentials';
import { DEGREE_NAMES } from './degrees';
import type { SkillData } from './schema';
import { SKILLS } from './skills';

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

// A programming language shows programming: "4 years of programming in Python" is met by Python.
const CATEGORY_IMPLIES: Readonly<Record<string, readonly string[]>> = { language: ['Programming'] };

export function buildKnowledge(skills: readonly SkillData[] = SKILLS): Knowledge {
  const byName = new Map<string, number>();
  skills.forEach((s, i) => byName.set(s.name, i));
  const direct = skills.map((s) => [...(s.implies ?? []), ...(CATEGORY_IMPLIES[s.category] ?? [])].filter((n) => byName.has(n) && n !== s.name));
  // Breadth-first, so that the closest evidence comes first: Python shows Programming before Pandas does.
  const depthOf = skills.map((_, i) => {
    const depth = new Map<string, number>();
    let frontier = direct[i]!;
    for (let d = 1; frontier.length; d++) {
      const next: string[] = [];
      for (const name of frontier) {
        if (depth.has(name) || name === skills[i]!.name) continue;
        depth.set(name, d);
        next.push(...direct[byName.get(name)!]!);
      }
      frontier = next;
    }
    return depth;
  });
  const infos: SkillInfo[] = skills.map((s, i) => ({ name: s.name, category: s.category, implies: [...depthOf[i]!.keys()].sort() }));
  const evidence = new Map<string, { name: string; depth: number }[]>();
  depthOf.forEach((depths, i) =>
    depths.forEach((depth, broad) => (evidence.get(broad) ?? evidence.set(broad, []).get(broad)!).push({ name: skills[i]!.name, depth })),
  );
  const evidenceOf = new Map<string, string[]>();
  for (const [broad, list] of evidence) {
    evidenceOf.set(broad, list.sort((a, b) => a.depth - b.depth || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((e) => e.name));
  }

  const entries: PhraseEntry<SkillRef>[] = [];
  skills.forEach((s, skill) => {
    for (const phrase of new Set([s.name, ...(s.aliases ?? [])])) {
      // Guards bind one-word names only: "Apache Spark" and "React Native" need no guard.
      const single = tokenize(phrase).length === 1;
      entries.push({
        phrase,
        value: { skill, needsContext: single && (s.guard?.context ?? false) },
        caseSensitive: single && (s.guard?.case ?? false),
      });
    }
    // "Torch" for PyTorch, "Node" for Node.js: spellings that are also words, guarded whatever the name is.
    for (const phrase of s.guardedAliases ?? []) entries.push({ phrase, value: { skill, needsContext: true }, caseSensitive: true });
  });

  return {
    skills: infos,
    byName,
    skillIndex: new PhraseIndex(entries),
    evidenceOf,
    credentialIndex: new PhraseIndex(
      CREDENTIALS.flatMap((c) => c.aliases.map((phrase) => ({ phrase, value: c.name, caseSensitive: (c.case ?? false) && tokenize(phrase).length === 1 }))),
    ),
    degreeIndex: new PhraseIndex(DEGREE_NAMES.map((d) => ({ phrase: d.name, value: d.level, caseSensitive: d.case ?? false }))),
  };
}

let defaultKnowledge: Knowledge | undefined;
export function getKnowledge(): Knowledge {
  defaultKnowledge ??= buildKnowledge();
  return defaultKnowledge;
}
