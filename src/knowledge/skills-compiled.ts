// The compiled skill knowledge base. In the source (tests, tsx) it is compiled on first use; the build
// (scripts/build-knowledge.mjs) replaces this module with the same data as one inlined JSON string.
import { GENERATED_SKILLS } from './generated/skills-generated';
import type { CompiledSkills } from './schema';
import { compileSkills, mergeSkills } from './skills-compile';
import { SKILLS } from './skills';

let compiled: CompiledSkills | undefined;

export function compiledSkills(): CompiledSkills {
  compiled ??= compileSkills(mergeSkills(SKILLS, GENERATED_SKILLS));
  return compiled;
}
