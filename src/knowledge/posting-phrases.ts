// Phrases that decide how a posting sentence is read. Lower case, sorted within each list.
// To edit: add the phrase as it appears in postings.

/** A sentence holding one of these is boilerplate: it ends a qualification section and is never a requirement. */
export const BOILERPLATE_PHRASES: readonly string[] = [
  '401(k)', 'accommodation', 'affirmative action', 'base pay', 'base salary', 'benefits package', 'compensation',
  'dental', 'disability', 'equal employment', 'equal opportunity', 'gender identity', 'health insurance',
  'paid time off', 'pay range', 'per hour', 'pto', 'regardless of race', 'salary', 'sexual orientation', 'sponsor',
  'sponsorship', 'we encourage', 'we offer', 'eligible for',
];

/** A requirement sentence saying one of these is preferred wherever it stands. */
export const PREFERRED_MARKERS: readonly string[] = [
  'a bonus', 'a plus', 'an advantage', 'an asset', 'beneficial', 'bonus points', 'desirable', 'desired',
  'ideally', 'is a plus', 'nice to have', 'nice-to-have', 'plus', 'preferable', 'preferably', 'preferred',
];

/** Phrases that introduce alternatives: the skills after them are any-of ("ML frameworks such as …"). */
export const ANY_OF_CUES: readonly string[] = ['any of', 'e.g.', 'for example', 'for instance', 'including', 'like', 'one or more of', 'such as'];

/** Notes that are read and reported, not scored. */
export const NOTE_PHRASES: Readonly<Record<'work-authorization' | 'location' | 'travel', readonly string[]>> = {
  location: ['hybrid', 'on-site', 'onsite', 'relocate', 'relocation', 'remote', 'work from home'],
  travel: ['travel'],
  'work-authorization': ['authorized to work', 'employment authorization', 'sponsor', 'sponsorship', 'visa', 'work authorization', 'work permit', 'right to work'],
};

/** Words that say nothing about the subject of an experience requirement ("5+ years of professional experience"). */
export const GENERIC_EXPERIENCE_WORDS: readonly string[] = [
  'a', 'an', 'and', 'at', 'combined', 'demonstrated', 'direct', 'equivalent', 'experience', 'experienced', 'field',
  'full-time', 'hands-on', 'have', 'in', 'industry', 'least', 'minimum', 'month', 'months', 'more', 'of', 'or',
  'overall', 'plus', 'post-qualification', 'practical', 'preferred', 'previous', 'prior', 'professional', 'proven',
  'related', 'relevant', 'required', 'similar', 'the', 'total', 'with', 'work', 'working', 'year', 'years', 'yrs',
  'you', 'your',
];
