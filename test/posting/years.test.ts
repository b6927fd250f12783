// Years of experience a posting asks for (DESIGN.md, "Posting extraction"): "Minimum 6 years", "at least 4 years",
// "3+ years", "5 or more years", "two (2) years", "2-4 years", "over 3 years", "1 year", "18 months" → {min, max?};
// money, dates, ages and percentages are never years. Many phrasings come from the SkillSpan and Green et al.
// (2022) job-ad sentences in the corpus; their tokenised spacing ("2 + years", "( 3 or 5 years )") is kept.
import { describe, expect, it } from 'vitest';
import { findYears, parseYears } from '../../src/posting/years';
import type { Years } from '../../src/schema';

// [requirement text, years asked for]
const cases: [string, Years][] = [
  // DESIGN.md's own forms.
  ['Minimum 6 years of experience in application development', { min: 6 }],
  ['at least 4 years of experience', { min: 4 }],
  ['3+ years of experience', { min: 3 }],
  ['5 or more years of experience', { min: 5 }],
  ['two (2) years of experience', { min: 2 }],
  ['a minimum of five (5) years', { min: 5 }],
  ['2-4 years of experience', { min: 2, max: 4 }],
  ['2 to 4 years of experience', { min: 2, max: 4 }],
  ['2 – 4 years', { min: 2, max: 4 }],
  ['2 - 3 years', { min: 2, max: 3 }],
  ['over 3 years of experience', { min: 3 }],
  ['more than 5 years of experience', { min: 5 }],
  ['1 year of experience', { min: 1 }],
  ['a year of experience', { min: 1 }],
  ['4 years programming in Python, Scala, or Java', { min: 4 }],
  // Months.
  ['18 months of experience', { min: 1.5 }],
  ['6 months of experience', { min: 0.5 }],
  ['3 months', { min: 0.25 }],
  ['9 months', { min: 0.75 }],
  ['24 months', { min: 2 }],
  ['36 months', { min: 3 }],
  ['12 Months exposure to Dynamics CRM', { min: 1 }],
  // Abbreviated units.
  ['5+ yrs of experience', { min: 5 }],
  ['10+ yrs. of experience', { min: 10 }],
  ['3 yrs', { min: 3 }],
  ['2 yr experience', { min: 2 }],
  ['4yrs experience', { min: 4 }],
  ['5yrs+ experience', { min: 5 }],
  ['minimum of 3 yrs experience', { min: 3 }],
  // A decade.
  ['over a decade of experience', { min: 10 }],
  ['more than a decade', { min: 10 }],
  ['at least a decade', { min: 10 }],
  ['a decade of experience', { min: 10 }],
  // The first phrase is the requirement.
  ["3 years of experience in X or 1 year with a master's", { min: 3 }],
  ['5 years of experience with 2 years in management', { min: 5 }],
  // Number words.
  ['one year', { min: 1 }],
  ['two years', { min: 2 }],
  ['three years', { min: 3 }],
  ['four years', { min: 4 }],
  ['five years', { min: 5 }],
  ['six years', { min: 6 }],
  ['seven years', { min: 7 }],
  ['eight years', { min: 8 }],
  ['nine years', { min: 9 }],
  ['ten years', { min: 10 }],
  ['eleven years', { min: 11 }],
  ['twelve years', { min: 12 }],
  ['thirteen years', { min: 13 }],
  ['fourteen years', { min: 14 }],
  ['fifteen years', { min: 15 }],
  ['sixteen years', { min: 16 }],
  ['eighteen years', { min: 18 }],
  ['twenty years', { min: 20 }],
  ['Five years of experience', { min: 5 }],
  ['TWO YEARS of experience', { min: 2 }],
  ['five+ years', { min: 5 }],
  ['three to five years of experience', { min: 3, max: 5 }],
  ['three-five years', { min: 3, max: 5 }],
  ['seven (7) years', { min: 7 }],
  ['ten (10) or more years', { min: 10 }],
  ['four or more years of Java or API development', { min: 4 }],
  ['A minimum of five years of experience from previous jobs', { min: 5 }],
  // Other openers and closers.
  ['3 plus years', { min: 3 }],
  ['3 years or greater', { min: 3 }],
  ['greater than 5 years', { min: 5 }],
  ['in excess of 10 years', { min: 10 }],
  ['upwards of 7 years', { min: 7 }],
  ['Min. 5 years', { min: 5 }],
  ['min 5 years', { min: 5 }],
  ['2.5 years of experience', { min: 2.5 }],
  ['1.5 years', { min: 1.5 }],
  ['(3+ years)', { min: 3 }],
  ['3+ years’ experience', { min: 3 }],
  ["3 years' experience in a similar position", { min: 3 }],
  ['10 years', { min: 10 }],
  ['25 years', { min: 25 }],
  // From the SkillSpan and Green et al. sentences.
  ['* Have minimum 5 years of experience working with embedded software', { min: 5 }],
  ['2 + years of experience in Agile practices', { min: 2 }],
  ['3 + years of experience with Jenkins Terraform Python', { min: 3 }],
  ['A doctorate degree or Master degree ( with +2 years work experience in the field )', { min: 2 }],
  ['You hold a degree in Engineering and have +10 years of relevant working experience .', { min: 10 }],
  ['With your + 5 years knowledge of working with Typescript Node React', { min: 5 }],
  ['A minimum of 8+ years experience of running large scale customer facing web services .', { min: 8 }],
  ['The successful candidate has at the minimum 2-3 years of work experience', { min: 2, max: 3 }],
  ['Minimum 3 or more years of experience as a software developer', { min: 3 }],
  ['have 5-10 years of experience in Full Stack Development', { min: 5, max: 10 }],
  ['At least 2+ years of experience in programming apps for Android and/or iOS', { min: 2 }],
  ['You’ll need around 3 - 4 years of industry experience', { min: 3, max: 4 }],
  ['What we’re looking for: 3-5 years of experience in building responsive web apps', { min: 3, max: 5 }],
  ['a master degree in production/supply chain and 5-8 years of experience', { min: 5, max: 8 }],
  ['Leakage Detection on active projects , ideally 2 years or more .', { min: 2 }],
  ['OUR IDEAL CANDIDATE has a minimum of 2 years experience as a Content Manager', { min: 2 }],
  ['Have a minimum of 1 year of cleaning experience', { min: 1 }],
  ['1+ years of experience with AWS GCP Microsoft Azure or another public cloud service', { min: 1 }],
  ['Profile: Qualifications: 8+ years of work experience in entrepreneurial environments', { min: 8 }],
  ['Must have at least 8 years experience with knowledge of', { min: 8 }],
  ['3 years Lead Generation or Inside Sales', { min: 3 }],
  ['computer science or electrical engineering and/or 5 years equivalent network engineering experience', { min: 5 }],
  ['You have more than 5 Years of experience working as a software engineer', { min: 5 }],
  ['At least 1 year experience with a public cloud ( AWS Microsoft Azure Google Cloud )', { min: 1 }],
  ['At least 1 years of experience with Vue.js Vuex Laravel MySQL', { min: 1 }],
  ['At least 7 years of experience with incident response security operations', { min: 7 }],
  ['Bachelors degree in Computer Science preferred and at least 5 years of related experience .', { min: 5 }],
  ['Essential Skills & Experience Scrum 2+ years of project management experience', { min: 2 }],
  ['Required Skills & Technologies * +4 years of professional experience', { min: 4 }],
  ['Experience Essential RGN qualified , at least 2 years post qualified experience', { min: 2 }],
  // Numbers that are not years stand beside the years without taking their place.
  ['The salary range is $175,800 - $200,700. At least 4 years of experience.', { min: 4 }],
  ['Must be 18 years of age with 2 years of retail experience', { min: 2 }],
  ['at least 4 years\nof experience', { min: 4 }],
];

// Text with numbers that are not years of experience.
const negatives: string[] = [
  // Money.
  '$175,800 - $200,700',
  'The salary range is $175,800 - $200,700 per year',
  '$70k–$85k',
  '$70k-$85k per year',
  '$50,000 per year',
  'Salary: $95,000/year',
  '$1.6 billion in revenue',
  '$5 years',
  // Ages.
  '18 years of age',
  'must be 18 years old',
  'Applicants must be at least 25 years of age',
  '25 years of age or older',
  '18+ years old',
  '18 yrs old',
  '18 years-old',
  'an 18-year-old',
  '0 to 18-year-olds',
  // Time ago.
  'founded 25 years ago',
  '10 years ago',
  // Percentages.
  '20% of your time',
  '20 % of the time',
  'up to 40% on our products',
  '5% annual raise',
  'travel 25%',
  // Dates.
  'since 2019',
  '2015 - 2018',
  '2019 - 2021',
  'Start date: January 2025',
  // Other numbers.
  '24/7',
  '24/7 on-call rotation',
  '401(k)',
  '401(k) with 4% match',
  '3.5 GPA',
  'GPA of 3.5 or higher',
  '3.97/4.00',
  'Level 3',
  'Level 3 clearance',
  'Python 3.10',
  'ISO 27001',
  'SOC 2 Type II',
  'COVID-19',
  'Windows 10',
  '(555) 010-2345',
  'Team of 6 engineers',
  // Other units, and durations of a position rather than experience asked for.
  '25 days of holiday',
  '12 weeks parental leave',
  'a 12-week program',
  'Posted 3 days ago',
  '3-5 business days',
  '1-2 days per week in office',
  '40 paid volunteer hours per year',
  '30 days annual leave per year',
  '35 weeks per year',
  'A 3-year PhD position is available',
  "a two-year master's degree",
  // "Years" with no number.
  'years of experience',
  'several years of experience',
  'many years of experience',
  'a few years of experience',
  'some years of experience',
  'every year',
  'per year',
  'year over year growth',
  // Out of range.
  '0 years of experience',
  '50 years',
  '100 years',
  '1,000 years',
  '2.0.1 years',
];

// [text, every years phrase it holds, in order]
const mentions: [string, string[]][] = [
  ["3 years of experience in X or 1 year with a master's", ['3 years', '1 year']],
  ['5 years of experience with 2 years in management', ['5 years', '2 years']],
  ['over a decade of experience, including 5+ years leading teams', ['over a decade', '5+ years']],
  [
    "Basic Qualifications: Bachelor's degree. Minimum 6 years of experience in application development. " +
      "Preferred Qualifications: Master's degree. 3+ years of experience with Spark",
    ['Minimum 6 years', '3+ years'],
  ],
  ['a minimum of five (5) years', ['a minimum of five (5) years']],
  ['at least 4 years\nof experience', ['at least 4 years']],
  ['Must be 18 years of age with 2 years of retail experience', ['2 years']],
  ['$175,800 - $200,700', []],
];

describe('parseYears', () => {
  it.each(cases)('reads %j as %o', (text, years) => {
    expect(parseYears(text)).toEqual(years);
  });

  it.each(negatives)('reads no years in %j', (text) => {
    expect(parseYears(text)).toBeUndefined();
  });
});

describe('findYears', () => {
  it.each(mentions)('finds in %j the phrases %j', (text, phrases) => {
    expect(findYears(text).map((m) => m.text)).toEqual(phrases);
  });
});

// Phrasings found by the first sweep of the corpus tables, fixed since.
describe('phrasings found by the first sweep of the corpus tables', () => {
  it.each([
    ['seventeen years', { min: 17 }],
    ['nineteen years', { min: 19 }],
    ['five and a half years', { min: 5.5 }],
    ['at least a year of experience', { min: 1 }],
  ])('reads "%s" as %j', (text, expected) => {
    expect(parseYears(text)).toEqual(expected);
  });

  it.each([
    '$120,000 a year',
    '$120k a year',
    '€45,000 - €55,000 a year',
    '28 days holiday a year',
    'once a year',
    'must be 21 years or older',
    'must be at least 18 years or older',
    'aged 18 years and over',
  ])('reads no years in "%s"', (text) => {
    expect(parseYears(text)).toBeUndefined();
  });
});
