// `fitscore extract` in a terminal: what was read from one document, line by line.
import { monthsToYears } from '../resume/dates';
import type { PostingExtract, ResumeExtract } from '../schema';

const years = (months: number) => `${monthsToYears(months)} y`;

export function renderPostingExtract(p: PostingExtract): string {
  const out = [`Posting${p.title ? `: ${p.title}` : ''}`, ''];
  for (const r of p.requirements) {
    const facts = [
      r.kind,
      r.years ? `years ${r.years.min}${r.years.max ? `-${r.years.max}` : '+'}` : '',
      r.degree ? `degree ${r.degree.level}${r.degree.fields.length ? ` in ${r.degree.fields.join(' / ')}` : ''}${r.degree.orRelated ? ' or related' : ''}${r.degree.orEquivalentExperience ? ' or equivalent experience' : ''}` : '',
      r.skills?.length ? `skills ${r.skills.join(r.anyOf ? ' | ' : ' & ')}` : '',
      r.credentials?.length ? `credentials ${r.credentials.join(', ')}` : '',
    ].filter(Boolean);
    out.push(`${r.id.padEnd(12)} ${r.text}`, `${' '.repeat(13)}${facts.join(' · ')}`);
  }
  if (p.skills.length) out.push('', `Skills: ${p.skills.map((s) => `${s.name} (${s.section})`).join(', ')}`);
  for (const n of p.notes) out.push(`Note (${n.topic}): ${n.text}`);
  for (const w of p.warnings) out.push(`Warning: ${w}`);
  return `${out.join('\n')}\n`;
}

export function renderResumeExtract(r: ResumeExtract): string {
  const out = [`Résumé: ${r.positions.length} positions, ${years(r.totalMonths)} of experience (overlaps merged)`, ''];
  for (const p of r.positions) {
    const who = [p.title, p.organization].filter(Boolean).join(' @ ') || '(untitled)';
    out.push(`${`line ${p.line}`.padEnd(9)} ${who} · ${p.start ?? '?'} → ${p.current ? 'present' : (p.end ?? '?')} · ${p.months} months${p.kind ? ` · ${p.kind}` : ''}`);
    if (p.skills.length) out.push(`${' '.repeat(10)}${p.skills.join(', ')}`);
  }
  out.push('');
  for (const e of r.education) out.push(`Education: ${e.level}${e.field ? ` in ${e.field}` : ''}${e.institution ? `, ${e.institution}` : ''}${e.year ? `, ${e.year}` : ''}${e.inProgress ? ' (in progress)' : ''}`);
  out.push(`Skills: ${r.skills.map((s) => (s.months !== undefined ? `${s.name} ${years(s.months)}` : s.name)).join(', ')}`);
  for (const w of r.warnings) out.push(`Warning: ${w}`);
  return `${out.join('\n')}\n`;
}
