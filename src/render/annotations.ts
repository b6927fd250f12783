// GitHub Actions workflow commands: one ::error for each basic requirement not met, ::warning for partial
// ones and unmet preferred ones, pointing at the posting line that asks for it. Evidence is redacted.
import type { Report } from '../schema';
import { redact } from './redact';

// Workflow commands need %, CR and LF escaped in the message, and also , and : in properties.
const message = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (text: string) => message(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function renderAnnotations(report: Report, options: { redact: boolean }): string {
  const out: string[] = [];
  const file = report.posting.source === '-' ? undefined : report.posting.source;
  for (const r of report.requirements) {
    const level = r.status === 'missing' && r.section === 'basic' ? 'error' : r.status === 'partial' || r.status === 'missing' ? 'warning' : undefined;
    if (!level) continue;
    const props = [file ? `file=${property(file)}` : '', r.line ? `line=${r.line}` : '', `title=${property(`fitscore: ${r.section} requirement ${r.status}`)}`].filter(Boolean);
    const text = `${r.text} — ${r.explanation}`;
    out.push(`::${level} ${props.join(',')}::${message(options.redact ? redact(text) : text)}`);
  }
  return out.length ? `${out.join('\n')}\n` : '';
}
