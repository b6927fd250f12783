// PDFs written to attack a reader: JavaScript that asks to run, a page tree that claims 100,000 pages.
// Nothing in a PDF is executed (pdf.js runs with evaluation off), and at most 50 pages are read.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../src/read/document';
import { pdfFromObjects } from '../helpers/pdf';

const pdf = pdfFromObjects;

const text = 'BT /F1 11 Tf 72 720 Td (Jane Doe, Platform Engineer at Acme Corp, Jan 2019 - Present, Go and Kubernetes) Tj ET';
const page = (parent: number) => `<< /Type /Page /Parent ${parent} 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>`;
const common = [`<< /Length ${text.length} >>\nstream\n${text}\nendstream`, '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>'];
const dir = mkdtempSync(join(tmpdir(), 'fitscore-adversarial-'));
const read = (name: string, bytes: Uint8Array) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return readDocument(path, { role: 'résumé', maxBytes: 20 * 1048576, readStdin: async () => new Uint8Array() });
};

describe('adversarial PDFs', () => {
  it('reads the text of a PDF whose open action is JavaScript, and runs none of it', async () => {
    const marker = '__fitscore_pdf_js_ran';
    const js = `globalThis.${marker} = true; app.alert('hi');`;
    const bytes = pdf([
      `<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R /Names << /JavaScript << /Names [(x) 6 0 R] >> >> >>`,
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      page(2),
      ...common,
      `<< /S /JavaScript /JS (${js}) >>`,
    ]);
    const doc = await read('javascript.pdf', bytes);
    expect(doc.text).toContain('Platform Engineer at Acme Corp');
    expect((globalThis as Record<string, unknown>)[marker]).toBeUndefined();
  });

  it('reads at most 50 pages of a page tree that claims 100,000, and says so', async () => {
    const kids = Array.from({ length: 100_000 }, () => '3 0 R').join(' ');
    const bytes = pdf([`<< /Type /Catalog /Pages 2 0 R >>`, `<< /Type /Pages /Kids [${kids}] /Count 100000 >>`, page(2), ...common]);
    const doc = await read('many-pages.pdf', bytes);
    expect(doc.warnings).toEqual(expect.arrayContaining([expect.stringMatching(/Only the first 50 of 100000 PDF pages were read/)]));
  }, 60_000);
});
