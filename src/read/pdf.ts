// PDF → text with pdf-parse 2 (imported only when a PDF is read). pdf-parse loads the document; its pdf.js
// gives the positioned text items, which pdf-layout.ts puts in reading order (columns, right-aligned dates).
// Nothing in the PDF is executed: pdf.js runs with evaluation off, and its warnings stay quiet.
import { FitscoreError } from '../errors';
import { documentText, type Page, type TextItem } from './pdf-layout';
import { oversizedStream } from './pdf-streams';

export const MAX_PDF_PAGES = 50;
/** Reading stops between pages after this long (a PDF built to be slow); the pages read so far are scored. */
export const PDF_TIME_LIMIT_MS = 20_000;

export interface PdfOptions {
  where: string;
  password?: string;
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

export async function readPdf(bytes: Uint8Array, options: PdfOptions): Promise<{ text: string; warnings: string[] }> {
  const bomb = oversizedStream(bytes);
  if (bomb) {
    const which = bomb.object === undefined ? 'its compressed streams inflate' : `a compressed stream in it (object ${bomb.object}) inflates`;
    throw new FitscoreError(
      'PDF_TOO_COMPLEX',
      `${options.where} is not read: ${which} to over ${bomb.limit / 1048576} MB, far beyond any résumé or posting (a "zip bomb"?). Print it to a new PDF, or give its text.`,
    );
  }
  const { PDFParse } = await import('pdf-parse');
  const parser = new PDFParse({
    data: bytes.slice(),
    verbosity: 0,
    isEvalSupported: false,
    stopAtErrors: false,
    ...(options.password !== undefined ? { password: options.password } : {}),
  });
  const warnings: string[] = [];
  try {
    // load() is where pdf-parse keeps the pdf.js document whose text items carry their positions.
    const loader = parser as unknown as { load(): Promise<PdfDocument> };
    const doc = await loader.load().catch((error: unknown) => {
      throw pdfError(error, options);
    });
    const count = Math.min(doc.numPages, MAX_PDF_PAGES);
    if (doc.numPages > MAX_PDF_PAGES) warnings.push(`Only the first ${MAX_PDF_PAGES} of ${doc.numPages} PDF pages were read.`);
    const pages: Page[] = [];
    const started = Date.now();
    for (let n = 1; n <= count; n++) {
      if (n > 1 && Date.now() - started > PDF_TIME_LIMIT_MS) {
        warnings.push(`Reading the PDF took over ${PDF_TIME_LIMIT_MS / 1000} s: only its first ${n - 1} pages were read.`);
        break;
      }
      // A document can load and still hold a damaged page ("Unknown block type in flate stream").
      try {
        const page = await doc.getPage(n);
        const { width, height } = page.getViewport({ scale: 1 });
        const content = await page.getTextContent();
        pages.push({ width, height, items: (content.items as PdfJsTextItem[]).flatMap(toItem) });
        page.cleanup();
      } catch (error) {
        throw pdfError(error, options);
      }
    }
    const text = documentText(pages);
    if (text.replace(/\s/g, '').length < 40) {
      throw new FitscoreError('PDF_NO_TEXT', `${options.where} has no text layer (a scan or an image): run OCR on it first (e.g. ocrmypdf), or give the text.`);
    }
    return { text, warnings };
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

function toItem(raw: PdfJsTextItem): TextItem[] {
  const t = raw.transform;
  if (!raw.str || !t || t.length < 6) return [];
  return [{ text: raw.str, x: t[4]!, y: t[5]!, width: raw.width ?? 0, size: Math.abs(raw.height || t[3] || 10) }];
}

function pdfError(error: unknown, options: PdfOptions): FitscoreError {
  const name = (error as Error)?.name ?? '';
  if (name === 'PasswordException') {
    return options.password === undefined
      ? new FitscoreError('PDF_ENCRYPTED', `${options.where} is password-protected: give the password with --password, or save an unprotected copy.`, { cause: error })
      : new FitscoreError('PDF_ENCRYPTED', `${options.where}: the password given with --password is not right.`, { cause: error });
  }
  return new FitscoreError('PDF_CORRUPT', `${options.where} is not a readable PDF (damaged or truncated): open it and save it again, or give its text.`, {
    cause: error,
  });
}
