// The terminal report: score, then each qualification with ✔ / ~ / ✘ / ? and its evidence.
// The only module that uses chalk; colour is decided by the caller (NO_COLOR, FORCE_COLOR, --no-color).
import { Chalk, type ChalkInstance } from 'chalk';
import { monthsToYears } from '../resume/dates';
import type { Report, RequirementResult } from '../schema';
import type { RenderOptions } from './options';

const MARK = { met: '✔', partial: '~', missing: '✘', unknown: '?' } as const;

export function renderText(report: Report, options: RenderOptions): string {
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const paint = { met: c.green, partial: c.yellow, missing: c.red, unknown: c.gray } as const;
  const out: string[] = [];
  const title = report.posting.title ? ` · ${report.posting.title}` : '';
  out.push(c.bold(`fitscore${title}`));
  out.push(`${c.dim('posting')}  ${report.posting.source}`);
  out.push(`${c.dim('résumé ')}  ${report.resume.source}  ${c.dim(`(${years(report.resume.totalMonths)} of experience, as of ${report.asOf})`)}`);
  out.push('');
  const verdict = report.meetsBasic
    ? c.green('✔ meets every basic qualification')
    : c.red(`✘ ${report.summary.basic.missing + report.summary.basic.partial} basic qualification(s) not fully met`);
  const scoreColor = report.score >= 75 ? c.green : report.score >= 50 ? c.yellow : c.red;
  out.push(`${c.bold('Score')} ${scoreColor.bold(`${report.score}/100`)}   ${verdict}`);
  for (const section of ['basic', 'preferred'] as const) {
    const items = report.requirements.filter((r) => r.section === section);
    if (!items.length) continue;
    const t = report.summary[section];
    out.push('');
    out.push(`${c.bold(section === 'basic' ? 'Basic qualifications' : 'Preferred qualifications')}  ${c.dim(`${t.met} met · ${t.partial} partial · ${t.missing} missing · ${t.unknown} unknown`)}`);
    for (const r of items) out.push(...requirementLines(r, paint, c));
  }
  const { matched, missing } = report.skills;
  if (matched.length + missing.length) {
    out.push('');
    out.push(`${c.bold('Skills named in the posting')}  ${c.dim(`${matched.length} of ${matched.length + missing.length} found`)}`);
    if (matched.length) out.push(`  ${paint.met('✔')} ${matched.join(', ')}`);
    if (missing.length) out.push(`  ${paint.missing('✘')} ${missing.join(', ')}`);
  }
  for (const w of report.skills.wording ?? []) {
    out.push(`  ${paint.partial('✎')} ${w.skill}: the posting says "${w.posting}", the résumé "${w.resume}"${w.line ? ` (line ${w.line})` : ''}; use the posting's wording`);
  }
  if (report.title) {
    const t = report.title;
    const mark = t.credit >= 1 ? paint.met('✔') : t.credit > 0 ? paint.partial('~') : paint.missing('✘');
    out.push('');
    out.push(`${c.bold('Title')}  ${mark} ${t.posting} ${c.dim(`(${t.postingLevel})`)}`);
    out.push(`      ${c.dim(`closest on the résumé: ${t.closest} (${Math.round(t.roleShare * 100)}% of the role's words); latest position: ${t.latest} (${t.resumeLevel})`)}`);
  }
  out.push('');
  out.push(c.dim(`Scoring: ${report.scoring.map((p) => `${p.part} ${p.earned}/${p.weight}`).join(' · ')}`));
  for (const note of report.notes) out.push(c.dim(`Note (${note.topic}): ${note.text}`));
  for (const warning of report.warnings) out.push(c.yellow(`Warning: ${warning}`));
  return `${out.join('\n')}\n`;
}

function requirementLines(r: RequirementResult, paint: Record<RequirementResult['status'], ChalkInstance>, c: ChalkInstance): string[] {
  const lines = [`  ${paint[r.status](MARK[r.status])} ${r.text}`, `      ${c.dim(r.explanation)}`];
  for (const e of r.evidence.slice(0, 3)) lines.push(`      ${c.dim('↳')} ${c.dim(e.line ? `line ${e.line}: ` : '')}${clip(e.text, 96)}`);
  return lines;
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const years = (months: number) => `${monthsToYears(months)} years`;
