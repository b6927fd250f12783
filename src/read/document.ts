// The only place fitscore reads input: a file or stdin, with every user error turned into one clear line.
// Formats are chosen by content where the extension lies; PDF and Word come in their own readers.
import { readFile, stat } from 'node:fs/promises';
import { FitscoreError } from '../errors';
import { ENGLISH_FUNCTION_WORDS } from '../knowledge/language';
import { decode, looksBinary } from './decode';
import { htmlToText, looksLikeHtml } from './html';
import { jobToText, jsonResumeKind, resumeToText } from './json-resume';
import type { PdfLimits } from './pdf-thread';

export interface ReadOptions {
  /** What the document is, for messages: "posting", "résumé". */
  role: string;
  maxBytes: number;
  /** Reads stdin, stopping once more than `limit` bytes have come (the caller refuses them then). */
  readStdin: (limit: number) => Promise<Uint8Array>;
  /** For an encrypted PDF. */
  password?: string;
  /** Work to do while a PDF is read in its own thread (the CLI extracts the posting then); not called otherwise. */
  whileWaiting?: () => void;
  /** Bounds on reading a PDF (time, memory); the defaults suit any résumé or posting. */
  pdfLimits?: PdfLimits;
}

export interface ReadResult {
  text: string;
  source: string;
  format: 'text' | 'markdown' | 'pdf' | 'docx' | 'html' | 'json-resume';
  /** Weak readings that do not stop the report ("only the first 50 pages were read"). */
  warnings: string[];
}

export const DEFAULT_MAX_MB = 20;

export async function readDocument(path: string, options: ReadOptions): Promise<ReadResult> {
  const bytes = path === '-' ? await options.readStdin(options.maxBytes + 1) : await readBytes(path, options);
  const where = path === '-' ? `${options.role} from stdin` : `${options.role} '${path}'`;
  if (bytes.length > options.maxBytes) throw tooLarge(where, options.maxBytes);
  if (isPdf(bytes)) {
    const { readPdf } = await import('./pdf');
    const pdf = await readPdf(bytes, {
      where,
      ...(options.password !== undefined ? { password: options.password } : {}),
      ...(options.whileWaiting ? { whileWaiting: options.whileWaiting } : {}),
      ...(options.pdfLimits ? { limits: options.pdfLimits } : {}),
    });
    return checked({ text: pdf.text, source: path, format: 'pdf', warnings: [...pdf.warnings, ...garbled(pdf.text, where)] }, where, options.role);
  }
  if (isDocx(bytes)) {
    const { readDocx } = await import('./docx');
    return checked({ text: await readDocx(bytes, where), source: path, format: 'docx', warnings: [] }, where, options.role);
  }
  refuseOtherFormats(bytes, where);
  const { text } = decode(bytes);
  if (looksBinary(text)) {
    throw new FitscoreError('INPUT_BINARY', `${where} is not text (it looks like binary data): give a PDF, .docx, .txt or .md file.`);
  }
  const json = /^\s*\{/.test(text) ? parseJsonResume(text) : undefined;
  if (json) return checked({ text: json, source: path, format: 'json-resume', warnings: [] }, where, options.role);
  if (looksLikeHtml(text)) return checked({ text: htmlToText(text), source: path, format: 'html', warnings: [] }, where, options.role);
  return checked({ text, source: path, format: /\.(?:md|markdown)$/i.test(path) ? 'markdown' : 'text', warnings: [] }, where, options.role);
}

function checked(result: ReadResult, where: string, role: string): ReadResult {
  if (!result.text.trim()) throw new FitscoreError('INPUT_EMPTY', `${where} is empty: give a file that holds the text of the ${role}.`);
  if (!looksEnglish(result.text)) result.warnings.push(`${where} does not look like English: fitscore reads English postings and résumés, so expect gaps.`);
  return result;
}

const ENGLISH = new Set(ENGLISH_FUNCTION_WORDS);

function looksEnglish(text: string): boolean {
  const words = text.slice(0, 200_000).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 80) return true;
  return words.filter((w) => ENGLISH.has(w)).length / words.length >= 0.03;
}

// A JSON Resume résumé or job: its structured fields, laid out as text. Other JSON is read as text.
function parseJsonResume(text: string): string | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const kind = jsonResumeKind(value);
  return kind === 'resume' ? resumeToText(value) : kind === 'job' ? jobToText(value) : undefined;
}

// A .docx is a zip whose first entries name the Word parts.
const isDocx = (bytes: Uint8Array) =>
  startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) && new TextDecoder('latin1').decode(bytes.subarray(0, 65536)).includes('word/');

const isPdf = (bytes: Uint8Array) => {
  // "%PDF-" may follow a little junk (some mailers prepend bytes); pdf.js accepts it within the first 1 KB.
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return /%PDF-\d\.\d/.test(head);
};

// A PDF whose fonts map glyphs to nonsense gives text with few real words: score it, but say so.
function garbled(text: string, where: string): string[] {
  const tokens = text.match(/\S+/g) ?? [];
  if (tokens.length < 20) return [];
  const wordy = tokens.filter((t) => /^[\p{L}][\p{Ll}'’-]*[\p{L}][.,;:]?$/u.test(t) && /[aeiouyàâäéèêëîïôöûüáíóú]/i.test(t)).length;
  return wordy / tokens.length < 0.35 ? [`${where}: the PDF text looks garbled (few real words); check it with 'fitscore extract'.`] : [];
}

async function readBytes(path: string, options: ReadOptions): Promise<Uint8Array> {
  const where = `${options.role} '${path}'`;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new FitscoreError('INPUT_IS_DIRECTORY', `${where} is a directory: give the path of a file.`);
    if (info.size > options.maxBytes) throw tooLarge(where, options.maxBytes);
    return await readFile(path);
  } catch (error) {
    if (error instanceof FitscoreError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new FitscoreError('INPUT_NOT_FOUND', `${where} does not exist: check the path.`, { cause: error });
    if (code === 'EACCES' || code === 'EPERM') {
      throw new FitscoreError('INPUT_UNREADABLE', `${where} cannot be read (permission denied): check its permissions.`, { cause: error });
    }
    throw new FitscoreError('INPUT_UNREADABLE', `${where} cannot be read (${code ?? 'unknown error'}).`, { cause: error });
  }
}

const tooLarge = (where: string, maxBytes: number) =>
  new FitscoreError(
    'INPUT_TOO_LARGE',
    `${where} is larger than the ${formatMb(maxBytes)} MB limit: is it the right file? --max-size MB raises the limit.`,
  );

const formatMb = (bytes: number) => String(Number((bytes / 1048576).toPrecision(3)));

const startsWith = (bytes: Uint8Array, signature: number[]) => signature.every((b, i) => bytes[i] === b);

// Formats fitscore does not read, told by their first bytes (the extension may lie either way).
function refuseOtherFormats(bytes: Uint8Array, where: string): void {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    throw new FitscoreError('FORMAT_UNSUPPORTED', `${where} is an OpenDocument, Pages or other zipped file: export it as PDF or .docx.`);
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new FitscoreError('FORMAT_UNSUPPORTED', `${where} is an old Word .doc file: open it in Word or LibreOffice and save it as .docx, PDF or plain text.`);
  }
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) {
    throw new FitscoreError('FORMAT_UNSUPPORTED', `${where} is an RTF file: save it as PDF or plain text and try again.`);
  }
  const image = [[0x89, 0x50, 0x4e, 0x47], [0xff, 0xd8, 0xff], [0x47, 0x49, 0x46, 0x38], [0x49, 0x49, 0x2a, 0x00], [0x4d, 0x4d, 0x00, 0x2a]];
  if (image.some((signature) => startsWith(bytes, signature))) {
    throw new FitscoreError('FORMAT_UNSUPPORTED', `${where} is an image: run OCR on it first, or give the résumé as PDF or text.`);
  }
}
