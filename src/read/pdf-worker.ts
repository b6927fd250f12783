// fitscore's PDF thread: reads PDFs one at a time for the main thread (pdf-thread.ts), which bounds its time
// and memory. Pages go back as they are read, so a PDF stopped for time still gives the pages it had.
import { parentPort } from 'node:worker_threads';
import { isFitscoreError } from '../errors';
import { keepCanvasUnloaded, loadPdfParse } from './pdf-engine';
import { readPdfPages } from './pdf-pages';
import type { FromThread, ToThread } from './pdf-thread';

// pdf-parse (and pdf.js) is loaded at once, while the main thread reads its files; the native canvas is not.
keepCanvasUnloaded();
void loadPdfParse().catch(() => undefined);

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

