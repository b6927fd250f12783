// PDFs are read in a thread of their own (pdf-worker.ts), bounded in time and memory: a PDF is a program-like
// format, and one built to make pdf.js spin or swell is stopped from outside, where no page loop can. The
// main thread goes on meanwhile (the CLI extracts the posting while a PDF résumé is read). One thread serves
// every PDF of a run, one PDF at a time; it is replaced if it had to be stopped, and never keeps Node alive idle.
import { Worker } from 'node:worker_threads';
import { FitscoreError, type ErrorCode } from '../errors';
import type { Page } from './pdf-layout';
import { PDF_TIME_LIMIT_MS, readPdfPages, timeLimitWarning, type PdfJob } from './pdf-pages';

/** The built thread, relative to the module that starts it (set by the build); none when run from source. */
declare const __PDF_WORKER__: string | undefined;

/** The most memory (V8's old generation) the PDF thread may use before it is stopped. */
export const PDF_HEAP_MB = 768;
/**
 * The most memory reading one PDF may add to the process. pdf.js decodes streams into ArrayBuffers, which V8's
 * heap limit does not count: an encrypted stream (which cannot be measured beforehand) of 400 MB of blanks took
 * 760 MB. The process's resident size is watched instead, every 50 ms, against its size when reading began.
 */
export const PDF_MEMORY_MB = 1024;
const MEMORY_WATCH_MS = 50;

/** Bounds on reading one PDF; the defaults suit any résumé or posting. */
export interface PdfLimits {
  /** Milliseconds before reading stops (default PDF_TIME_LIMIT_MS). */
  timeMs?: number;
  /** Megabytes of heap the PDF thread may use (default PDF_HEAP_MB); bounded only where there is a thread. */
  heapMb?: number;
  /** Megabytes reading a PDF may add to the process (default PDF_MEMORY_MB); only where there is a thread. */
  memoryMb?: number;
}

export type ToThread = PdfJob & { id: number };
export type FromThread =
  | { id: number; kind: 'page'; page: Page }
  | { id: number; kind: 'done'; warnings: string[] }
  | { id: number; kind: 'error'; code?: ErrorCode; message: string; detail: string };

export interface PdfPages {
  pages: Page[];
  warnings: string[];
}

/**
 * Reads the pages of a PDF: in the PDF thread when fitscore runs built, else here. A thread is started, and the
 * PDF handed to it, before this returns, so the caller's next synchronous work runs alongside.
 */
export function readPages(job: PdfJob, limits: PdfLimits = {}): Promise<PdfPages> {
  const timeLimitMs = limits.timeMs ?? PDF_TIME_LIMIT_MS;
  const thread = pdfThread(limits.heapMb ?? PDF_HEAP_MB);
  return thread ? thread.read({ ...job, timeLimitMs }, limits.memoryMb ?? PDF_MEMORY_MB) : readHere({ ...job, timeLimitMs });
}

/**
 * Starts the PDF thread ahead of need (the CLI does when an argument ends in .pdf), so pdf.js loads while the
 * main thread starts; whether a file is a PDF is still told by its content. An idle thread never keeps Node alive.
 */
export function startPdfThread(): void {
  pdfThread(PDF_HEAP_MB)?.start();
}

// The CLI's entry (dist/cli.cjs) starts the thread before its main bundle (dist/main.cjs) is compiled; each
// holds a copy of this module, so the threads are kept where both find them.
const REGISTRY = Symbol.for('fitscore.pdf-threads');
const threads: Map<string, PdfThread> = ((globalThis as Record<symbol, unknown>)[REGISTRY] as Map<string, PdfThread> | undefined) ??
  ((globalThis as Record<symbol, unknown>)[REGISTRY] = new Map<string, PdfThread>()) as Map<string, PdfThread>;
function pdfThread(heapMb: number): PdfThread | undefined {
  if (typeof __PDF_WORKER__ !== 'string') return undefined;
  // Keyed by the thread's file too: two fitscore versions in one process never share a thread.
  const url = new URL(__PDF_WORKER__, import.meta.url);
  const key = `${url.href}|${heapMb}`;
  let thread = threads.get(key);
  if (!thread) threads.set(key, (thread = new PdfThread(url, heapMb)));
  return thread;
}

async function readHere(job: PdfJob): Promise<PdfPages> {
  const pages: Page[] = [];
  const warnings = await readPdfPages({ ...job, bytes: job.bytes.slice() }, (page) => pages.push(page));
  return { pages, warnings };
}

interface Listener {
  onError(error: Error & { code?: string }): void;
  onExit(code: number): void;
}

class PdfThread {
  private worker: Worker | undefined;
  private nextId = 1;
  private waiting = 0;
  private tail: Promise<unknown> = Promise.resolve();
  /** A stopped thread's end, which the next PDF waits for, so that its memory is not counted against it. */
  private stopping: Promise<unknown> | undefined;
  /** The PDF being read, told when the thread fails or ends; none between PDFs. */
  private current: Listener | undefined;

  constructor(
    private readonly url: URL,
    private readonly heapMb: number,
  ) {}

  /** The worker, started if it is not running; idle, it does not keep Node alive. */
  start(): Worker {
    if (!this.worker) {
      const worker = new Worker(this.url, { resourceLimits: { maxOldGenerationSizeMb: this.heapMb } });
      worker.unref();
      // Always listened to: a thread that fails or ends while idle is dropped (the next PDF starts another),
      // never an unhandled 'error' in the host.
      worker.on('error', (error: Error & { code?: string }) => {
        if (this.worker === worker) this.worker = undefined;
        this.current?.onError(error);
      });
      worker.on('exit', (code: number) => {
        if (this.worker === worker) this.worker = undefined;
        this.current?.onExit(code);
      });
      this.worker = worker;
    }
    return this.worker;
  }

  /** One PDF at a time: the first starts at once, others wait their turn (and for a stopped thread to end). */
  read(job: PdfJob, memoryMb: number): Promise<PdfPages> {
    const now = this.waiting === 0 && !this.stopping;
    const result = now ? this.run(job, memoryMb) : this.tail.then(() => this.stopping).then(() => this.run(job, memoryMb));
    this.waiting++;
    const settled = () => {
      this.waiting--;
    };
    this.tail = result.then(settled, settled);
    return result;
  }

  private stop(worker: Worker): void {
    if (this.worker === worker) this.worker = undefined;
    const ended = worker.terminate().then(
      () => undefined,
      () => undefined,
    );
    this.stopping = ended;
    void ended.then(() => {
      if (this.stopping === ended) this.stopping = undefined;
    });
  }

  private run(job: PdfJob, memoryMb: number): Promise<PdfPages> {
    const worker = this.start();
    worker.ref();
    const id = this.nextId++;
    const pages: Page[] = [];
    return new Promise<PdfPages>((resolve, reject) => {
      const finish = (outcome: () => void) => {
        clearTimeout(timer);
        clearInterval(watch);
        worker.off('message', onMessage);
        this.current = undefined;
        worker.unref();
        outcome();
      };
      const onMessage = (message: FromThread) => {
        if (message.id !== id) return;
        if (message.kind === 'page') pages.push(message.page);
        else if (message.kind === 'done') finish(() => resolve({ pages, warnings: message.warnings }));
        else finish(() => reject(fromThread(message)));
      };
      this.current = {
        onError: (error) => {
          this.stop(worker);
          finish(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? tooMuchMemory(job.where, this.heapMb, error) : error));
        },
        onExit: (code) => finish(() => reject(new Error(`the PDF thread stopped unexpectedly (exit code ${code})`))),
      };
      // A page that never finishes: stop the thread, and score the pages read, if any.
      const limit = job.timeLimitMs ?? PDF_TIME_LIMIT_MS;
      const timer = setTimeout(() => {
        this.stop(worker);
        finish(() =>
          pages.length
            ? resolve({ pages, warnings: [timeLimitWarning(pages.length, limit)] })
            : reject(new FitscoreError('PDF_TOO_COMPLEX', `${job.where} took over ${limit / 1000} s to read and was stopped: print it to a new PDF, or give its text.`)),
        );
      }, limit);
      // Memory outside V8's heap (decoded streams): stop the thread when reading has grown the process too much.
      const before = process.memoryUsage.rss();
      const watch = setInterval(() => {
        if (process.memoryUsage.rss() - before <= memoryMb * 1048576) return;
        this.stop(worker);
        finish(() => reject(tooMuchMemory(job.where, memoryMb)));
      }, MEMORY_WATCH_MS);
      worker.on('message', onMessage);
      const bytes = job.bytes.slice();
      worker.postMessage({ ...job, id, bytes } satisfies ToThread, [bytes.buffer]);
    });
  }
}

const tooMuchMemory = (where: string, mb: number, cause?: unknown) =>
  new FitscoreError('PDF_TOO_COMPLEX', `${where} is not read: it needs more than ${mb} MB of memory, far beyond any résumé or posting. Print it to a new PDF, or give its text.`, {
    ...(cause ? { cause } : {}),
  });

function fromThread(message: Extract<FromThread, { kind: 'error' }>): Error {
  const cause = Object.assign(new Error(message.detail.split('\n')[0]), { stack: message.detail });
  return message.code ? new FitscoreError(message.code, message.message, { cause }) : new Error(message.message, { cause });
}
