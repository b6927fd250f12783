// Regular expressions built from word lists, and the character classes patterns share, in one place.
//
// Letters are written out, not as \p{L}: V8 builds a Unicode property class from ICU's tables when a pattern is
// first used, and with the i and u flags together it also builds the case closure of every letter of a word list.
// Measured on Node 20, four word-list patterns cost 19 ms at first use with `iu` and \p{L}, 8 ms with `iu` and
// written-out letters, 2 ms with `i` alone; fitscore's patterns cost ~20 ms of each run before this. The classes
// cover Latin with its accents, Greek and Cyrillic: fitscore reads English, and document.ts, which tells other
// languages apart, keeps \p{L}.

/** Letters, as the body of a character class: `[${LETTER}]`. */
export const LETTER = 'A-Za-z\\u00AA\\u00B5\\u00BA\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u024F\\u0370-\\u03FF\\u0400-\\u04FF\\u1E00-\\u1EFF';
/** Capital letters (Latin), as the body of a character class. */
export const UPPER = 'A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE';
/** Small letters (Latin), as the body of a character class. */
export const LOWER = 'a-z\\u00DF-\\u00F6\\u00F8-\\u00FF';
/** Letters and digits, as the body of a character class. */
export const ALNUM = `${LETTER}0-9`;

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Matches any of the phrases as whole words (not inside a longer word): "a plus", "401(k)", "e.g.". */
export const phraseRegExp = (phrases: readonly string[], flags = 'i'): RegExp =>
  new RegExp(`(?:^|[^${ALNUM}])(?:${[...phrases].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![${ALNUM}])`, flags);
