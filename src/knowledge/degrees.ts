// Degree names and the level each one stands for. Sorted by name.
// To edit: add a spelling; mark all-capital abbreviations that are also words or places `case: true`.
// Levels order: high-school < associate < bachelor < master < doctorate.
// A bare "degree" ("Degree in Computer Science") is a bachelor's; find/degrees.ts says when it counts.
import type { DegreeLevel } from '../schema';

export interface DegreeName {
  name: string;
  level: DegreeLevel;
  case?: boolean;
}

export const DEGREE_LEVELS: readonly DegreeLevel[] = ['high-school', 'associate', 'bachelor', 'master', 'doctorate'];

export const DEGREE_NAMES: readonly DegreeName[] = [
  { name: '4-year degree', level: 'bachelor' },
  { name: 'A-levels', level: 'high-school' },
  { name: 'A.A.', level: 'associate' },
  { name: 'A.A.S.', level: 'associate' },
  { name: 'A.S.', level: 'associate' },
  { name: 'AAS', level: 'associate', case: true },
  { name: 'ADN', level: 'associate', case: true },
  { name: 'advanced degree', level: 'master' },
  { name: 'associate degree', level: 'associate' },
  { name: 'associate of applied science', level: 'associate' },
  { name: 'associate of arts', level: 'associate' },
  { name: 'associate of science', level: 'associate' },
  { name: "associate's", level: 'associate' },
  { name: "associate's degree", level: 'associate' },
  { name: 'associates degree', level: 'associate' },
  { name: 'B.A.', level: 'bachelor' },
  { name: 'B.Com', level: 'bachelor' },
  { name: 'B.E.', level: 'bachelor' },
  { name: 'B.Eng', level: 'bachelor' },
  { name: 'B.S.', level: 'bachelor' },
  { name: 'B.S.N.', level: 'bachelor' },
  { name: 'B.Sc', level: 'bachelor' },
  { name: 'B.Tech', level: 'bachelor' },
  { name: 'BA', level: 'bachelor', case: true },
  { name: 'baccalaureate', level: 'bachelor' },
  { name: 'bachelor', level: 'bachelor' },
  { name: 'bachelor of arts', level: 'bachelor' },
  { name: 'bachelor of engineering', level: 'bachelor' },
  { name: 'bachelor of science', level: 'bachelor' },
  { name: 'bachelor of technology', level: 'bachelor' },
  { name: "bachelor's", level: 'bachelor' },
  { name: "bachelor's degree", level: 'bachelor' },
  { name: 'bachelors', level: 'bachelor' },
  { name: 'BBA', level: 'bachelor', case: true },
  { name: 'BCom', level: 'bachelor', case: true },
  { name: 'BE', level: 'bachelor', case: true },
  { name: 'BEng', level: 'bachelor', case: true },
  { name: 'BFA', level: 'bachelor', case: true },
  { name: 'BS', level: 'bachelor', case: true },
  { name: 'BSc', level: 'bachelor', case: true },
  { name: 'BSN', level: 'bachelor', case: true },
  { name: 'BTech', level: 'bachelor', case: true },
  { name: 'college degree', level: 'bachelor' },
  { name: 'D.Phil', level: 'doctorate' },
  { name: 'degree', level: 'bachelor' },
  { name: 'diploma in nursing', level: 'associate' },
  { name: 'DNP', level: 'doctorate', case: true },
  { name: 'doctor of philosophy', level: 'doctorate' },
  { name: 'doctoral', level: 'doctorate' },
  { name: 'doctoral degree', level: 'doctorate' },
  { name: 'doctorate', level: 'doctorate' },
  { name: 'DPhil', level: 'doctorate', case: true },
  { name: 'Ed.D.', level: 'doctorate' },
  { name: 'EdD', level: 'doctorate', case: true },
  { name: 'first-class degree', level: 'bachelor' },
  { name: 'four-year degree', level: 'bachelor' },
  { name: 'GED', level: 'high-school', case: true },
  { name: 'graduate degree', level: 'master' },
  { name: 'high school', level: 'high-school' },
  { name: 'high school diploma', level: 'high-school' },
  { name: 'HNC', level: 'associate', case: true },
  { name: 'HND', level: 'associate', case: true },
  { name: 'honours degree', level: 'bachelor' },
  { name: 'J.D.', level: 'doctorate' },
  { name: 'JD', level: 'doctorate', case: true },
  { name: 'LLB', level: 'bachelor', case: true },
  { name: 'LLM', level: 'master', case: true },
  { name: 'M.A.', level: 'master' },
  { name: 'M.B.A.', level: 'master' },
  { name: 'M.D.', level: 'doctorate' },
  { name: 'M.Eng', level: 'master' },
  { name: 'M.S.', level: 'master' },
  { name: 'M.Sc', level: 'master' },
  { name: 'M.Tech', level: 'master' },
  { name: 'MA', level: 'master', case: true },
  { name: 'master of arts', level: 'master' },
  { name: 'master of business administration', level: 'master' },
  { name: 'master of engineering', level: 'master' },
  { name: 'master of science', level: 'master' },
  { name: "master's", level: 'master' },
  { name: "master's degree", level: 'master' },
  { name: 'masters', level: 'master' },
  { name: 'MBA', level: 'master', case: true },
  { name: 'MD', level: 'doctorate', case: true },
  { name: 'MEng', level: 'master', case: true },
  { name: 'MFA', level: 'master', case: true },
  { name: 'MPH', level: 'master', case: true },
  { name: 'MS', level: 'master', case: true },
  { name: 'MSc', level: 'master', case: true },
  { name: 'MSN', level: 'master', case: true },
  { name: 'MTech', level: 'master', case: true },
  { name: 'nursing diploma', level: 'associate' },
  { name: 'NVQ Level 3', level: 'high-school' },
  { name: 'NVQ Level 4', level: 'associate' },
  { name: 'NVQ Level 5', level: 'associate' },
  { name: 'Ph.D', level: 'doctorate' },
  { name: 'PharmD', level: 'doctorate', case: true },
  { name: 'PhD', level: 'doctorate' },
  { name: 'postgraduate degree', level: 'master' },
  { name: 'RN diploma', level: 'associate' },
  { name: 'secondary school diploma', level: 'high-school' },
  { name: 'undergraduate degree', level: 'bachelor' },
  { name: 'university degree', level: 'bachelor' },
];

/** Words after "MS" or "BA" that make it no degree: "MS Excel", "MS Office". Lower case, sorted. */
export const NOT_DEGREE_BEFORE: readonly string[] = [
  'access', 'dynamics', 'excel', 'office', 'outlook', 'powerpoint', 'project', 'sql', 'teams', 'visio', 'windows', 'word',
];

/** Words near a degree that mean it is not held yet: "expected 2027", "in progress". */
export const DEGREE_IN_PROGRESS: readonly string[] = ['anticipated', 'candidate', 'currently pursuing', 'expected', 'in progress', 'pursuing', 'ongoing'];

/**
 * "Bachelor's degree or equivalent experience": the years of total experience that stand in for each level
 * (a common recruiting rule of thumb; edit here to change it).
 */
export const EQUIVALENT_EXPERIENCE_YEARS: Readonly<Record<DegreeLevel, number>> = {
  'high-school': 0,
  associate: 2,
  bachelor: 4,
  master: 6,
  doctorate: 10,
};

/** Words that name a school in a résumé line: "Lakeshore State University", "Queen City College of Nursing". */
export const INSTITUTION_WORDS: readonly string[] = [
  'Academy', 'College', 'Conservatory', 'Hochschule', 'Institute', 'Polytechnic', 'School', 'Universidad', 'Universidade',
  'Università', 'Universitat', 'Université', 'University',
];

/** British degree classes, which name a bachelor's on their own: "a 2:1 or above in Computer Science". */
export const DEGREE_CLASSES: readonly string[] = ['2:1', '2:2', 'first class', 'first-class', 'upper second', 'upper second-class'];
