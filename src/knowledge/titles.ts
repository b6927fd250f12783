// Words that mark a line or a piece of a line as a job title ("Senior Data Engineer", "Registered Nurse").
// Lower case, sorted. To edit: add the head word of a title.
export const TITLE_WORDS: readonly string[] = [
  'accountant', 'administrator', 'adjunct', 'advisor', 'agent', 'analyst', 'architect', 'assistant', 'associate', 'auditor',
  'bookkeeper', 'ceo', 'cfo', 'chef', 'clerk', 'co-founder', 'coach', 'consultant', 'contributor', 'controller', 'coordinator', 'cto',
  'designer', 'developer', 'director', 'editor', 'electrician', 'engineer', 'executive', 'fellow', 'founder', 'head',
  'instructor', 'intern', 'internship', 'lead', 'leader', 'lecturer', 'manager', 'mechanic', 'nurse', 'officer', 'owner',
  'partner', 'pharmacist', 'physician', 'president', 'principal', 'professor', 'programmer', 'recruiter',
  'representative', 'researcher', 'rn', 'scientist', 'specialist', 'strategist', 'supervisor', 'teacher',
  'technician', 'technologist', 'trainee', 'tutor', 'vp', 'writer',
];

/** Company-name endings with a dot, which do not end a sentence: "Harrowgate Supply Co.". */
export const ORGANIZATION_ABBREVIATIONS: readonly string[] = ['Bros', 'Co', 'Corp', 'Inc', 'Jr', 'LLC', 'LLP', 'Ltd', 'S.A', 'Sr', 'Univ'];

/** Title words that make a position an internship or part-time role (labelled in the report). */
export const INTERN_WORDS: readonly string[] = ['co-op', 'intern', 'internship', 'trainee', 'apprentice'];
export const PART_TIME_WORDS: readonly string[] = ['adjunct', 'part time', 'part-time', 'volunteer'];
export const ACADEMIC_WORDS: readonly string[] = ['doctoral candidate', 'graduate assistant', 'phd candidate', 'phd student', 'research assistant', 'teaching assistant'];

/**
 * Seniority words and their rank, for comparing a posting's title with the résumé's latest one. A title with
 * none of them is mid-level (2). Lower case, sorted by word.
 */
export const SENIORITY: Readonly<Record<string, number>> = {
  associate: 1, ceo: 6, chief: 6, cto: 6, director: 5, entry: 1, graduate: 1, head: 5, i: 1, ii: 2, iii: 3, intern: 0,
  internship: 0, junior: 1, jr: 1, lead: 4, principal: 5, senior: 3, sr: 3, staff: 4, trainee: 0, vp: 6,
};

/** "Staff" is a rank only for these roles: a Staff Engineer is senior, a Staff Accountant or Staff Nurse is not. */
export const STAFF_RANK_ROLES: readonly string[] = ['architect', 'designer', 'developer', 'engineer', 'programmer', 'scientist'];

/** The name of each seniority rank, for the report. */
export const LEVEL_NAMES: readonly string[] = ['intern', 'junior', 'mid', 'senior', 'staff or lead', 'principal', 'executive'];

/** Words of a title that name neither the role nor the level: "of", "and", "&". */
export const TITLE_FILLER: readonly string[] = ['&', 'and', 'for', 'in', 'of', 'the', 'to', 'with'];
