// The configuration of `fitscore check`: the postings a résumé repository checks against and their gates.
// Errors name the key and its line in the file, so a user can fix them.
import * as z from 'zod/mini';
import { YEAR_MONTH, Weights } from '../schema';

const Gates = {
  /** Fail when the score is below this. */
  minScore: z.optional(z.number().check(z.gte(0), z.lte(100))),
  /** Fail unless every basic requirement is met. */
  requireBasic: z.optional(z.boolean()),
  /** Fail unless the résumé shows each of these skills. */
  requiredSkills: z.optional(z.array(z.string())),
};

export const CheckPosting = z.strictObject({ path: z.string().check(z.minLength(1)), name: z.optional(z.string()), ...Gates });

export const CheckConfig = z.strictObject({
  /** The résumé, or several: paths relative to the configuration file. */
  resume: z.optional(z.string()),
  resumes: z.optional(z.array(z.string())),
  postings: z.array(CheckPosting).check(z.minLength(1)),
  /** Gates for every posting that sets none of its own. */
  defaults: z.optional(z.strictObject(Gates)),
  asOf: z.optional(z.string().check(z.regex(YEAR_MONTH))),
  weights: z.optional(Weights),
});
export type CheckConfig = z.infer<typeof CheckConfig>;
export type CheckPosting = z.infer<typeof CheckPosting>;

/** The 1-based line of a key path in JSON text ("postings.1.minScore"), found by walking the keys in order. */
export function lineOfPath(text: string, path: readonly PropertyKey[]): number | undefined {
  let at = 0;
  for (const key of path) {
    if (typeof key === 'number') {
      // The n-th element: step over n opening braces at this depth (a good guess for arrays of objects).
      for (let i = 0; i <= key; i++) {
        const next = text.indexOf('{', at + (i ? 1 : 0));
        if (next < 0) return undefined;
        at = next;
      }
      continue;
    }
    const found = text.indexOf(JSON.stringify(String(key)), at);
    if (found < 0) break;
    at = found;
  }
  return text.slice(0, at).split('\n').length;
}
