// A Markdown summary fit for a pull-request comment or $GITHUB_STEP_SUMMARY.
import type { Report } from '../schema';
import { redact } from './redact';

const MARK = { met: '✅', partial: '🟡', missing: '❌', unknown: '❔' } as const;
const escapeCell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function renderMarkdown(report: Report, options: { redact: boolean } = { redact: true }): string {
  const cell = (text: string) => escapeCell(options.redact ? redact(text) : text);
  const out: string[] = [];
  const title = report.posting.title ?? report.posting.source;
  out.push(`### fitscore: ${report.score}/100 for ${cell(title)}`);
  out.push('');
  out.push(`${report.meetsBasic ? '✅ Meets every basic qualification.' : '❌ Does not meet every basic qualification.'} Résumé \`${report.resume.source}\`, as of ${report.asOf}.`);
  out.push('');
  out.push('| | Requirement | Section | Why | Evidence |');
  out.push('|---|---|---|---|---|');
  for (const r of report.requirements) {
    const evidence = r.evidence.slice(0, 2).map((e) => `${e.line ? `L${e.line}: ` : ''}${cell(e.text)}`).join('<br>');
    out.push(`| ${MARK[r.status]} | ${cell(r.text)} | ${r.section} | ${cell(r.explanation)} | ${evidence} |`);
  }
  for (const w of report.skills.wording ?? []) {
    out.push('', `✎ **${cell(w.skill)}**: the posting says "${cell(w.posting)}", the résumé "${cell(w.resume)}"; use the posting's wording.`);
  }
  if (report.skills.missing.length) {
    out.push('');
    out.push(`**Skills named in the posting but not found:** ${report.skills.missing.join(', ')}`);
  }
  if (report.title) {
    out.push('');
    out.push(`**Title:** ${cell(report.title.posting)} (${report.title.postingLevel}); closest on the résumé: ${cell(report.title.closest)}; latest level ${report.title.resumeLevel}.`);
  }
  out.push('');
  out.push(`<sub>Scoring: ${report.scoring.map((p) => `${p.part} ${p.earned}/${p.weight}`).join(' · ')}</sub>`);
  return `${out.join('\n')}\n`;
}
