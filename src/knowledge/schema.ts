// Shapes of the knowledge data. Validated in the tests (test/knowledge.test.ts), never at start-up.
import * as z from 'zod/mini';

export const SkillCategory = z.enum([
  'language', 'framework', 'library', 'database', 'cloud', 'devops', 'data', 'ml', 'tool', 'practice',
  'office', 'healthcare', 'finance', 'business', 'education', 'trade', 'soft', 'science', 'engineering',
  /** A language people speak ("Spanish", "ASL"): found only beside a cue such as "fluent" or in a list. */
  'spoken-language',
]);

export const SkillGuard = z.object({
  /** Only the exact spelling counts: "Go" but not "go", "Excel" but not "excellent". */
  case: z.optional(z.boolean()),
  /** Needs a technical context: another skill in the sentence, a skills list, or a cue such as "experience with". */
  context: z.optional(z.boolean()),
});

export const SkillData = z.object({
  name: z.string().check(z.minLength(1)),
  category: SkillCategory,
  aliases: z.optional(z.array(z.string().check(z.minLength(1)))),
  guard: z.optional(SkillGuard),
  /** Aliases that need the guard although the name does not ("RN" for Registered Nurse). */
  guardedAliases: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** Aliases that are never ordinary words, so the skill's guard does not bind them ("golang" for Go). */
  unguardedAliases: z.optional(z.array(z.string().check(z.minLength(1)))),
  /** Broader skills this one shows: "PyTorch" shows "Machine Learning", "Django" shows "Python". */
  implies: z.optional(z.array(z.string())),
});
export type SkillData = z.infer<typeof SkillData>;
export type SkillCategory = z.infer<typeof SkillCategory>;

export const CredentialData = z.object({
  name: z.string().check(z.minLength(1)),
  aliases: z.array(z.string().check(z.minLength(1))),
  case: z.optional(z.boolean()),
});
export type CredentialData = z.infer<typeof CredentialData>;

/**
 * The skill knowledge base compiled for loading (src/knowledge/skills-compile.ts makes it; the build inlines it
 * inline). It is a few long strings, so that loading allocates almost nothing: skill i has the i-th line of `names`, the category categories[category.charCodeAt(i) - 65], and, when it
 * has them, implies[i] and guards[i].
 */
export const CompiledSkills = z.object({
  /** One name a line. */
  names: z.string().check(z.regex(/^[^\n]+(?:\n[^\n]+)*$/)),
  categories: z.array(SkillCategory),
  /** One letter a skill: "A" is categories[0]. */
  category: z.string().check(z.regex(/^[A-Z]*$/)),
  /** Broader skills, transitively, as pairs [skill index, steps away], sorted by the broader skill's name. */
  implies: z.record(z.string().check(z.regex(/^\d+$/)), z.array(z.number().check(z.int(), z.nonnegative()))),
  /** The skill's own guard (1 case, 2 context), which spellings added by a user file follow. */
  guards: z.record(z.string().check(z.regex(/^\d+$/)), z.number().check(z.int(), z.minimum(1), z.maximum(3))),
  /**
   * Every spelling, grouped by first word (lower case). `words` holds the first words, sorted (code-unit order)
   * and joined by "~"; `groups` the spellings of each word in the same order, joined by "^": within a group,
   * "words as written, joined by one space|skill index|flags" joined by "~" (flags: 1 only as written, 2 needs a
   * context, 4 a guarded alias such as "Torch"). Words never hold "~", "^" or "|". A lookup is a binary search;
   * a word's spellings are unpacked the first time a text uses it.
   */
  phrases: z.object({
    words: z.string().check(z.regex(/^[^ ~^|]+(?:~[^ ~^|]+)*$/)),
    groups: z.string().check(z.regex(/^[^~^|]+\|\d+\|[0-7](?:[~^][^~^|]+\|\d+\|[0-7])*$/)),
  }),
});
export type CompiledSkills = z.infer<typeof CompiledSkills>;

/**
 * A user's skills file (--skills FILE): skills to add, spellings to add to known skills, guards to change.
 * { "skills": [{ "name": "Pulumi", "category": "devops", "aliases": ["pulumi"] }],
 *   "aliases": { "Kubernetes": ["kube"] }, "guards": { "Go": { "case": false, "context": false } } }
 */
export const UserSkills = z.strictObject({
  skills: z.optional(z.array(z.strictObject({
    name: z.string().check(z.minLength(1)),
    category: z.optional(SkillCategory),
    aliases: z.optional(z.array(z.string().check(z.minLength(1)))),
    guard: z.optional(z.strictObject({ case: z.optional(z.boolean()), context: z.optional(z.boolean()) })),
    implies: z.optional(z.array(z.string().check(z.minLength(1)))),
  }))),
  aliases: z.optional(z.record(z.string(), z.array(z.string().check(z.minLength(1))))),
  guards: z.optional(z.record(z.string(), z.strictObject({ case: z.optional(z.boolean()), context: z.optional(z.boolean()) }))),
});
export type UserSkills = z.infer<typeof UserSkills>;
