// What changed between two reports of the same posting (two revisions of a résumé): the score, and each
// requirement whose status moved. Pure; requirements are paired by id, then by text.
import type { Report, Status } from './schema';

export interface ReportDiff {
  score: { from: number; to: number; delta: number };
  meetsBasic: { from: boolean; to: boolean };
  changes: { id: string; text: string; from: Status | 'absent'; to: Status | 'absent' }[];
}

const RANK: Record<Status | 'absent', number> = { absent: -1, missing: 0, unknown: 1, partial: 2, met: 3 };

export function diffReports(before: Report, after: Report): ReportDiff {
  const key = (r: Report['requirements'][number]) => `${r.id}\u0000${r.text}`;
  const old = new Map(before.requirements.map((r) => [key(r), r]));
  const now = new Map(after.requirements.map((r) => [key(r), r]));
  const changes: ReportDiff['changes'] = [];
  for (const [k, r] of now) {
    const from = old.get(k)?.status ?? 'absent';
    if (from !== r.status) changes.push({ id: r.id, text: r.text, from, to: r.status });
  }
  for (const [k, r] of old) if (!now.has(k)) changes.push({ id: r.id, text: r.text, from: r.status, to: 'absent' });
  return {
    score: { from: before.score, to: after.score, delta: after.score - before.score },
    meetsBasic: { from: before.meetsBasic, to: after.meetsBasic },
    changes,
  };
}

export const improved = (c: ReportDiff['changes'][number]): boolean => RANK[c.to] > RANK[c.from];

export function renderDiff(diff: ReportDiff, format: 'text' | 'markdown'): string {
  const sign = diff.score.delta > 0 ? '+' : '';
  const head = `Score ${diff.score.from} → ${diff.score.to} (${sign}${diff.score.delta})${diff.meetsBasic.from !== diff.meetsBasic.to ? `; meets every basic qualification: ${diff.meetsBasic.from} → ${diff.meetsBasic.to}` : ''}`;
  if (format === 'markdown') {
    const rows = diff.changes.map((c) => `| ${improved(c) ? '⬆️' : '⬇️'} | ${c.text.replace(/\|/g, '\\|')} | ${c.from} → ${c.to} |`);
    return `### fitscore: ${head}\n\n${rows.length ? `| | Requirement | Status |\n|---|---|---|\n${rows.join('\n')}\n` : 'No requirement changed status.\n'}`;
  }
  const lines = diff.changes.map((c) => `  ${improved(c) ? '+' : '-'} ${c.id} ${c.from} → ${c.to}: ${c.text}`);
  return `${head}\n${lines.length ? lines.join('\n') : '  no requirement changed status'}\n`;
}
