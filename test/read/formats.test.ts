// Formats other than text and PDF: Word, a saved web page, JSON Resume documents. Content decides.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze';
import { readDocument } from '../../src/read/document';
import { htmlToText } from '../../src/read/html';
import { extractPosting } from '../../src/posting/extract';
import { readResume } from '../../src/resume/extract';

const read = (path: string) => readDocument(path, { role: 'document', maxBytes: 20 * 1048576, readStdin: async () => new Uint8Array() });
const asOf = { year: 2026, month: 11 };

describe('Word .docx', () => {
  it('reads the paragraphs of a résumé, one a line', async () => {
    const doc = await read('fixtures/documents/resumes/accountant.docx');
    expect(doc.format).toBe('docx');
    const resume = readResume(doc.text, asOf).extract;
    expect(resume.positions.map((p) => [p.title, p.organization, p.months])).toEqual([
      ['Staff Accountant', 'Harrowgate Supply Co.', 69],
      ['Audit Associate', 'Pell & Brandt LLP', 42],
    ]);
  });
});

describe('HTML', () => {
  it('reads a saved job page: headings, lists, entities; no script, style or navigation', async () => {
    const doc = await read('fixtures/documents/postings/frontend-engineer.html');
    expect(doc.format).toBe('html');
    expect(doc.text).not.toMatch(/analytics|font-family|Home/);
    const posting = extractPosting(doc.text);
    expect(posting.title).toBe('Frontend Engineer');
    expect(posting.requirements.map((r) => [r.section, r.text])).toEqual([
      ['basic', '4+ years of professional experience with JavaScript and TypeScript'],
      ['basic', 'Strong experience with React & modern CSS'],
      ['basic', "Bachelor's degree in Computer Science or equivalent experience"],
      ['preferred', 'Experience with GraphQL'],
      ['preferred', 'Node.js on the server side is a plus'],
    ]);
  });

  it.each([
    ['<p>a &amp; b &lt;c&gt; &#8211; &#x2014; &nbsp;x</p>', 'a & b <c> – — x'],
    ['<ul><li>one</li><li>two</li></ul>', '- one\n- two'],
    ['<h2>Requirements</h2><p>Go</p>', 'Requirements\nGo'],
  ])('turns %j into %j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});

describe('JSON Resume', () => {
  it('reads a résumé from its structured fields: dates, positions, degree', async () => {
    const doc = await read('fixtures/documents/resumes/json-resume.json');
    expect(doc.format).toBe('json-resume');
    const resume = readResume(doc.text, asOf).extract;
    expect(resume.positions.map((p) => [p.title, p.organization, p.start, p.end, p.current])).toEqual([
      ['Senior Frontend Engineer', 'Tidewater Payments', '2022-04', '2026-11', true],
      ['Frontend Developer', 'Copperleaf Health', '2019-09', '2022-03', false],
    ]);
    expect(resume.education).toMatchObject([{ level: 'bachelor', field: 'computer science', year: 2019 }]);
  });

  it('reads a job: qualifications are basic requirements, skills are posting skills', async () => {
    const posting = extractPosting((await read('fixtures/documents/postings/job.json')).text);
    expect(posting.title).toBe('Data Analyst');
    expect(posting.requirements.map((r) => r.kind)).toEqual(['degree', 'experience', 'skill']);
    expect(posting.skills.filter((s) => s.section === 'basic').map((s) => s.name)).toEqual(['SQL', 'Tableau', 'Python']);
  });

  it('scores the JSON Resume against the HTML posting', async () => {
    const posting = await read('fixtures/documents/postings/frontend-engineer.html');
    const resume = await read('fixtures/documents/resumes/json-resume.json');
    const report = analyze({ posting: { text: posting.text, source: 'p' }, resume: { text: resume.text, source: 'r' } }, { asOf: '2026-11' });
    expect(report.meetsBasic).toBe(true);
  });

  it('reads other JSON as text', async () => {
    const doc = await readDocument('-', { role: 'posting', maxBytes: 1e6, readStdin: async () => new TextEncoder().encode('{"note": "5+ years of Go"}') });
    expect(doc.format).toBe('text');
  });
});

describe('language', () => {
  const stdin = (text: string) => readDocument('-', { role: 'résumé', maxBytes: 1e6, readStdin: async () => new TextEncoder().encode(text) });

  it('warns, and still reads, a résumé that is not in English', async () => {
    const german = 'Berufserfahrung\n' + 'Entwicklung und Betrieb der Plattform für Zahlungen mit Kubernetes und Go, Verantwortung für das Team. '.repeat(12);
    const doc = await stdin(german);
    expect(doc.warnings).toEqual([expect.stringMatching(/does not look like English/)]);
    expect(doc.text).toContain('Kubernetes');
  });

  it('does not warn on an English résumé', async () => {
    const doc = await read('fixtures/documents/resumes/strong-candidate.md');
    expect(doc.warnings).toEqual([]);
  });
});

describe('bytes that lie', () => {
  it('reads a UTF-8 mark followed by cp1252 text as cp1252', async () => {
    const bytes = Uint8Array.from('\xef\xbb\xbfCaf\xe9 manager, Jan 2019 \x96 Present', (c) => c.charCodeAt(0));
    const doc = await readDocument('-', { role: 'résumé', maxBytes: 1e6, readStdin: async () => bytes });
    expect(doc.text).toBe('Café manager, Jan 2019 – Present');
  });
});
