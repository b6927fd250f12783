// Porter stems through a deep import of natural: `import natural from 'natural'` would load database
// drivers and read .env; this module alone costs nothing at start-up.
import PorterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';

const cache = new Map<string, string>();

/** "pipelines" → "pipelin", "managed" → "manag": for comparing the inflected last word of a phrase. */
export function stem(word: string): string {
  let value = cache.get(word);
  if (value === undefined) {
    value = /^[a-z]+$/.test(word) && word.length > 3 ? PorterStemmer.stem(word) : word;
    if (cache.size < 50_000) cache.set(word, value);
  }
  return value;
}
