// Regular expressions built from word lists, in one place.

export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** Matches any of the phrases as whole words (not inside a longer word): "a plus", "401(k)", "e.g.". */
export const phraseRegExp = (phrases: readonly string[], flags = 'iu'): RegExp =>
  new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${[...phrases].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, flags);
