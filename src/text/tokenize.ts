// A tokenizer that keeps technical names whole: "C++", "C#", ".NET", "Node.js", "CI/CD", "scikit-learn", "R&D".
// natural's tokenizers split all of these, so fitscore has its own.
// The pattern is linear: every repetition starts with a separator that the word part cannot match.

import { ALNUM } from './regex';

export interface Token {
  /** The token as written. */
  text: string;
  lower: string;
  start: number;
  end: number;
}

const W = `[${ALNUM}]`;
const TOKEN = new RegExp(`(?<!${W})\\.?${W}+(?:[+#]+(?!${W}))?(?:[.\\-/&'’]${W}+(?:[+#]+(?!${W}))?)*`, 'g');

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    let value = match[0];
    const start = match.index;
    // A leading dot belongs to ".NET", not to the end of a sentence ("done.Next" has no space, but is rare).
    if (value.startsWith('.') && start > 0 && !/\s|\(|,|\//.test(text[start - 1] ?? '')) {
      value = value.slice(1);
      if (!value) continue;
      tokens.push({ text: value, lower: value.toLowerCase(), start: start + 1, end: start + 1 + value.length });
      continue;
    }
    tokens.push({ text: value, lower: value.toLowerCase(), start, end: start + value.length });
  }
  return tokens;
}

/** Splits a compound token ("Python/Scala", "React-based") into its parts, keeping offsets. */
export function splitCompound(token: Token): Token[] {
  const parts: Token[] = [];
  let offset = 0;
  for (const piece of token.text.split(/([/\-])/)) {
    if (piece && piece !== '/' && piece !== '-') {
      const start = token.start + offset;
      parts.push({ text: piece, lower: piece.toLowerCase(), start, end: start + piece.length });
    }
    offset += piece.length;
  }
  return parts;
}
