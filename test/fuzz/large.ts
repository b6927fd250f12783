// Big postings made of the fragments that make rule-based extractors slow: repeated years phrases, one word
// repeated, long digit runs, a thousand commas, a date range with no end, unclosed Markdown and brackets.
// Used by large-input.test.ts (5 MB) and by `scripts/fuzz-long.ts --sizes 1,2,5` (timings for the note).

export const TRICKY_FRAGMENTS = [
  'years years 5+ 5+ years 5+ ',
  'a a a a a a a a a a a a ',
  `${'1234567890'.repeat(30)} `,
  `${','.repeat(1000)} `,
  'Jan 2019 – Jan 2019 – ',
  '**a **a **a ',
  '[[[ [[[ ((( ',
  'Minimum 6 years at least 4 years 3+ years of ',
  "Bachelor's degree in ",
] as const;

/** About `bytes` characters of the fragments in turn, a line break after every `perLine` fragments. */
export function trickyPosting(bytes: number, perLine = 8): string {
  const parts: string[] = ['Basic Qualifications:\n'];
  let size = parts[0]!.length;
  for (let i = 0; size < bytes; i++) {
    const fragment = TRICKY_FRAGMENTS[i % TRICKY_FRAGMENTS.length]! + ((i + 1) % perLine === 0 ? '\n' : '');
    parts.push(fragment);
    size += fragment.length;
  }
  return parts.join('');
}

/** `fragment` repeated to about `bytes` characters: one shape at a time, to see which one grows faster than linearly. */
export const repeated = (fragment: string, bytes: number): string => fragment.repeat(Math.max(1, Math.ceil(bytes / fragment.length)));
