// Text as the extractors want it: one Unicode form, plain spaces, one dash per meaning, real line breaks.
// Line count is kept wherever possible so that evidence can point at the line a person sees.

import { ALNUM, LETTER, LOWER } from './regex';

const SOFT_HYPHEN = '\u00AD';

/** Characters of the "dash punctuation" family that separate ranges ("2019 – 2021"). */
const RANGE_DASHES = /[\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
/** Hyphens that join words ("scikit‐learn"). */
const WORD_HYPHENS = /[\u2010\u2011]/g;
/** Every space that is not a plain space or a line break, including tabs. */
const ODD_SPACES = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;
/** LaTeX's "--" and "---" between words or numbers. */
const LATEX_DASH = new RegExp(`(?<=[${ALNUM}.] ?)-{2,3}(?= ?[${ALNUM}])`, 'g');
/** A soft hyphen at a line's end, inside a word. */
const SOFT_HYPHEN_BREAK = new RegExp(`([${LETTER}])\u00AD *\n *([${LOWER}]+)`, 'g');
/** Control characters other than tab and line feed; NUL bytes in particular. */
const CONTROLS = /[\u0000-\u0008\u000E-\u001F\u007F]/g;

export function normalizeText(input: string): string {
  let text = input.replace(/\r\n?/g, '\n').replace(CONTROLS, '').replace(ZERO_WIDTH, '');
  // Ligatures (ﬁ ﬂ), full-width forms and compatibility characters become plain letters.
  text = text.normalize('NFKC');
  // NFKC turns U+2011 into U+2010 and some spaces into plain ones; map what is left.
  text = text.replace(ODD_SPACES, ' ').replace(WORD_HYPHENS, '-').replace(RANGE_DASHES, '–');
  if (text.includes(SOFT_HYPHEN)) text = resolveSoftHyphens(text);
  // LaTeX's "--" is an en dash: "Jan 2019 -- Present".
  text = text.replace(LATEX_DASH, '–');
  return text;
}

// LaTeX and Typst PDFs put U+00AD where a hyphen was printed:
// "Mar. 2010 ­ Aug. 2017" (a range), "Back­end" (a compound), "submis­\nsions" (a line-end break:
// the word's tail moves up so that every later line keeps its number).
function resolveSoftHyphens(text: string): string {
  return text
    .replace(SOFT_HYPHEN_BREAK, '$1$2\n')
    .replace(/ \u00AD /g, ' – ')
    .replace(/(\S)\u00AD(\S)/g, '$1-$2')
    .replace(/\u00AD/g, '');
}
