// The single source of truth for fitscore's types and its JSON report (schemaVersion 1).
// Names here are a public contract: add fields freely, never rename or remove within a schema version.
// zod/mini keeps start-up cheap; `fitscore schema` prints these as JSON Schema.
import * as z from 'zod/mini';

export const SCHEMA_VERSION = 1 as const;

/** "2026-11". */
export const YEAR_MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const yearMonth = z.string().check(z.regex(YEAR_MONTH));

export const DegreeLevel = z.enum(['high-school', 'associate', 'bachelor', 'master', 'doctorate']);
export type DegreeLevel = z.infer<typeof DegreeLevel>;

export const Section = z.enum(['basic', 'preferred']);
export type Section = z.infer<typeof Section>;

export const RequirementKind = z.enum(['experience', 'degree', 'skill', 'credential', 'other']);
export type RequirementKind = z.infer<typeof RequirementKind>;

export const Years = z.object({ min: z.number(), max: z.optional(z.number()) });
export type Years = z.infer<typeof Years>;

export const DegreeRequirement = z.object({
  level: DegreeLevel,
  fields: z.array(z.string()),
  orRelated: z.boolean(),
  orEquivalentExperience: z.boolean(),
});
export type DegreeRequirement = z.infer<typeof DegreeRequirement>;

export const Requirement = z.object({
  id: z.string(),
  section: Section,
  kind: RequirementKind,
  text: z.string(),
  line: z.optional(z.number()),
  years: z.optional(Years),
  degree: z.optional(DegreeRequirement),
  skills: z.optional(z.array(z.string())),
  anyOf: z.optional(z.boolean()),
  credentials: z.optional(z.array(z.string())),
  /** "5+ years of Java and 2+ years of Kubernetes": years for each skill. */
  skillYears: z.optional(z.array(z.object({ skill: z.string(), years: Years }))),
  /** "3 years of experience, or 1 year with a master's degree": fewer years with a higher degree. */
  yearsWithDegree: z.optional(z.object({ min: z.number(), level: DegreeLevel })),
});
export type Requirement = z.infer<typeof Requirement>;

export const PostingSection = z.enum(['basic', 'preferred', 'other']);
export type PostingSection = z.infer<typeof PostingSection>;

export const NoteTopic = z.enum(['work-authorization', 'location', 'travel']);
export type NoteTopic = z.infer<typeof NoteTopic>;
export const Note = z.object({ topic: NoteTopic, text: z.string() });

export const PostingSkill = z.object({
  name: z.string(),
  section: PostingSection,
  line: z.optional(z.number()),
});
export type PostingSkill = z.infer<typeof PostingSkill>;

export const PostingExtract = z.object({
  kind: z.literal('posting'),
  title: z.optional(z.string()),
  requirements: z.array(Requirement),
  skills: z.array(PostingSkill),
  notes: z.array(Note),
  warnings: z.array(z.string()),
});
export type PostingExtract = z.infer<typeof PostingExtract>;

export const PositionKind = z.enum(['internship', 'part-time', 'academic']);
export type PositionKind = z.infer<typeof PositionKind>;

export const Position = z.object({
  title: z.optional(z.string()),
  organization: z.optional(z.string()),
  start: z.nullable(yearMonth),
  end: z.nullable(yearMonth),
  current: z.boolean(),
  precision: z.enum(['month', 'year']),
  months: z.number(),
  skills: z.array(z.string()),
  /** The résumé line that holds the dates (1-based). */
  line: z.optional(z.number()),
  dates: z.optional(z.string()),
  kind: z.optional(PositionKind),
});
export type Position = z.infer<typeof Position>;

export const Education = z.object({
  level: DegreeLevel,
  field: z.optional(z.string()),
  institution: z.optional(z.string()),
  year: z.optional(z.number()),
  inProgress: z.optional(z.boolean()),
  line: z.optional(z.number()),
  text: z.optional(z.string()),
});
export type Education = z.infer<typeof Education>;

export const ResumeSkill = z.object({
  name: z.string(),
  months: z.optional(z.number()),
  /** Months a sentence of the résumé claims ("8+ years of Python"). */
  claimedMonths: z.optional(z.number()),
  listed: z.boolean(),
});
export type ResumeSkill = z.infer<typeof ResumeSkill>;

export const ResumeExtract = z.object({
  kind: z.literal('resume'),
  positions: z.array(Position),
  totalMonths: z.number(),
  education: z.array(Education),
  skills: z.array(ResumeSkill),
  warnings: z.array(z.string()),
});
export type ResumeExtract = z.infer<typeof ResumeExtract>;

export const Status = z.enum(['met', 'partial', 'missing', 'unknown']);
export type Status = z.infer<typeof Status>;

export const Evidence = z.object({ text: z.string(), line: z.optional(z.number()) });
export type Evidence = z.infer<typeof Evidence>;

const argValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]);
export const ReasonArgs = z.record(z.string(), argValue);
export type ReasonArgs = z.infer<typeof ReasonArgs>;

export const RequirementResult = z.extend(Requirement, {
  status: Status,
  credit: z.number().check(z.gte(0), z.lte(1)),
  evidence: z.array(Evidence),
  reason: z.string(),
  args: ReasonArgs,
  explanation: z.string(),
});
export type RequirementResult = z.infer<typeof RequirementResult>;

const Tally = z.object({
  met: z.number(),
  partial: z.number(),
  missing: z.number(),
  unknown: z.number(),
  total: z.number(),
});

export const TitleMatch = z.object({
  posting: z.string(),
  /** The résumé title closest to the posting's role. */
  closest: z.string(),
  /** The title of the latest position, whose level is compared. */
  latest: z.string(),
  postingLevel: z.string(),
  resumeLevel: z.string(),
  /** Share of the posting title's role words found in the closest résumé title. */
  roleShare: z.number(),
  credit: z.number().check(z.gte(0), z.lte(1)),
  evidence: z.array(Evidence),
});
export type TitleMatch = z.infer<typeof TitleMatch>;

export const WordingGap = z.object({
  skill: z.string(),
  /** As the posting writes it ("Kubernetes"). */
  posting: z.string(),
  /** As the résumé writes it ("k8s"). */
  resume: z.string(),
  line: z.optional(z.number()),
});
export type WordingGap = z.infer<typeof WordingGap>;

export const ScoringPart = z.object({
  part: z.enum(['basic', 'preferred', 'skills', 'title']),
  /** Share of the 100 points this part carries after renormalising over the parts that have items. */
  weight: z.number(),
  /** Points earned in this part; the parts' earned points add up to the score. */
  earned: z.number(),
  items: z.number(),
});
export type ScoringPart = z.infer<typeof ScoringPart>;

export const Report = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  tool: z.object({ name: z.literal('fitscore'), version: z.string() }),
  asOf: yearMonth,
  score: z.number().check(z.gte(0), z.lte(100)),
  meetsBasic: z.boolean(),
  posting: z.object({ source: z.string(), title: z.optional(z.string()) }),
  resume: z.object({ source: z.string(), totalMonths: z.number() }),
  summary: z.object({
    basic: Tally,
    preferred: Tally,
    skills: z.object({ matched: z.number(), total: z.number() }),
  }),
  scoring: z.array(ScoringPart),
  requirements: z.array(RequirementResult),
  skills: z.object({
    matched: z.array(z.string()),
    missing: z.array(z.string()),
    /** Skills matched under another name: use the posting's wording so that keyword searches find them. */
    wording: z.optional(z.array(WordingGap)),
  }),
  /** The posting's title and level against the résumé's titles (absent when either has none). */
  title: z.optional(TitleMatch),
  notes: z.array(Note),
  warnings: z.array(z.string()),
});
export type Report = z.infer<typeof Report>;

// Strict: a misspelt key in a --weights file ("part" for "parts") is an error, not a silent default.
export const Weights = z.strictObject({
  parts: z._default(
    z.strictObject({
      basic: z._default(z.number().check(z.gte(0)), 70),
      preferred: z._default(z.number().check(z.gte(0)), 20),
      skills: z._default(z.number().check(z.gte(0)), 10),
      title: z._default(z.number().check(z.gte(0)), 5),
    }),
    { basic: 70, preferred: 20, skills: 10, title: 5 },
  ),
  /** Credit given to a requirement fitscore cannot check (status `unknown`). */
  unknownCredit: z._default(z.number().check(z.gte(0), z.lte(1)), 0.5),
  /** Credit for "N+ years of X" when X is only listed in a Skills section, with no dated position. */
  listedSkillCredit: z._default(z.number().check(z.gte(0), z.lte(1)), 0.3),
  /** Credit for a degree of the right level in a field that is neither listed nor related. */
  degreeOtherFieldCredit: z._default(z.number().check(z.gte(0), z.lte(1)), 0.5),
  /** Credit for a degree one level below the one asked for. */
  degreeLevelBelowCredit: z._default(z.number().check(z.gte(0), z.lte(1)), 0.5),
  /** How much a month of each kind of position counts towards years of experience (a full-time month is 1). */
  positionKinds: z._default(
    z.strictObject({
      internship: z._default(z.number().check(z.gte(0), z.lte(1)), 0.5),
      'part-time': z._default(z.number().check(z.gte(0), z.lte(1)), 0.5),
      academic: z._default(z.number().check(z.gte(0), z.lte(1)), 0.5),
    }),
    { internship: 0.5, 'part-time': 0.5, academic: 0.5 },
  ),
});
export type Weights = z.infer<typeof Weights>;
export type WeightsInput = z.input<typeof Weights>;
