// The PDF thread of the built fitscore (dist/): PDFs are read there, bounded in time and memory, and give the
// same text as reading them in this thread. A PDF whose streams are encrypted cannot be measured before pdf.js
// decrypts it (adversarial.test.ts), so the thread's bounds are what stop it. npm test builds first.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { readDocument as readHere } from '../../src/read/document';

type Library = typeof import('../../src/index');
const built = (): Promise<Library> => import(pathToFileURL(resolve('dist/index.js')).href) as Promise<Library>;
const dir = mkdtempSync(join(tmpdir(), 'fitscore-thread-'));
const options = { role: 'résumé', maxBytes: 20 * 1048576, readStdin: async () => new Uint8Array() };

/** A PDF encrypted with an owner password only (it opens without one), its page holding `mb` MB of `content`. */
function encryptedBomb(mb: number, content: 'text' | 'blanks' = 'text'): Promise<string> {
  return new Promise((done) => {
    const doc = new PDFDocument({ ownerPassword: 'owner', pdfVersion: '1.4', info: { CreationDate: new Date(Date.UTC(2026, 0, 1)) } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => {
      const path = join(dir, `encrypted-${content}-${mb}.pdf`);
      writeFileSync(path, Buffer.concat(chunks));
      done(path);
    });
    const op = 'BT /F1 11 Tf 72 720 Td (Jane Doe, Platform Engineer at Acme Corp, Go and Kubernetes) Tj ET\n';
    doc.font('Helvetica').text('Jane Doe');
    if (content === 'text') doc.addContent(op.repeat(Math.ceil((mb * 1048576) / op.length)));
    else for (let i = 0; i < mb; i++) doc.addContent(' '.repeat(1048576));
    doc.end();
  });
}

const outcome = (promise: Promise<{ text: string; warnings: string[] }>) =>
  promise.then(
    (doc) => ({ text: doc.text.slice(0, 60), warnings: doc.warnings }),
    (error: { code?: string; message: string }) => ({ code: error.code, message: error.message }),
  );

describe('the PDF thread (built fitscore)', () => {
  it('gives the same text, warnings and errors as reading in this thread, for every PDF fixture', async () => {
    const { readDocument } = await built();
    for (const name of readdirSync('fixtures/pdf').filter((n) => n.endsWith('.pdf'))) {
      const path = join('fixtures/pdf', name);
      const there = await readDocument(path, options).catch((error: { code?: string; message: string }) => ({ code: error.code, message: error.message }));
      const here = await readHere(path, options).catch((error: { code?: string; message: string }) => ({ code: error.code, message: error.message }));
      expect(there, name).toEqual(here);
    }
  });

  it('loads pdf-parse as two scripts whose code caches, made by the build, V8 takes', () => {
    const code =
      "const { loadPdfParse } = await import('./dist/pdf-engine.js'); const { scripts } = await loadPdfParse();" +
      'console.log(scripts.length, scripts.map((s) => s.script.cachedDataRejected).join(" "));';
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('2 false false');
  });

  it('pdf-parse loaded as scripts gives the same text items as pdf-parse imported as an ES module', async () => {
    const { loadPdfParse } = await import('../../src/read/pdf-engine');
    const scripts = (await loadPdfParse()).module.PDFParse;
    const esm = (await import('pdf-parse')).PDFParse;
    const items = async (PDFParse: typeof esm, name: string) => {
      const parser = new PDFParse({ data: new Uint8Array(readFileSync(join('fixtures/pdf', name))), verbosity: 0, isEvalSupported: false });
      const doc = await (parser as unknown as { load(): Promise<{ numPages: number; getPage(n: number): Promise<{ getTextContent(): Promise<{ items: unknown[] }> }> }> }).load();
      const out: unknown[] = [];
      // fontName ("g_d3_f1") counts the documents pdf.js has read in this process: it is not compared.
      for (let n = 1; n <= doc.numPages; n++) out.push((await (await doc.getPage(n)).getTextContent()).items.map((i) => ({ ...(i as object), fontName: undefined })));
      await parser.destroy();
      return out;
    };
    for (const name of ['one-column.pdf', 'two-column.pdf', 'multi-page.pdf', 'ligatures.pdf', 'hyphenation.pdf']) {
      expect(await items(scripts, name), name).toEqual(await items(esm, name));
    }
  });

  it('stops a PDF that reads past the time limit, and says so in one line', async () => {
    const { readDocument } = await built();
    const path = await encryptedBomb(30);
    const result = await outcome(readDocument(path, { ...options, pdfLimits: { timeMs: 1000 } }));
    expect(result).toEqual({ code: 'PDF_TOO_COMPLEX', message: expect.stringMatching(/^résumé '.*' took over 1 s to read and was stopped: print it to a new PDF, or give its text\.$/) });
  }, 30_000);

  it('stops a PDF that needs more memory than its bound, and says so in one line', async () => {
    const { readDocument } = await built();
    const path = await encryptedBomb(30);
    const result = await outcome(readDocument(path, { ...options, pdfLimits: { heapMb: 48, timeMs: 60_000 } }));
    expect(result).toEqual({ code: 'PDF_TOO_COMPLEX', message: expect.stringMatching(/^résumé '.*' is not read: it needs more than 48 MB of memory/) });
  }, 90_000);

  it('stops a PDF whose decoded streams (outside the heap) grow the process past its bound', async () => {
    const { readDocument } = await built();
    const path = await encryptedBomb(200, 'blanks');
    const result = await outcome(readDocument(path, { ...options, pdfLimits: { memoryMb: 100, timeMs: 60_000 } }));
    expect(result).toEqual({ code: 'PDF_TOO_COMPLEX', message: expect.stringMatching(/^résumé '.*' is not read: it needs more than 100 MB of memory/) });
  }, 90_000);

  it('keeps reading after a thread was stopped: the next PDF gets a new one', async () => {
    const { readDocument } = await built();
    const path = await encryptedBomb(30);
    await outcome(readDocument(path, { ...options, pdfLimits: { timeMs: 500 } }));
    const next = await readDocument('fixtures/pdf/one-column.pdf', options);
    expect(next.text).toContain('Harborline Logistics');
  }, 30_000);

  it('a file named .pdf that is text: the thread started for it stays idle, and the CLI exits at once', () => {
    const r = spawnSync(process.execPath, ['bin/fitscore.js', 'extract', 'fixtures/pdf/not-a-pdf.pdf', '--json'], { encoding: 'utf8', timeout: 10_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).positions[0]).toMatchObject({ title: 'Clerk', organization: 'Acme' });
  });

  it('the CLI exits when done, the thread idle, and prints the report alone', () => {
    // A thread that kept Node alive would hang here: the spawn is killed after 10 s (signal SIGTERM).
    const r = spawnSync(process.execPath, ['bin/fitscore.js', 'extract', 'fixtures/pdf/two-column.pdf', '--json'], { encoding: 'utf8', timeout: 10_000 });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).positions.length).toBe(2);
  });
});
