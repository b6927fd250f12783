// PDFs written to attack a reader: JavaScript that asks to run, a page tree that claims 100,000 pages, streams
// that inflate a thousand times over. Nothing in a PDF is executed (pdf.js runs with evaluation off), at most
// 50 pages are read, and a stream past its size bound is refused before pdf.js decodes it.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { FitscoreError } from '../../src/errors';
import { readDocument } from '../../src/read/document';
import { MAX_INFLATED_BYTES, MAX_STREAM_BYTES, oversizedStream } from '../../src/read/pdf-streams';
import { ascii85, latin1, lzwBomb, lzwLiteral, lzwPack, pdfFromObjects } from '../helpers/pdf';

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

describe('PDF streams that inflate hugely ("zip bombs") are refused before pdf.js reads them', () => {
  const pageWith = (content: string) => [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    page(2),
    content,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  const stream = (dict: string, data: Uint8Array) => `<< /Length ${data.length} ${dict} >>\nstream\n${latin1(data)}\nendstream`;
  const outcome = (name: string, bytes: Uint8Array) =>
    read(name, bytes).then(
      (doc) => doc.text,
      (error: unknown) => (error instanceof FitscoreError ? `${error.code}: ${error.message}` : `crash: ${String(error)}`),
    );
  // 40 MB of text operators, ~120 KB deflated.
  const flateBomb = () => deflateSync(Buffer.from(`${text}\n`.repeat(Math.ceil((40 * 1048576) / (text.length + 1)))), { level: 1 });

  it('a Flate content stream that inflates past 32 MB: PDF_TOO_COMPLEX, naming the object', async () => {
    const bytes = pdf(pageWith(stream('/Filter /FlateDecode', flateBomb())));
    expect(oversizedStream(bytes)).toEqual({ object: 4, limit: MAX_STREAM_BYTES });
    expect(await outcome('flate-bomb.pdf', bytes)).toMatch(
      /^PDF_TOO_COMPLEX: résumé '.*flate-bomb\.pdf' is not read: a compressed stream in it \(object 4\) inflates to over 32 MB.*give its text\.$/,
    );
  });

  it('an LZW stream that decodes past 32 MB from a few kilobytes: refused too', async () => {
    const data = lzwPack(lzwBomb(40));
    expect(data.length).toBeLessThan(100_000);
    const bytes = pdf(pageWith(stream('/Filter /LZWDecode', data)));
    expect(oversizedStream(bytes)).toEqual({ object: 4, limit: MAX_STREAM_BYTES });
    expect(await outcome('lzw-bomb.pdf', bytes)).toMatch(/^PDF_TOO_COMPLEX: /);
  });

  it('a Flate bomb behind ASCIIHex or ASCII85 filters is measured after them, and refused', () => {
    const bomb = flateBomb();
    const hex = Buffer.from(`${Buffer.from(bomb).toString('hex')}>`);
    expect(oversizedStream(pdf(pageWith(stream('/Filter [/ASCIIHexDecode /FlateDecode]', hex))))).toEqual({ object: 4, limit: MAX_STREAM_BYTES });
    const a85 = Buffer.from(ascii85(bomb), 'latin1');
    expect(oversizedStream(pdf(pageWith(stream('/Filter [/A85 /Fl]', a85))))).toEqual({ object: 4, limit: MAX_STREAM_BYTES });
  });

  it('ordinary content behind ASCII85 and Flate is measured, passes, and reads as before', async () => {
    const bytes = pdf(pageWith(stream('/Filter [/ASCII85Decode /FlateDecode]', Buffer.from(ascii85(deflateSync(Buffer.from(text))), 'latin1'))));
    expect(oversizedStream(bytes)).toBeUndefined();
    expect(await outcome('a85-flate.pdf', bytes)).toContain('Platform Engineer at Acme Corp');
  });

  it('streams each under the bound that together pass 128 MB: refused, for the total', () => {
    const zeros = deflateSync(Buffer.alloc(30 * 1048576));
    const objects = pageWith(stream('/Filter /FlateDecode', deflateSync(Buffer.from(text))));
    for (let i = 0; i < 5; i++) objects.push(stream('/Filter /FlateDecode', zeros));
    expect(oversizedStream(pdf(objects))).toEqual({ limit: MAX_INFLATED_BYTES });
  });

  it('ordinary Flate and LZW content is measured, passes, and reads as before', async () => {
    const content = Buffer.from(text);
    for (const [name, dict, data] of [
      ['flate.pdf', '/Filter /FlateDecode', deflateSync(content)],
      ['lzw.pdf', '/Filter /LZWDecode', lzwPack(lzwLiteral(content))],
      ['lzw-array.pdf', '/Filter [/LZWDecode] /DecodeParms [null]', lzwPack(lzwLiteral(content))],
    ] as const) {
      const bytes = pdf(pageWith(stream(dict, data)));
      expect(oversizedStream(bytes)).toBeUndefined();
      expect(await outcome(name, bytes)).toContain('Platform Engineer at Acme Corp');
    }
  });

  it('an image that inflates past the bound is not measured: pdf.js does not decode images to read text', () => {
    const image = stream('/Type /XObject /Subtype /Image /Width 4096 /Height 4096 /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode', deflateSync(Buffer.alloc(48 * 1048576)));
    expect(oversizedStream(pdf([...pageWith(common[0]!), image]))).toBeUndefined();
  });

  it('a PDF holding more text than any résumé (uncompressed, so nothing to measure) is read up to 2 million characters', async () => {
    const op = 'BT /F1 11 Tf 72 720 Td (Platform engineering with Go and Kubernetes, on call for payments.) Tj ET\n';
    const content = op.repeat(Math.ceil(2_400_000 / 60));
    const doc = await read('much-text.pdf', pdf(pageWith(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`)));
    expect(doc.warnings).toEqual(expect.arrayContaining([expect.stringMatching(/more than 2,000,000 characters of text: only what came before was read \(page 1 was cut\)/)]));
    expect(doc.text.replace(/\s/g, '').length).toBeLessThanOrEqual(2_000_000);
    expect(doc.text).toContain('Platform engineering with Go and Kubernetes');
  }, 60_000);

  it('every PDF fixture passes the measure', () => {
    for (const name of readdirSync('fixtures/pdf').filter((n) => n.endsWith('.pdf'))) expect(oversizedStream(readFileSync(join('fixtures/pdf', name))), name).toBeUndefined();
  });
});
