// JSON Resume documents (jsonresume.org): a résumé ({ basics, work, education, skills… }) or a job
// ({ title, description, qualifications, skills… }). Their structured fields are laid out as the text
// résumé or posting that the extractors read, with dates written one way ("Dec 2013 – Dec 2014").

import { MONTHS } from '../knowledge/dates';

type Json = Record<string, unknown>;
// "Jan" … "Dec", from the month names the date reader knows.
const MONTH_NAMES = Object.entries(MONTHS)
  .filter(([name]) => name.length === 3)
  .sort((a, b) => a[1] - b[1])
  .map(([name]) => name[0]!.toUpperCase() + name.slice(1));

const str = (v: unknown): string => (typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '');
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const obj = (v: unknown): Json => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});

// "2013-12-01" → "Dec 2013"; "2013" → "2013"; anything else as written.
function date(v: unknown): string {
  const s = str(v);
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(s);
  if (!m) return s;
  const month = m[2] ? MONTH_NAMES[Number(m[2]) - 1] : undefined;
  return month ? `${month} ${m[1]}` : m[1]!;
}

export function jsonResumeKind(value: unknown): 'resume' | 'job' | undefined {
  const o = obj(value);
  if ('basics' in o || 'work' in o) return 'resume';
  if ('title' in o && ('qualifications' in o || 'responsibilities' in o || 'description' in o)) return 'job';
  return undefined;
}

export function resumeToText(value: unknown): string {
  const r = obj(value);
  const basics = obj(r.basics);
  const out: string[] = [str(basics.name), str(basics.label)].filter(Boolean);
  if (str(basics.summary)) out.push('', 'Summary', str(basics.summary));
  const positions = [...list(r.work), ...list(r.volunteer)].map(obj);
  if (positions.length) {
    out.push('', 'Experience');
    for (const w of positions) {
      const range = `${date(w.startDate)} – ${str(w.endDate) ? date(w.endDate) : 'Present'}`;
      out.push('', `${str(w.position) || 'Position'}, ${str(w.name) || str(w.organization) || 'Organization'} | ${str(w.startDate) ? range : ''}`.replace(/ \| $/, ''));
      if (str(w.summary)) out.push(`- ${str(w.summary)}`);
      for (const h of list(w.highlights)) out.push(`- ${str(h)}`);
    }
  }
  const education = list(r.education).map(obj);
  if (education.length) {
    out.push('', 'Education');
    for (const e of education) {
      const degree = [str(e.studyType), str(e.area)].filter(Boolean).join(' in ');
      const end = str(e.endDate) ? date(e.endDate) : str(e.startDate) ? 'in progress' : '';
      out.push([degree, str(e.institution), end].filter(Boolean).join(', '));
    }
  }
  const skills = list(r.skills).map(obj);
  if (skills.length) {
    out.push('', 'Skills');
    for (const s of skills) out.push([str(s.name), list(s.keywords).map(str).join(', ')].filter(Boolean).join(': '));
  }
  const projects = list(r.projects).map(obj);
  if (projects.length) {
    out.push('', 'Projects');
    for (const p of projects) out.push(`- ${[str(p.name), str(p.description), ...list(p.highlights).map(str)].filter(Boolean).join('. ')}`);
  }
  const certificates = list(r.certificates).map(obj);
  if (certificates.length) {
    out.push('', 'Certifications');
    for (const c of certificates) out.push(`- ${[str(c.name), str(c.issuer), date(c.date)].filter(Boolean).join(', ')}`);
  }
  return `${out.join('\n')}\n`;
}

export function jobToText(value: unknown): string {
  const j = obj(value);
  const location = obj(j.location);
  const out: string[] = [str(j.title)];
  const where = [str(j.company), [str(location.city), str(location.region)].filter(Boolean).join(', '), str(j.remote), str(j.type)].filter(Boolean);
  if (where.length) out.push(where.join(' · '));
  if (str(j.description)) out.push('', 'About the role', str(j.description));
  const section = (heading: string, items: unknown[]) => {
    if (items.length) out.push('', heading, ...items.map((i) => `- ${str(i)}`));
  };
  section('Responsibilities', list(j.responsibilities));
  section('Qualifications', list(j.qualifications));
  section('Required skills', list(j.skills).flatMap((s) => list(obj(s).keywords).length ? list(obj(s).keywords) : [obj(s).name]));
  return `${out.join('\n')}\n`;
}
