// The commonest English function words: a text of 80 words or more with almost none of them is probably not
// in English, and fitscore's word lists are English. Lower case, sorted.
export const ENGLISH_FUNCTION_WORDS: readonly string[] = [
  'a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'is', 'of', 'on', 'or', 'our', 'the', 'to', 'we', 'with', 'you', 'your',
];
