// Words that, just before a guarded skill name, show it is meant as a skill: "experience with Go",
// "programming in R", "proficient in Swift". Lower case, sorted.
export const SKILL_CONTEXT_CUES: readonly string[] = [
  'built', 'developed', 'experience', 'framework', 'frameworks', 'in', 'including', 'knowledge', 'language',
  'languages', 'library', 'proficiency', 'proficient', 'programming', 'using', 'with', 'written', 'wrote',
];

// Words that join a list of words sharing a phrase's last words: "written and oral communication",
// "unit, integration and load testing". Lower case, sorted.
export const SKILL_LIST_JOINERS: readonly string[] = ['and', 'or'];
