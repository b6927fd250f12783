// Words that mark a line or a piece of a line as a job title ("Senior Data Engineer", "Registered Nurse").
// Lower case, sorted. To edit: add the head word of a title.
export const TITLE_WORDS: readonly string[] = [
  'accountant', 'administrator', 'adjunct', 'advisor', 'analyst', 'architect', 'assistant', 'associate', 'auditor',
  'bookkeeper', 'ceo', 'cfo', 'chef', 'clerk', 'co-founder', 'coach', 'consultant', 'controller', 'coordinator', 'cto',
  'designer', 'developer', 'director', 'editor', 'electrician', 'engineer', 'executive', 'fellow', 'founder', 'head',
  'instructor', 'intern', 'internship', 'lead', 'lecturer', 'manager', 'mechanic', 'nurse', 'officer', 'owner',
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
