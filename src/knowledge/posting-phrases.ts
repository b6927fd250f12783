// Phrases that decide how a posting sentence is read. Lower case, sorted within each list.
// To edit: add the phrase as it appears in postings.
import type { NoteTopic } from '../schema';

/**
 * A sentence holding one of these is boilerplate: it ends a qualification section and is never a requirement,
 * unless it names years, a degree, a skill or a credential ("3+ years of dental office experience" is not).
 */
export const BOILERPLATE_PHRASES: readonly string[] = [
  '401(k)', 'affirmative action', 'base pay', 'base salary', 'benefits package', 'compensation package',
  'compensation range', 'dental and vision', 'dental insurance', 'disability insurance', 'eligible for benefits',
  'eligible to participate', 'equal employment', 'equal opportunity', 'gender identity', 'health insurance',
  'paid time off', 'pay range', 'per hour', 'pto', 'reasonable accommodation', 'regardless of race', 'salary',
  'sexual orientation', 'sponsor', 'sponsorship', 'total compensation', 'we encourage', 'we offer',
];

/** A requirement sentence saying one of these is preferred wherever it stands ("Tableau is a plus"). */
export const PREFERRED_MARKERS: readonly string[] = [
  'a big plus', 'a bonus', 'a plus', 'an advantage', 'an asset', 'are desired', 'beneficial', 'bonus points',
  'desirable', 'ideally', 'is desired', 'nice to have', 'nice-to-have', 'preferable', 'preferably', 'preferred',
];

/** A sentence saying one of these is required even when it also says "preferred" somewhere. */
export const REQUIRED_MARKERS: readonly string[] = ['essential', 'mandatory', 'must', 'required'];

/** In a posting without qualification headings, sentences with these words are read as requirements. */
export const REQUIREMENT_CUES: readonly string[] = [
  'degree', 'experience with', 'familiarity with', 'knowledge of', 'must', 'proficiency', 'proficient', 'required',
  'year', 'years', 'yrs',
];

/** Words that mark a document as a posting when `extract` has to guess. */
export const POSTING_WORDS_LIST: readonly string[] = ['qualifications', 'requirements', 'responsibilities', 'we are looking for', 'you will'];

/** Words before a job title in a posting's prose: "As a Senior Machine Learning Engineer, you…". */
export const TITLE_CUES: readonly string[] = ['as a', 'as an', 'hiring a', 'hiring an', 'join us as a', 'join us as an', 'looking for a', 'looking for an', 'role of', 'seeking a', 'seeking an'];

/** Phrases that introduce alternatives: the skills after them are any-of ("ML frameworks such as …"). */
export const ANY_OF_CUES: readonly string[] = ['any of', 'e.g.', 'for example', 'for instance', 'including', 'like', 'one or more of', 'such as'];

/**
 * Words between a broad skill and specific ones that make them what it means, not examples: "programming experience
 * in Python, Scala, or Java", "cloud experience with AWS" (a colon does too: "languages: Go, Rust"). Sorted.
 */
export const SPELLING_OUT_CUES: readonly string[] = ['i.e.', 'in', 'namely', 'using', 'with'];

/** Nouns that a broad skill heads and examples of it may follow: "AWS services such as EC2", "cloud platforms like". Sorted. */
export const BROAD_SKILL_HEADS: readonly string[] = ['ecosystem', 'offerings', 'platform', 'platforms', 'products', 'services', 'stack', 'suite', 'technologies', 'tools'];

/** Notes that are read and reported, not scored. */
export const NOTE_PHRASES: Readonly<Record<NoteTopic, readonly string[]>> = {
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
