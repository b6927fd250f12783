// The one place where reason codes become sentences a person reads.
import type { ReasonArgs } from '../schema';

const list = (v: unknown, joiner = 'or'): string => {
  const items = Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)];
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${joiner} ${items[items.length - 1]}`;
};
const yrs = (v: unknown) => `${v} year${v === 1 ? '' : 's'}`;
const LEVEL: Record<string, string> = {
  'high-school': 'high-school diploma', associate: "associate degree", bachelor: "bachelor's degree", master: "master's degree", doctorate: 'doctorate',
};
const level = (v: unknown) => LEVEL[String(v)] ?? String(v);
// "master in computer science" → "master's degree in computer science".
const held = (v: unknown) => String(v).replace(/^[a-z-]+/, (l) => LEVEL[l] ?? l);
// " (shown by Apache Spark; internship months count at 0.5)".
const via = (a: ReasonArgs) => {
  const notes = [
    ...(Array.isArray(a.via) && a.via.length ? [`shown by ${list(a.via, 'and')}`] : []),
    ...(Array.isArray(a.discounted) && a.discounted.length ? [list(a.discounted, 'and')] : []),
  ];
  return notes.length ? ` (${notes.join('; ')})` : '';
};

const TEMPLATES: Record<string, (a: ReasonArgs) => string> = {
  YEARS_MET: (a) => `${yrs(a.found)} of ${list(a.skills)}${via(a)} in dated positions; ${yrs(a.required)} required.`,
  YEARS_CLAIMED: (a) => `The résumé claims ${yrs(a.found)} of ${list(a.skills)}; ${yrs(a.required)} required.`,
  YEARS_BELOW_REQUIRED: (a) => `Only ${yrs(a.found)} of ${list(a.skills)}${via(a)} in dated positions; ${yrs(a.required)} required.`,
  SKILL_YEARS_MET: (a) => `${list(a.skills, 'and')}: each meets its years.`,
  SKILL_YEARS_BELOW: (a) => `${list(a.skills, 'and')}.`,
  YEARS_MET_WITH_DEGREE: (a) =>
    `${yrs(a.found)} of ${Array.isArray(a.skills) ? list(a.skills) : 'experience'} with a ${level(a.level)}: ${yrs(a.required)} required with that degree.`,
  SKILL_ONLY_LISTED: (a) => `${list(a.skills, 'and')} listed without dated experience; ${yrs(a.required)} required.`,
  EXPERIENCE_NOT_FOUND: (a) => `No experience with ${list(a.skills)} found; ${yrs(a.required)} required.`,
  EXPERIENCE_SUBJECT_UNKNOWN: (a) => `fitscore cannot check experience in "${a.subject}".`,
  TOTAL_YEARS_MET: (a) => `${yrs(a.found)} of total experience${via(a)}; ${yrs(a.required)} required.`,
  TOTAL_YEARS_BELOW: (a) => `Only ${yrs(a.found)} of total experience${via(a)}; ${yrs(a.required)} required.`,
  NO_DATED_EXPERIENCE: (a) => `No dated positions found; ${yrs(a.required)} required.`,
  DEGREE_MET: (a) => `Holds a ${held(a.held)}; ${level(a.level)}${fields(a)} required.`,
  DEGREE_FIELD_RELATED: (a) => `Holds a ${held(a.held)}, a field related to ${list(a.fields)}.`,
  DEGREE_FIELD_OTHER: (a) => `Holds a ${held(a.held)}, but the posting asks for ${list(a.fields)}.`,
  DEGREE_FIELD_UNSTATED: (a) => `Holds a ${held(a.held)} with no field stated; the posting asks for ${list(a.fields)}.`,
  DEGREE_EQUIVALENT_EXPERIENCE: (a) =>
    a.held
      ? `Holds a ${held(a.held)} rather than one in ${list(a.fields)}, and ${yrs(a.found)} of experience stand in for it (${yrs(a.required)} needed).`
      : `No ${level(a.level)} found, but ${yrs(a.found)} of experience stand in for it (${yrs(a.required)} needed).`,
  DEGREE_IN_PROGRESS: (a) => `A ${held(a.held)} is in progress, not yet held; ${level(a.level)} required.`,
  DEGREE_LEVEL_BELOW: (a) => `Highest degree found is a ${held(a.held)}; ${level(a.level)}${fields(a)} required.`,
  DEGREE_NOT_FOUND: (a) => `No degree found; ${level(a.level)}${fields(a)} required.`,
  SKILL_FOUND: (a) => `Shows ${list(a.matched, 'and')}.`,
  SKILLS_PARTIAL: (a) => `Shows ${list(a.matched, 'and')}; missing ${list(a.missing, 'and')}.`,
  SOFT_SKILL_NOT_SHOWN: (a) => `The résumé does not mention ${list(a.skills)}; an interview tells, so it counts at the default credit for unknowns.`,
  SKILL_NOT_FOUND: (a) => `No mention of ${list(a.skills)}.`,
  CREDENTIAL_FOUND: (a) => `Holds ${list(a.matched, 'and')}.`,
  CREDENTIALS_PARTIAL: (a) => `Holds ${list(a.matched, 'and')}; missing ${list(a.missing, 'and')}.`,
  CREDENTIAL_EXPIRED: (a) =>
    `${Array.isArray(a.matched) && a.matched.length ? `Holds ${list(a.matched, 'and')}; ` : ''}${list(a.expired, 'and')} has lapsed.`,
  CREDENTIAL_NOT_FOUND: (a) => `No mention of ${list(a.credentials, 'and')}.`,
  NOT_CHECKABLE: () => 'fitscore cannot check this requirement; it is counted at the default credit for unknowns.',
};

const fields = (a: ReasonArgs) => (Array.isArray(a.fields) && a.fields.length ? ` in ${list(a.fields)}` : '');

export function explain(reason: string, args: ReasonArgs): string {
  return TEMPLATES[reason]?.(args) ?? reason;
}

export const REASON_CODES = Object.keys(TEMPLATES);
