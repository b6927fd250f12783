// Job-title words in a text ("Engineer", "Nurse", "Manager"): a résumé's position headers, a posting's title,
// a first line that is a headline rather than a person's name.
import { TITLE_WORDS } from '../knowledge/titles';
import { escapeRegExp, LETTER } from '../text/regex';

const TITLE_RE = new RegExp(`(?:^|[^${LETTER}])(?:${TITLE_WORDS.map(escapeRegExp).join('|')})s?(?![${LETTER}])`, 'i');

/** Whether the text holds a job-title word, alone or plural ("Engineers"), not inside a longer word. */
export const hasTitleWord = (text: string): boolean => TITLE_RE.test(text);

const TITLE_SET = new Set(TITLE_WORDS);
/** Whether one word is a job-title word, alone or plural: "Chef", "engineers". */
export const isTitleWord = (word: string): boolean => {
  const lower = word.toLowerCase();
  return TITLE_SET.has(lower) || (lower.endsWith('s') && TITLE_SET.has(lower.slice(0, -1)));
};
