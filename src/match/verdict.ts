import type { RequirementResult } from '../schema';

/** What matching decides for one requirement; render/ turns reason and args into the explanation. */
export type Verdict = Pick<RequirementResult, 'status' | 'credit' | 'evidence' | 'reason' | 'args'>;
