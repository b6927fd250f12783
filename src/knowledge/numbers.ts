// Number words in years phrases: "two (2) years", "a minimum of five years", "over a decade".
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, eight: 8, eighteen: 18, eleven: 11, fifteen: 15, five: 5, four: 4, fourteen: 14, nine: 9, nineteen: 19,
  one: 1, seven: 7, seventeen: 17, six: 6, sixteen: 16, ten: 10, thirteen: 13, three: 3, twelve: 12, twenty: 20, two: 2,
};

/** Words before a number of years that ask for at least that many: "a minimum of five (5) years". Sorted. */
export const YEARS_QUANTIFIERS: readonly string[] = ['at least', 'greater than', 'in excess of', 'min.', 'minimum', 'more than', 'over', 'upwards of'];

/** Words after "N years" that make it an age or a time ago, not experience: "18 years or older". Sorted. */
export const AGE_WORDS: readonly string[] = ['-old', 'ago', 'and older', 'and over', 'of age', 'old', 'or older', 'or over'];
