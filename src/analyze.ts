// The pure core: posting text + résumé text → report. No file system, no clock, no console.
import { getKnowledge, type Knowledge } from './knowledge/index';
import { findSkill, isPresent } from './match/evidence';
import { matchRequirement } from './match/match';
import { score } from './match/score';
import { matchTitle } from './match/title';
import { wordingGaps } from './match/wording';
import { extractPosting } from './posting/extract';
import { explain } from './render/explain';
import { parseYearMonth } from './resume/dates';
import { readResume } from './resume/extract';
import { SCHEMA_VERSION, Weights, type PostingExtract, type Report, type RequirementResult, type Status, type WeightsInput } from './schema';
import { VERSION } from './version';

export interface Document {
  text: string;
  /** The path as the user typed it, "-" for stdin. */
  source: string;
  /** What reading the file noticed ("the PDF text looks garbled"): carried into the report. */
  warnings?: string[];
}

export interface AnalyzeOptions {
  /** "YYYY-MM": what "Present" means. The caller decides; the core never reads the clock. */
  asOf: string;
  weights?: WeightsInput;
  knowledge?: Knowledge;
}

export function analyze(input: { posting: Document; resume: Document }, options: AnalyzeOptions): Report {
  const asOf = parseYearMonth(options.asOf);
  if (!asOf) throw new RangeError(`asOf must be YYYY-MM, got "${options.asOf}"`);
  const kb = options.knowledge ?? getKnowledge();
  const weights = Weights.parse(options.weights ?? {});
  const posting = postingOf(input.posting.text, kb);
  const facts = readResume(input.resume.text, asOf, kb);

  const requirements: RequirementResult[] = posting.requirements.map((req) => {
    const verdict = matchRequirement(req, facts, kb, weights);
    return { ...req, ...verdict, explanation: explain(verdict.reason, verdict.args) };
  });
  const matched: string[] = [];
  const missing: string[] = [];
  for (const skill of posting.skills) (isPresent(findSkill(skill.name, facts, kb)) ? matched : missing).push(skill.name);
  const title = matchTitle(posting.title, facts);
  const wording = wordingGaps(posting.requirements, facts, kb);
  const { score: total, scoring } = score(
    { requirements, skills: { matched: matched.length, total: posting.skills.length }, ...(title ? { title: title.credit } : {}) },
    weights,
  );
  const basic = requirements.filter((r) => r.section === 'basic');

  return {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'fitscore', version: VERSION },
    asOf: options.asOf,
    score: total,
    meetsBasic: !basic.some((r) => r.status === 'missing' || r.status === 'partial'),
    posting: { source: input.posting.source, ...(posting.title ? { title: posting.title } : {}) },
    resume: { source: input.resume.source, totalMonths: facts.extract.totalMonths },
    summary: {
      basic: tally(basic),
      preferred: tally(requirements.filter((r) => r.section === 'preferred')),
      skills: { matched: matched.length, total: posting.skills.length },
    },
    scoring,
    requirements,
    skills: { matched, missing, ...(wording.length ? { wording } : {}) },
    ...(title ? { title } : {}),
    notes: posting.notes.map((n) => ({ ...n })),
    warnings: [
      ...(input.posting.warnings ?? []),
      ...(input.resume.warnings ?? []),
      ...posting.warnings.map((w) => `posting: ${w}`),
      ...facts.extract.warnings.map((w) => `résumé: ${w}`),
    ],
  };
}

/**
 * Extracts a posting ahead of `analyze`, which then finds it done: the CLI does this while a PDF résumé is
 * read in its own thread. Extraction is pure, so this changes no result.
 */
export function preparePosting(text: string, knowledge?: Knowledge): void {
  postingOf(text, knowledge ?? getKnowledge());
}

// `rank` scores hundreds of résumés against one posting: its extraction is kept for the next call.
// Extraction is pure, so this changes no result.
let lastPosting: { text: string; kb: Knowledge; extract: PostingExtract } | undefined;
function postingOf(text: string, kb: Knowledge): PostingExtract {
  if (lastPosting?.text !== text || lastPosting.kb !== kb) lastPosting = { text, kb, extract: extractPosting(text, kb) };
  return lastPosting.extract;
}

function tally(items: readonly RequirementResult[]): Record<Status | 'total', number> {
  const count = (s: Status) => items.filter((r) => r.status === s).length;
  return { met: count('met'), partial: count('partial'), missing: count('missing'), unknown: count('unknown'), total: items.length };
}
