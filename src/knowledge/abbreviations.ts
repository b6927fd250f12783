// Words ending in a period that do not end a sentence: "e.g. Python", "B.S. in Math", "Sept. 2016".
// Lower case, without the final period, sorted.
export const ABBREVIATIONS: readonly string[] = [
  'a.k.a', 'al', 'approx', 'apr', 'aug', 'b.a', 'b.s', 'b.sc', 'co', 'corp', 'dec', 'dept', 'dr', 'e.g', 'eg', 'esp',
  'etc', 'feb', 'i.e', 'ie', 'inc', 'incl', 'jan', 'jr', 'jul', 'jun', 'ltd', 'm.a', 'm.s', 'm.sc', 'mar', 'min', 'mr',
  'mrs', 'ms', 'no', 'nov', 'oct', 'ph.d', 'prof', 'sept', 'sep', 'sr', 'st', 'u.k', 'u.s', 'vs',
];
