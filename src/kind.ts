// Is a document a posting or a résumé? Counted by the headings each kind uses (for `extract` without --as).
import { sectionOfHeading } from './posting/sections';
import { resumeSectionOf } from './resume/sections';
import { POSTING_WORDS_LIST } from './knowledge/posting-phrases';
import { phraseRegExp } from './text/regex';
import { splitLines } from './text/segment';

const POSTING_WORDS = phraseRegExp(POSTING_WORDS_LIST);

export function guessKind(text: string): 'posting' | 'resume' {
  let resume = 0;
  let posting = 0;
  for (const { text: line } of splitLines(text).slice(0, 2000)) {
    const r = resumeSectionOf(line);
    if (r === 'experience' || r === 'education') resume += 2;
    else if (r) resume += 1;
    if (sectionOfHeading(line)) posting += 2;
    if (POSTING_WORDS.test(line)) posting += 1;
  }
  return resume > posting ? 'resume' : 'posting';
}
