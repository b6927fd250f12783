// Shapes of the knowledge data. Validated in the tests (test/knowledge.test.ts), never at start-up.
import * as z from 'zod/mini';

export const SkillCategory = z.enum([
  'language', 'framework', 'library', 'database', 'cloud', 'devops', 'data', 'ml', 'tool', 'practice',
  'office', 'healthcare', 'finance', 'business', 'education', 'trade', 'soft',
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
