// Generators of hostile text for the fuzz suite: the characters, fragments and shapes that break rule-based
// extractors (every Unicode space and dash, RTL, emoji, NUL, CR, deep nesting, long lines, many bullets).
// `scale` grows the big shapes: 1 in CI, more in scripts/fuzz-long.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';

/** Every Unicode space, line and paragraph separator, and the zero-width characters that pass for spaces. */
export const SPACES = [
  '\t', '\n', '\v', '\f', '\r', ' ', '\u0085', '\u00A0', '\u1680', '\u180E', '\u2000', '\u2001', '\u2002', '\u2003',
  '\u2004', '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200A', '\u200B', '\u200C', '\u200D', '\u2028',
  '\u2029', '\u202F', '\u205F', '\u2060', '\u3000', '\uFEFF',
] as const;

/** Every dash and hyphen of Unicode's Dash_Punctuation (and friends: minus, soft hyphen, hyphen bullet). */
export const DASHES = [
  '-', '\u00AD', '\u058A', '\u05BE', '\u1400', '\u1806', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015',
  '\u2043', '\u2212', '\u2E17', '\u2E1A', '\u2E3A', '\u2E3B', '\u2E40', '\u2E5D', '\u301C', '\u3030', '\u30A0',
  '\uFE31', '\uFE32', '\uFE58', '\uFE63', '\uFF0D', '\u{10EAD}', '--', '---',
] as const;

export const RTL = [
  'שלום עולם', 'מהנדס תוכנה 5 שנים', 'مهندس برمجيات', '٥+ سنوات خبرة', '۵ سال', '٠١٢٣٤٥٦٧٨٩', '\u200E', '\u200F',
  '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u061C',
  '\u202EPython 5 years\u202C', 'Python \u05E9\u05E0\u05D9\u05DD 2019 \u2013 2021',
] as const;

export const EMOJI = [
  '🚀', '👩‍💻', '👨🏽‍🔬', '🇺🇸', '1️⃣', '🏳️‍🌈', '👍🏽', '#️⃣', '\u{1F600}', '🧑‍🤝‍🧑', '✅', '⭐️', '\u{E0067}', '🏴󠁧󠁢󠁳󠁣󠁴󠁿',
] as const;

/** Characters that change length or meaning under NFKC, combine, or are not valid on their own. */
export const ODD_CHARS = [
  '\u0000', '\u0001', '\u0007', '\u001B[31m', '\u007F', '\u0080', '\u009F', '\uFFFD', '\uFFFE', '\uFFFF', '\uD800',
  '\uDC00', '\uDBFF\uDFFF', 'e\u0301', 'Z\u0337\u0322\u031B\u0353\u0355\u0359', '\uFDFA', 'ﬁ', 'ﬂ', 'ﬀ', 'ﬃ', 'Ｐｙｔｈｏｎ',
  '５＋ ｙｅａｒｓ', '²', '½', 'Ⅻ', '㍱', '\u{1D400}', 'İ', 'ß', 'ǅ', '\u0130\u0307', '\u2024', '\u2026', '\u00B7',
] as const;

/** The phrases the extractors look for, their near misses, and what they must not read as years or dates. */
export const DOMAIN = [
  'Basic Qualifications:', 'Preferred Qualifications:', 'Minimum Qualifications', 'Requirements', 'Must have:',
  'Nice to have', 'Nice-to-have skills', 'Bonus', 'About the role', 'Responsibilities', 'Benefits', 'EXPERIENCE',
  '## Experience', 'Work History', 'Education', 'EDUCATION', 'Skills:', 'Projects', 'Certifications', 'Summary',
  '5+ years', 'years years', 'Minimum 6 years', 'at least 4 years of', '3+ years of experience with', 'two (2) years',
  '2-4 years', '18 months', 'over a decade', '5 or more years of Python, Scala, or Java', 'one or more of',
  'such as', 'e.g.', 'i.e.', 'a plus', 'preferred', 'desirable', 'experience with', '$175,800 - $200,700', '401(k)',
  '100%', 'age 18+', "Bachelor's degree in Computer Science or equivalent practical experience", 'BS/MS', 'PhD',
  "Master's or doctoral degree", 'high school diploma', 'Associate degree', 'or related field', 'Jan 2019 – Present',
  'January 2019 to Current', '2015 - 2018', '03/2017 – 06/2020', '06/15 - Now', 'Sept. 2016 to date', '2019–',
  'Since May 2024', 'Jan – Dec 2019', 'Dec 2020 – Jan 2019', '9999 - 0000', '0000', '13/2020', '00/00', '1900 – 2100',
  '2100 – Present', '99999999999999999999 years', '1e308 years', '-5 years', 'NaN years', 'Infinity years',
  '0 years', '5.5 years', '½ year', 'twelve (12) years', 'a hundred years', 'k8s', 'C++', 'C#', 'F#', '.NET',
  'Node.js', 'CI/CD', 'Go', 'R', 'React', 'Spark', 'Swift', 'Excel', 'Python', 'Java', 'SQL', 'AWS', 'PyTorch',
  'scikit-learn', 'Kubernetes', 'RN', 'CPA', 'PMP', 'BLS and ACLS', 'TS/SCI clearance', "driver's license",
  'visa sponsorship', 'equal opportunity employer', 'salary', 'remote', 'travel 25%', 'Senior Software Engineer',
  'Acme Corp.', 'Pell & Brandt LLP', '•', '◦', '▪', '●', '➢', '- ', '* ', '1.', '1)', 'a.', '**', '__', '~~', '`', '```',
  '[[[', ']]]', '(((', ')))', '[a](b)', '![x](y)', '<div>', '</p>', '<script>', '&amp;', '&#0;', '&#x110000;', '{',
  '"work": [', '%PDF-', '|', '||', ' | ', ':', ';', ',', '.', '...', '/', '\\', '"', "'", '’', '“', '”', '?', '!',
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '$&', '$1', '$$',
] as const;

const CHARSETS = [...SPACES, ...DASHES, ...RTL, ...EMOJI, ...ODD_CHARS];

/** Lines of the project's own text fixtures: real postings and résumés to mix in. */
export function fixtureLines(): string[] {
  const lines = new Set<string>();
  for (const dir of ['fixtures/documents/postings', 'fixtures/documents/resumes']) {
    for (const name of readdirSync(dir)) {
      if (!/\.(?:txt|md)$/.test(name)) continue;
      for (const line of readFileSync(join(dir, name), 'utf8').split(/\r?\n/)) if (line.trim()) lines.add(line);
    }
  }
  return [...lines].sort();
}

const LINES = fixtureLines();

/** A 16-bit code unit of any value: lone surrogates included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n));

export const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...DOMAIN) },
  { weight: 4, arbitrary: fc.constantFrom(...LINES) },
  { weight: 3, arbitrary: fc.constantFrom(...CHARSETS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: codeUnit, maxLength: 8 }) },
  { weight: 2, arbitrary: fc.integer({ min: -1, max: 100_000 }).map(String) },
  { weight: 1, arbitrary: fc.stringMatching(/^[0-9]{1,40}$/) },
);

/** What stands between fragments: spaces of every kind, CRLF, lone CR, nothing. */
export const separator: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constant(' ') },
  { weight: 4, arbitrary: fc.constant('\n') },
  { weight: 2, arbitrary: fc.constantFrom('\r\n', '\r', '\n\n', '\r\r\n', '\n\r') },
  { weight: 2, arbitrary: fc.constantFrom(...SPACES) },
  { weight: 1, arbitrary: fc.constantFrom(...DASHES).map((d) => ` ${d} `) },
  { weight: 1, arbitrary: fc.constant('') },
);

/** A run of fragments and separators: mostly words, sometimes noise. */
export const text = (maxFragments = 60): fc.Arbitrary<string> =>
  fc.array(fc.tuple(fragment, separator), { maxLength: maxFragments }).map((parts) => parts.flat().join(''));

/** A document with headings and bulleted lines, the shape both postings and résumés have. */
export const document: fc.Arbitrary<string> = fc
  .array(
    fc.record({
      heading: fc.constantFrom(...DOMAIN.slice(0, 20), ''),
      lines: fc.array(fc.tuple(fc.constantFrom('', '• ', '- ', '* ', '1. ', '◦ ', '   '), text(12)), { maxLength: 8 }),
      newline: fc.constantFrom('\n', '\r\n', '\r'),
    }),
    { maxLength: 6 },
  )
  .map((sections) =>
    sections.map((s) => [s.heading, ...s.lines.map(([bullet, line]) => bullet + line)].join(s.newline)).join('\n\n'),
  );

/** The big shapes, sized by `scale`: a long line, thousands of bullets, deep parentheses, one fragment repeated. */
export const bigText = (scale = 1): fc.Arbitrary<string> =>
  fc.oneof(
    fc.tuple(fragment, fc.integer({ min: 1000, max: 20_000 * scale })).map(([f, n]) => `${f} `.repeat(n).slice(0, 60_000 * scale)),
    fc
      .tuple(fc.constantFrom('• ', '- ', '* ', '', '1. '), fc.array(text(4), { minLength: 1, maxLength: 20 }), fc.integer({ min: 1000, max: 3000 * scale }))
      .map(([bullet, lines, n]) => `Requirements:\n${Array.from({ length: n }, (_, i) => bullet + lines[i % lines.length]).join('\n')}`),
    fc
      .tuple(fc.integer({ min: 100, max: 10_000 * scale }), fc.integer({ min: 0, max: 10_000 * scale }), fragment, fc.constantFrom('()', '[]', '{}', '<>', '**'))
      .map(([open, close, f, [a, b]]) => `Basic Qualifications: ${a!.repeat(open)}${f} 5+ years of Python${b!.repeat(close)}`),
    fc
      .tuple(fc.constantFrom(...DOMAIN, ...CHARSETS), fc.integer({ min: 1000, max: 20_000 * scale }), separator)
      .map(([f, n, sep]) => `Requirements\n${(f + sep).repeat(n)}`.slice(0, 80_000 * scale)),
    // Two fragments in turn ("Experience\nBuilt X\n" over and over): a heading repeated between lines.
    fc
      .tuple(fragment, separator, fragment, fc.constantFrom('\n', '\r\n', '\r', '\n\n'), fc.integer({ min: 500, max: 10_000 * scale }))
      .map(([a, s1, b, s2, n]) => (a + s1 + b + s2).repeat(n).slice(0, 80_000 * scale)),
    // One character over and over on a line of its own: where adjacent `\s*` or `\d*` backtrack, this is slow.
    fc
      .tuple(
        fc.constantFrom('', 'a\n', 'Experience\n', 'Requirements\n', 'Education\n', 'Skills: ', '5+ years of '),
        fc.constantFrom(...SPACES, ...DASHES, '0', '9', 'a', 'A', '.', ',', ';', '(', ')', '[', '*', '#', '|', '/', '•', '+', "'", '$'),
        fc.integer({ min: 1000, max: 20_000 * scale }),
        fc.constantFrom('', '\n', 'x', ' 5 years', ' 2019', '!'),
      )
      .map(([prefix, ch, n, suffix]) => prefix + ch.repeat(n) + suffix),
  );

/** Any text a user could hand fitscore: random runs, shaped documents, big shapes, fixture text mangled. */
export const anyText = (scale = 1): fc.Arbitrary<string> =>
  fc.oneof({ weight: 4, arbitrary: text() }, { weight: 4, arbitrary: document }, { weight: 1, arbitrary: bigText(scale) });

/** A valid "YYYY-MM", far past and far future included. */
export const asOf: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(1000, 1900, 1970, 2000, 2019, 2026, 2100, 9999), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 1, max: 12 }))
  .map(([base, add, month]) => `${Math.min(9999, base + add)}-${String(month).padStart(2, '0')}`);

/** A --weights document: any valid values, zeros and huge numbers included. */
export const weights = fc.record(
  {
    parts: fc.record({ basic: fc.constantFrom(0, 1, 70, 1e308), preferred: fc.constantFrom(0, 20, 1e-300), skills: fc.constantFrom(0, 10) }, { requiredKeys: [] }),
    unknownCredit: fc.constantFrom(0, 0.5, 1),
    listedSkillCredit: fc.constantFrom(0, 0.3, 1),
    positionKinds: fc.record({ internship: fc.constantFrom(0, 1), 'part-time': fc.constantFrom(0, 1), academic: fc.constantFrom(0, 1) }, { requiredKeys: [] }),
  },
  { requiredKeys: [] },
);
