// pdf.js's positioned text items, page by page, through pdf-parse 2 (loaded only when a PDF is read: pdf-engine.ts).
// This runs in fitscore's PDF thread (pdf-thread.ts), or in the caller's thread where there is none (tests run
// from source). Nothing in the PDF is executed: pdf.js runs with evaluation off, and its warnings stay quiet.
import { FitscoreError } from '../errors';
import { loadPdfParse } from './pdf-engine';
import type { Page, TextItem } from './pdf-layout';

export const MAX_PDF_PAGES = 50;
/** Reading stops between pages after this long (a PDF built to be slow); the pages read so far are scored. */
export const PDF_TIME_LIMIT_MS = 20_000;
/**
 * The most text read from one PDF. A 50-page résumé holds ~200,000 characters; a stream the size bounds cannot
 * see (an indirect /Filter) once gave 23 million in 18 s. The page that passes it is cut, and reading stops.
 */
export const MAX_PDF_CHARACTERS = 2_000_000;

export interface PdfJob {
  bytes: Uint8Array;
  /** "résumé 'cv.pdf'", for messages. */
  where: string;
  password?: string;
  /** Reading stops after this long (default PDF_TIME_LIMIT_MS). */
  timeLimitMs?: number;
}

interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<{
    getViewport(o: { scale: number }): { width: number; height: number };
    getTextContent(): Promise<{ items: unknown[] }>;
    cleanup(): void;
  }>;
}

interface PdfJsTextItem {
  str?: string;
  transform?: number[];
  width?: number;
  height?: number;
}

/** Reads the pages of a PDF, handing each to `onPage` as it is read; returns the warnings. */
export async function readPdfPages(job: PdfJob, onPage: (page: Page) => void): Promise<string[]> {
  const { PDFParse } = (await loadPdfParse()).module;
  const parser = new PDFParse({
    data: job.bytes,
    verbosity: 0,
    isEvalSupported: false,
    stopAtErrors: false,
    ...(job.password !== undefined ? { password: job.password } : {}),
  });
  const warnings: string[] = [];
  try {
    // load() is where pdf-parse keeps the pdf.js document whose text items carry their positions.
    const loader = parser as unknown as { load(): Promise<PdfDocument> };
    const doc = await loader.load().catch((error: unknown) => {
      throw pdfError(error, job);
    });
    const count = Math.min(doc.numPages, MAX_PDF_PAGES);
    if (doc.numPages > MAX_PDF_PAGES) warnings.push(`Only the first ${MAX_PDF_PAGES} of ${doc.numPages} PDF pages were read.`);
    const started = Date.now();
    const limit = job.timeLimitMs ?? PDF_TIME_LIMIT_MS;
    let characters = 0;
    for (let n = 1; n <= count; n++) {
      if (n > 1 && Date.now() - started > limit) {
        warnings.push(timeLimitWarning(n - 1, limit));
        break;
      }
      // A document can load and still hold a damaged page ("Unknown block type in flate stream").
      try {
        const page = await doc.getPage(n);
        const { width, height } = page.getViewport({ scale: 1 });
        const content = await page.getTextContent();
        const items = (content.items as PdfJsTextItem[]).flatMap(toItem);
        let kept = 0;
        while (kept < items.length && characters + items[kept]!.text.length <= MAX_PDF_CHARACTERS) characters += items[kept++]!.text.length;
        onPage({ width, height, items: kept < items.length ? items.slice(0, kept) : items });
        page.cleanup();
        if (kept < items.length) {
          warnings.push(`The PDF holds more than ${MAX_PDF_CHARACTERS.toLocaleString('en-US')} characters of text: only what came before was read (page ${n} was cut).`);
          break;
        }
      } catch (error) {
        throw pdfError(error, job);
      }
    }
    return warnings;
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

export const timeLimitWarning = (pages: number, limitMs: number): string =>
  `Reading the PDF took over ${limitMs / 1000} s: only its first ${pages} pages were read.`;

function toItem(raw: PdfJsTextItem): TextItem[] {
  const t = raw.transform;
  if (!raw.str || !t || t.length < 6) return [];
  return [{ text: raw.str, x: t[4]!, y: t[5]!, width: raw.width ?? 0, size: Math.abs(raw.height || t[3] || 10) }];
}

function pdfError(error: unknown, job: PdfJob): FitscoreError {
  const name = (error as Error)?.name ?? '';
  if (name === 'PasswordException') {
    return job.password === undefined
      ? new FitscoreError('PDF_ENCRYPTED', `${job.where} is password-protected: give the password with --password, or save an unprotected copy.`, { cause: error })
      : new FitscoreError('PDF_ENCRYPTED', `${job.where}: the password given with --password is not right.`, { cause: error });
  }
  return new FitscoreError('PDF_CORRUPT', `${job.where} is not a readable PDF (damaged or truncated): open it and save it again, or give its text.`, {
    cause: error,
  });
}
