// PDF → text. Streams built to inflate hugely are refused first (pdf-streams.ts); pdf.js then gives the
// positioned text items, in a thread of their own (pdf-thread.ts), and pdf-layout.ts puts them in reading
// order (columns, right-aligned dates).
import { FitscoreError } from '../errors';
import { documentText } from './pdf-layout';
import { oversizedStream } from './pdf-streams';
import { readPages, type PdfLimits } from './pdf-thread';

export interface PdfOptions {
  where: string;
  password?: string;
  /** Work to do while the PDF is read in its own thread (see ReadOptions.whileWaiting). */
  whileWaiting?: () => void;
  limits?: PdfLimits;
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
  const reading = readPages({ bytes, where: options.where, ...(options.password !== undefined ? { password: options.password } : {}) }, options.limits);
  try {
    options.whileWaiting?.();
  } catch (error) {
    reading.catch(() => undefined);
    throw error;
  }
  const { pages, warnings } = await reading;
  const text = documentText(pages);
  if (text.replace(/\s/g, '').length < 40) {
    throw new FitscoreError('PDF_NO_TEXT', `${options.where} has no text layer (a scan or an image): run OCR on it first (e.g. ocrmypdf), or give the text.`);
  }
  return { text, warnings };
}
