// PDF fixtures written by scripts/make-binary-fixtures.mjs (pdfkit): layouts and bad PDFs.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FitscoreError } from '../../src/errors';
import { readDocument } from '../../src/read/document';
import { readResume } from '../../src/resume/extract';
import { normalizeText } from '../../src/text/normalize';

const read = (name: string, password?: string) =>
  readDocument(`fixtures/pdf/${name}`, {
    role: 'résumé',
    maxBytes: 20 * 1048576,
    readStdin: async () => new Uint8Array(),
    ...(password ? { password } : {}),
  });
const asOf = { year: 2026, month: 11 };

describe('PDF résumés', () => {
  it('one column with right-aligned dates: each date stays on its title line', async () => {
    const doc = await read('one-column.pdf');
    expect(doc.format).toBe('pdf');
    expect(doc.text).toMatch(/Senior Machine Learning Engineer {3}Mar 2021 – Present/);
    const resume = readResume(doc.text, asOf).extract;
    expect(resume.positions.map((p) => [p.title, p.organization, p.start, p.end, p.months])).toEqual([
      ['Senior Machine Learning Engineer', 'Harborline Logistics', '2021-03', '2026-11', 69],
      ['Data Scientist', 'Quillfeather Media', '2017-06', '2021-02', 45],
    ]);
    expect(resume.education.map((e) => [e.level, e.field, e.year])).toEqual([['master', 'computer science', 2017]]);
  });

  it('two columns: the sidebar reads whole, then the main column, never interleaved', async () => {
    const lines = (await read('two-column.pdf')).text.split('\n');
    const at = lines.indexOf('B.S. in Mathematics, Willamette');
    expect(lines.slice(at, at + 4)).toEqual(['B.S. in Mathematics, Willamette', 'Ridge College, 2014. Minor in', 'statistics and a thesis on sampling', 'methods for survey data.']);
    expect(lines.indexOf('Experience')).toBeGreaterThan(lines.indexOf('fluency.'));
    const resume = readResume(lines.join('\n'), asOf).extract;
    expect(resume.positions.map((p) => [p.title, p.organization, p.months])).toEqual([
      ['Senior Data Engineer', 'Meridian Crest Health', 95],
      ['Data Engineer', 'Lumen Freight', 54],
    ]);
  });

  it('several pages: page numbers are dropped, every page is read', async () => {
    const { text } = await read('multi-page.pdf');
    expect(text).not.toMatch(/Page \d of \d/);
    expect(text).toContain('tidyroute');
  });

  it('ligatures and a font of its own: words come out whole', async () => {
    const text = normalizeText((await read('ligatures.pdf')).text);
    for (const word of ['Profiled', 'official', 'workflows', 'certified', 'efficient', 'high-throughput']) expect(text).toContain(word);
  });

  it('hyphenation: words broken across lines are joined again', async () => {
    const { text } = await read('hyphenation.pdf');
    expect(text).toContain('Led the development');
    const resume = readResume(text, asOf).extract;
    expect(resume.positions[0]).toMatchObject({ title: 'Platform Engineer', months: 60, skills: expect.arrayContaining(['Go', 'Kubernetes']) });
  });

  it('a file named .pdf that is really text is read as text', async () => {
    const doc = await read('not-a-pdf.pdf');
    expect(doc.format).toBe('text');
    expect(doc.text).toContain('Clerk, Acme');
  });

  it('an encrypted PDF opens with --password', async () => {
    expect((await read('encrypted.pdf', 'open-sesame')).text).toContain('Harborline Logistics');
  });

  it.each([
    ['encrypted.pdf', undefined, 'PDF_ENCRYPTED', /password-protected: give the password with --password/],
    ['encrypted.pdf', 'wrong', 'PDF_ENCRYPTED', /password given with --password is not right/],
    ['image-only.pdf', undefined, 'PDF_NO_TEXT', /no text layer .*run OCR/],
    ['truncated.pdf', undefined, 'PDF_CORRUPT', /not a readable PDF \(damaged or truncated\)/],
  ])('%s (password %s) fails with %s', async (name, password, code, message) => {
    const error = await read(name, password).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FitscoreError);
    expect((error as FitscoreError).code).toBe(code);
    expect((error as FitscoreError).message).toMatch(message);
  });

  it('reads the same bytes to the same text every time', async () => {
    expect((await read('two-column.pdf')).text).toBe((await read('two-column.pdf')).text);
    expect(readFileSync('fixtures/pdf/one-column.pdf').subarray(0, 5).toString()).toBe('%PDF-');
  });
});
