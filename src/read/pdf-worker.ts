// fitscore's PDF thread: reads PDFs one at a time for the main thread (pdf-thread.ts), which bounds its time
// and memory. Pages go back as they are read, so a PDF stopped for time still gives the pages it had.
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';
import { isFitscoreError } from '../errors';
import { readPdfPages } from './pdf-pages';
import type { FromThread, ToThread } from './pdf-thread';

keepCanvasUnloaded();
// pdf-parse (and pdf.js) is loaded at once, while the main thread reads its files.
void import('pdf-parse').catch(() => undefined);

const port = parentPort!;
const post = (message: FromThread) => port.postMessage(message);
let queue: Promise<void> = Promise.resolve();

port.on('message', (job: ToThread) => {
  queue = queue.then(() => read(job));
});

async function read({ id, ...job }: ToThread): Promise<void> {
  try {
    const warnings = await readPdfPages(job, (page) => post({ id, kind: 'page', page }));
    post({ id, kind: 'done', warnings });
  } catch (error) {
    const err = error instanceof Error ? error : new Error(String(error));
    const cause = err.cause instanceof Error ? err.cause : undefined;
    post({
      id,
      kind: 'error',
      ...(isFitscoreError(err) ? { code: err.code } : {}),
      message: err.message,
      detail: (cause ?? err).stack ?? String(cause ?? err),
    });
  }
}

/**
 * pdf.js loads the native canvas (@napi-rs/canvas) as it starts, to render pages; fitscore only reads their text.
 * In this thread alone, the module is answered from Node's cache with inert classes (pdf.js builds a DOMMatrix
 * as it loads), which saves ~10 ms a PDF. test/read/pdf-thread.test.ts proves every fixture reads the same
 * here as in a thread that loads the real canvas. If the module cannot be found, nothing is done.
 */
function keepCanvasUnloaded(): void {
  try {
    const fromPdfParse = createRequire(createRequire(import.meta.url).resolve('pdf-parse'));
    const fromPdfJs = createRequire(fromPdfParse.resolve('pdfjs-dist/legacy/build/pdf.mjs'));
    const path = fromPdfJs.resolve('@napi-rs/canvas');
    class Inert {}
    const exports = { DOMMatrix: Inert, ImageData: Inert, Path2D: Inert };
    fromPdfJs.cache[path] = { id: path, filename: path, path, loaded: true, exports, children: [], paths: [] } as unknown as NodeJS.Module;
  } catch {
    // pdf.js will load (or miss) the canvas itself.
  }
}
