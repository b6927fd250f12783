// Regular expressions built from word lists, and the character classes patterns share, in one place.
//
// Letters are written out, not as \p{L}: V8 builds a Unicode property class from ICU's tables when a pattern is
// first used, and with the i and u flags together it also builds the case closure of every letter of a word list.
// Measured on Node 20, four word-list patterns cost 19 ms at first use with `iu` and \p{L}, 8 ms with `iu` and
// written-out letters, 2 ms with `i` alone; fitscore's patterns cost ~20 ms of each run before this. The classes
// cover Latin with its accents, Greek and Cyrillic: fitscore reads English, and document.ts, which tells other
// languages apart, keeps \p{L}.

/** The letters: Latin with its accents (Extended A and B, Additional), Greek, Cyrillic. */
const LETTER_RANGES: readonly (readonly [number, number])[] = [
  [0x41, 0x5a], [0x61, 0x7a], [0xaa, 0xaa], [0xb5, 0xb5], [0xba, 0xba], [0xc0, 0xd6], [0xd8, 0xf6], [0xf8, 0x24f],
  [0x370, 0x3ff], [0x400, 0x4ff], [0x1e00, 0x1eff],
];

/** The letters that pass `keep`, as the body of a character class ("A-Z\\u00C0-\\u00D6…"). */
function letterClass(keep: (letter: string) => boolean): string {
  const hex = (c: number) => (c < 0x80 ? String.fromCharCode(c) : `\\u${c.toString(16).toUpperCase().padStart(4, '0')}`);
  let out = '';
  for (const [from, to] of LETTER_RANGES) {
    for (let c = from; c <= to; c++) {
      if (!keep(String.fromCharCode(c))) continue;
      let end = c;
      while (end < to && keep(String.fromCharCode(end + 1))) end++;
      out += end === c ? hex(c) : `${hex(c)}-${hex(end)}`;
      c = end;
    }
  }
  return out;
}

/** Letters, as the body of a character class: `[${LETTER}]`. */
export const LETTER = letterClass(() => true);
/** Capital letters (those with a small form: "Š", "Ω"), as the body of a character class. */
export const UPPER = letterClass((l) => l !== l.toLowerCase());
/** Small letters (those with a capital form: "š", "ß"), as the body of a character class. */
export const LOWER = letterClass((l) => l !== l.toUpperCase());
/** Letters and digits, as the body of a character class. */
export const ALNUM = `${LETTER}0-9`;

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Matches any of the phrases as whole words (not inside a longer word): "a plus", "401(k)", "e.g.". */
export const phraseRegExp = (phrases: readonly string[], flags = 'i'): RegExp =>
  new RegExp(`(?:^|[^${ALNUM}])(?:${[...phrases].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![${ALNUM}])`, flags);
