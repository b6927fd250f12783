// Words that, just before a guarded skill name, show it is meant as a skill: "experience with Go",
// "programming in R", "proficient in Swift". Lower case, sorted.
export const SKILL_CONTEXT_CUES: readonly string[] = [
  'built', 'developed', 'experience', 'framework', 'frameworks', 'in', 'including', 'knowledge', 'language',
  'languages', 'library', 'proficiency', 'proficient', 'programming', 'using', 'with', 'written', 'wrote',
];

// Words that join a list of words sharing a phrase's last words: "written and oral communication",
// "unit, integration and load testing". Lower case, sorted.
export const SKILL_LIST_JOINERS: readonly string[] = ['and', 'or'];

// Words that, in the same sentence, show a language's name means the language ("fluent in German", "bilingual
// Spanish") and not a place or a people ("our German headquarters", "Polish your résumé"). Lower case, sorted.
export const LANGUAGE_CUES: readonly string[] = [
  'a1', 'a2', 'b1', 'b2', 'bilingual', 'c1', 'c2', 'command', 'conversational', 'fluency', 'fluent', 'fluently', 'interpreter',
  'interpreting', 'language', 'languages', 'multilingual', 'native', 'proficiency', 'proficient', 'speak', 'speaker',
  'speakers', 'speaking', 'speaks', 'spoken', 'tongue', 'translate', 'translation', 'translator', 'trilingual',
  'verbal', 'written',
];

// A name followed by one of its words is a verb or a plain word, unless a cue stands before it ("experience
// with React to build…") or it is capitalised inside a sentence ("We use React to build…"): "Excel in a fast-paced
// team", "react to feedback", "Go beyond", "Spark joy". Keys lower case, sorted; words lower case, sorted.
export const WORD_USES: Readonly<Record<string, readonly string[]>> = {
  excel: ['at', 'in'],
  go: ['above', 'beyond', 'the'],
  monitoring: ['evaluation'],
  react: ['quickly', 'to'],
  spark: ['curiosity', 'innovation', 'interest', 'joy'],
};

// A name that qualifies the next word is a plain word, whatever stands before it: "retail sales forecasting",
// "experience in sales data" name no sales skill. Keys lower case, sorted; words lower case, sorted.
export const WORDS_AFTER: Readonly<Record<string, readonly string[]>> = {
  sales: ['data', 'figures', 'forecast', 'forecasting', 'forecasts', 'numbers', 'volume', 'volumes'],
};

// One letter that a name shares with an acronym written with spaces: "R & D" is research and development, even
// after a cue ("experience in R & D"). Keys lower case; the letter after "&", lower case.
export const ACRONYM_PARTS: Readonly<Record<string, readonly string[]>> = { r: ['d'] };

// A name after one of its words is a plain word, whatever stands before: "usage statistics" and "sales statistics"
// are figures, not the discipline. Keys lower case, sorted; words lower case, sorted.
export const WORDS_BEFORE: Readonly<Record<string, readonly string[]>> = {
  statistics: ['crime', 'game', 'match', 'player', 'population', 'sales', 'site', 'trade', 'traffic', 'usage', 'visitor', 'web'],
};

// Words that, a few words before a plural role ("data scientists", "DevOps engineers"), show the role names other
// people, colleagues rather than the candidate's skill: "partner with data scientists", "join our team of
// Bioinformatics specialists". Lower case, sorted; two-word cues as written.
export const COLLEAGUE_CUES: readonly string[] = ['alongside', 'among', 'fellow', 'other', 'such as', 'team of', 'teams of', 'with'];
/** People's roles that such a plural names (not things: "LLM agents", "Kubernetes controllers"). Singular, sorted. */
export const COLLEAGUE_ROLES: readonly string[] = [
  'accountant', 'administrator', 'analyst', 'architect', 'consultant', 'designer', 'developer', 'engineer', 'mechanic',
  'nurse', 'practitioner', 'professional', 'programmer', 'researcher', 'scientist', 'specialist', 'teacher',
  'technician', 'tester',
];

// A word with a sense in software and another elsewhere: the skills beside it in its sentence choose. It takes
// the software sense (`technical`, or no skill when there is none) when a skill that is or shows one of `beside`
// stands there and no healthcare skill does: "AWS (S3, EMR, SageMaker)" and "Spark jobs on EMR" are Amazon EMR;
// "charted in the EMR", "HL7 interfaces to the EMR in Java", "Epic EMR, Excel, SQL" are electronic health records.
// "GPS telemetry through Kafka" is data, no skill; "monitored telemetry, KPIs in Power BI" is the nursing skill.
// Keys: the word in small letters, sorted.
export const TWO_SENSES: Readonly<Record<string, { technical?: string; beside: readonly string[]; otherwise: string }>> = {
  emr: { technical: 'Amazon EMR', beside: ['AWS', 'Big Data'], otherwise: 'Electronic Health Records' },
  telemetry: { beside: ['Apache Kafka', 'Microservices', 'Monitoring', 'Stream Processing'], otherwise: 'Telemetry' },
};