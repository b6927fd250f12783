// Makes dist/main.cache, V8's code cache of dist/main.cjs, for src/cli/entry.ts to load the CLI with, and the
// caches of pdf-parse's files (dist/pdf-parse.cache, dist/pdfjs-worker.cache) for src/read/pdf-engine.ts. The CLI
// is run first on the project's fixtures (scores in every format, extracts, a ranking), so that the cache holds
// the functions a real run compiles, not only the top level. Run by scripts/build.mjs, in a Node of its own
// (a cache is tied to the Node version and V8 flags that made it; a run with others just compiles).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { compileMain } from '../dist/cli.cjs';

const POSTING = 'fixtures/documents/postings/seed-capital-one-senior-mle.txt';
const RESUMES = ['strong-candidate.md', 'nurse-rn.txt', 'json-resume.json'].map((f) => `fixtures/documents/resumes/${f}`);
const io = {
  stdout: () => undefined,
  stderr: () => undefined,
  readStdin: async () => new Uint8Array(),
  env: {},
  isTTY: false,
  now: () => new Date(Date.UTC(2026, 10, 1)),
};

const { script, exports } = compileMain({ cache: false });
// The published package has no fixtures: its cache is then made from the top level alone.
if (existsSync(POSTING)) {
  for (const format of ['text', 'json', 'markdown']) await exports.main([POSTING, RESUMES[0], '--format', format, '--as-of', '2026-11'], io);
  for (const resume of RESUMES.slice(1)) await exports.main([POSTING, resume, '--as-of', '2026-11'], io);
  await exports.main(['extract', POSTING], io);
  await exports.main(['extract', RESUMES[0], '--json'], io);
  await exports.main(['rank', POSTING, ...RESUMES, '--json'], io);
}
writeFileSync(new URL('../dist/main.cache', import.meta.url), script.createCachedData());

// pdf-parse's files (src/read/pdf-engine.ts), warmed by reading the PDF fixtures' text as fitscore does.
const { loadPdfParse } = await import('../dist/pdf-engine.js');
const { module, scripts } = await loadPdfParse({ cache: false });
if (scripts.length !== 2) throw new Error('pdf-parse was not loaded as scripts: see src/read/pdf-engine.ts');
const pdfs = existsSync('fixtures/pdf') ? readdirSync('fixtures/pdf').filter((f) => /^(?:one|two|multi|lig|hyph).*\.pdf$/.test(f)) : [];
for (const file of pdfs) {
  const parser = new module.PDFParse({ data: new Uint8Array(readFileSync(`fixtures/pdf/${file}`)), verbosity: 0, isEvalSupported: false });
  const doc = await parser.load();
  for (let n = 1; n <= doc.numPages; n++) await (await doc.getPage(n)).getTextContent();
  await parser.destroy();
}
for (const { script, cacheFile } of scripts) writeFileSync(cacheFile, script.createCachedData());
