// pdf-parse, loaded for reading text as cheaply as it can be: its CommonJS build (pdf-parse with pdf.js's
// display half, one minified file) and pdf.js's worker half beside it, each compiled as a script with the V8
// code cache the build saved (scripts/code-cache.mjs). Node 20 has no compile cache for ES modules, and compiling
// pdf.js's 3 MB of ES modules was most of a PDF's reading time: 150 ms a PDF before, 60–80 ms this way (the same
// text, item for item: test/read/pdf-thread.test.ts). pdf-parse stays a dependency outside fitscore's bundle;
// only the way its files are compiled changes. The native canvas pdf.js asks for is answered with inert classes
// (text needs no canvas). Anything unexpected in those files, and fitscore imports pdf-parse as an ES module.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Script } from 'node:vm';

export interface PdfParseModule {
  PDFParse: typeof import('pdf-parse').PDFParse;
}

export interface CompiledScript {
  script: Script;
  /** Where the build saves its code cache. */
  cacheFile: string;
}

/** Where the code caches are, beside the built module (set by the build); none when run from source. */
declare const __PDF_CACHE_DIR__: string | undefined;
const CACHE_DIR = typeof __PDF_CACHE_DIR__ === 'string' ? fileURLToPath(new URL(__PDF_CACHE_DIR__, import.meta.url)) : undefined;

let loaded: Promise<{ module: PdfParseModule; scripts: CompiledScript[] }> | undefined;

/** pdf-parse, loaded once a thread; `cache: false` compiles without the code caches (the build makes them so). */
export function loadPdfParse(options: { cache?: boolean } = {}): Promise<{ module: PdfParseModule; scripts: CompiledScript[] }> {
  loaded ??= load(options.cache !== false)
    .catch(async () => ({ module: (await import('pdf-parse')) as PdfParseModule, scripts: [] }))
    .catch((error: unknown) => {
      // Not even the ES module loads: the next PDF tries again.
      loaded = undefined;
      throw error;
    });
  return loaded;
}

async function load(cache: boolean): Promise<{ module: PdfParseModule; scripts: CompiledScript[] }> {
  const index = createRequire(import.meta.url).resolve('pdf-parse');
  if (!index.endsWith('.cjs')) throw new Error(`pdf-parse resolved to ${index}, not its CommonJS build`);
  const scripts: CompiledScript[] = [];
  const compile = (file: string, source: string, name: string) => {
    const cacheFile = join(CACHE_DIR ?? '', `${name}.cache`);
    let cachedData: Buffer | undefined;
    if (cache && CACHE_DIR) {
      try {
        cachedData = readFileSync(cacheFile);
      } catch {
        cachedData = undefined;
      }
    }
    const script = new Script(source, { filename: file, ...(cachedData ? { cachedData } : {}) });
    scripts.push({ script, cacheFile });
    return script.runInThisContext() as (...args: unknown[]) => void;
  };

  // pdf.js's worker half runs in this thread (pdf.js's "fake worker"); as a script it sets globalThis.pdfjsWorker,
  // which the display half takes instead of importing the file.
  const workerFile = join(dirname(index), 'pdf.worker.mjs');
  const workerSource = readFileSync(workerFile, 'utf8');
  const exportAtEnd = /export\s*\{\s*WorkerMessageHandler\s*\}\s*;?\s*$/;
  if (!exportAtEnd.test(workerSource) || workerSource.split('import.meta.url').length !== 2) throw new Error('pdf.worker.mjs is not as expected');
  const body = workerSource.replace('import.meta.url', '__pdfWorkerUrl').replace(exportAtEnd, '');
  compile(workerFile, `(function (__pdfWorkerUrl) {${body}\n})`, 'pdfjs-worker')(pathToFileURL(workerFile).href);
  if (!(globalThis as { pdfjsWorker?: { WorkerMessageHandler?: unknown } }).pdfjsWorker?.WorkerMessageHandler) throw new Error('pdf.worker.mjs set no WorkerMessageHandler');

  const module = { exports: {} as PdfParseModule };
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${readFileSync(index, 'utf8')}\n})`;
  compile(index, wrapped, 'pdf-parse')(module.exports, createRequire(index), module, index, dirname(index));
  if (typeof module.exports.PDFParse !== 'function') throw new Error('pdf-parse exported no PDFParse');
  return { module: module.exports, scripts };
}

/**
 * pdf.js loads the native canvas (@napi-rs/canvas) as it starts, to render pages; fitscore only reads their
 * text. The module is answered from Node's cache with inert classes (pdf.js builds a DOMMatrix as it loads),
 * which saves loading a native library with every PDF. Done only in fitscore's PDF thread, never in a host
 * process that may render with pdf.js: the thread is the caller. If the module cannot be found, nothing is done.
 */
export function keepCanvasUnloaded(): void {
  class Inert {}
  const exports = { DOMMatrix: Inert, ImageData: Inert, Path2D: Inert };
  const fromHere = createRequire(import.meta.url);
  // From pdf-parse's CommonJS build, and from pdf.js's ES module (the fallback): the same file, as a rule.
  for (const from of [() => fromHere.resolve('pdf-parse'), () => createRequire(fromHere.resolve('pdf-parse')).resolve('pdfjs-dist/legacy/build/pdf.mjs')]) {
    try {
      const require = createRequire(from());
      const path = require.resolve('@napi-rs/canvas');
      require.cache[path] ??= { id: path, filename: path, path, loaded: true, exports, children: [], paths: [] } as unknown as NodeJS.Module;
    } catch {
      // pdf.js will load (or miss) the canvas itself.
    }
  }
}
