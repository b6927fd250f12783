// Command-line options as commander hands them over, checked by zod: one clear line for a bad value.
import * as z from 'zod/mini';
import { FitscoreError } from '../errors';
import { FORMATS } from '../render/index';
import { YEAR_MONTH } from '../schema';

const asOf = z.string().check(z.regex(YEAR_MONTH, '--as-of must be YYYY-MM, e.g. 2026-11'));
const number = (flag: string, min: number, max: number) =>
  z.pipe(
    z.string(),
    z.transform((v, ctx) => {
      const n = Number(v);
      if (v.trim() === '' || !Number.isFinite(n) || n < min || n > max) {
        ctx.issues.push({ code: 'custom', message: `${flag} must be a number from ${min} to ${max}, got "${v}"`, input: v });
        return z.NEVER;
      }
      return n;
    }),
  );

export const ScoreOptions = z.object({
  format: z.optional(z.enum(FORMATS, { error: () => `--format must be one of ${FORMATS.join(', ')}` })),
  json: z.optional(z.boolean()),
  asOf: z.optional(asOf),
  minScore: z.optional(number('--min-score', 0, 100)),
  requireBasic: z.optional(z.boolean()),
  weights: z.optional(z.string()),
  skills: z.optional(z.string()),
  maxSize: z.optional(number('--max-size', 0.001, 10_000)),
  password: z.optional(z.string()),
  color: z.optional(z.boolean()),
  redact: z.optional(z.boolean()),
  baseline: z.optional(z.string()),
  quiet: z.optional(z.boolean()),
  debug: z.optional(z.boolean()),
});
export type ScoreOptions = z.infer<typeof ScoreOptions>;

export const ExtractOptions = z.object({
  as: z.optional(z.enum(['posting', 'resume'], { error: () => '--as must be posting or resume' })),
  json: z.optional(z.boolean()),
  asOf: z.optional(asOf),
  skills: z.optional(z.string()),
  maxSize: z.optional(number('--max-size', 0.001, 10_000)),
  password: z.optional(z.string()),
  debug: z.optional(z.boolean()),
});
export type ExtractOptions = z.infer<typeof ExtractOptions>;

export function parseOptions<T>(schema: z.ZodMiniType<T>, raw: unknown): T {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  throw new FitscoreError('INVALID_OPTION', result.error.issues[0] ? describeIssue(result.error.issues[0]) : 'invalid option');
}

/**
 * One zod issue as a sentence that names the key: zod/mini ships no messages of its own ("Invalid input"),
 * and a user needs to know which key of which file to fix.
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const where = issue.path.length ? `${issue.path.join('.')}: ` : '';
  switch (issue.code) {
    case 'unrecognized_keys':
      return `${where}unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_type':
      return `${where}expected a ${issue.expected}`;
    case 'too_small':
      return `${where}must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `${where}must be at most ${String(issue.maximum)}`;
    default:
      return `${where}${issue.message && issue.message !== 'Invalid input' ? issue.message : 'invalid value'}`;
  }
}
