// A PDF's compressed streams, measured before pdf.js reads them. A stream can be built to inflate a thousand
// times over (a "zip bomb"): 150 KB of Flate data that holds 50 MB of text operators costs pdf.js 16 s and
// 800 MB, and a 20 MB file can hold 20 GB. pdf.js inflates a stream in one step, so no time limit between
// pages can stop it; a size bound taken here, with zlib's own output limit, can. Images are left out: pdf.js
// does not decode them to read text.
import { constants, inflateSync } from 'node:zlib';

/** The most one stream that pdf.js decodes for text may inflate to. A résumé's largest (a font) is ~1 MB. */
export const MAX_STREAM_BYTES = 32 * 1048576;
/** The most all of them together may inflate to. */
export const MAX_INFLATED_BYTES = 128 * 1048576;
/** How far back from `stream` its dictionary may begin. */
const DICT_WINDOW = 4096;

export interface Oversized {
  /** The object number of the one stream that went over, when it can be told; none when the total did. */
  object?: number;
  /** The bound it went over, in bytes: MAX_STREAM_BYTES or MAX_INFLATED_BYTES. */
  limit: number;
}

/** The first Flate or LZW stream (or the running total) that inflates past its bound, or undefined. */
export function oversizedStream(bytes: Uint8Array): Oversized | undefined {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let budget = MAX_INFLATED_BYTES;
  const next = (from: number) => buf.indexOf('stream', from);
  let at = next(0);
  while (at !== -1) {
    const start = at >= 3 && buf.toString('latin1', at - 3, at) === 'end' ? undefined : dataStart(buf, at + 6);
    if (start === undefined) {
      at = next(at + 6);
      continue;
    }
    const dict = buf.toString('latin1', Math.max(0, at - DICT_WINDOW), at);
    const head = dict.lastIndexOf(' obj');
    const own = head === -1 ? dict : dict.slice(head);
    const found = buf.indexOf('endstream', start);
    const end = found === -1 ? buf.length : found;
    const filter = /\/Filter\s*\[?\s*\/(FlateDecode|LZWDecode)\b/.exec(own)?.[1];
    if (filter && !/\/Subtype\s*\/Image\b/.test(own)) {
      const limit = Math.min(MAX_STREAM_BYTES, budget);
      const data = buf.subarray(start, end);
      const size = filter === 'FlateDecode' ? inflatedSize(data, limit) : lzwSize(data, limit, /\/EarlyChange\s+0\b/.test(own) ? 0 : 1);
      if (size === undefined) {
        if (budget < MAX_STREAM_BYTES) return { limit: MAX_INFLATED_BYTES };
        const object = head === -1 ? undefined : objectNumber(dict.slice(0, head));
        return { ...(object !== undefined ? { object } : {}), limit };
      }
      budget -= size;
    }
    at = next(end + 9);
  }
  return undefined;
}

// The data begins after `stream` and its end of line (CRLF or LF; a lone CR is tolerated).
function dataStart(buf: Buffer, after: number): number | undefined {
  if (buf[after] === 0x0d) return buf[after + 1] === 0x0a ? after + 2 : after + 1;
  if (buf[after] === 0x0a) return after + 1;
  return undefined;
}

// The object number just before " obj" ("12 0 obj").
function objectNumber(before: string): number | undefined {
  const m = /(\d{1,10})\s+\d{1,5}\s*$/.exec(before.slice(-24));
  return m ? Number(m[1]) : undefined;
}

/** The inflated size of Flate data, or undefined when it passes `limit`. Data zlib cannot read counts as what it gave. */
function inflatedSize(data: Uint8Array, limit: number): number | undefined {
  try {
    return inflateSync(data, { maxOutputLength: limit, finishFlush: constants.Z_SYNC_FLUSH }).length;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') return undefined;
    return 0;
  }
}

/**
 * The decoded size of LZW data (as pdf.js decodes it: 9- to 12-bit codes, 256 clears, 257 ends), or undefined
 * when it passes `limit`. Only lengths are kept: each new code is one longer than the code before it.
 */
function lzwSize(data: Uint8Array, limit: number, earlyChange: 0 | 1): number | undefined {
  const lengths = new Uint16Array(4096).fill(1, 0, 256);
  let codeLength = 9;
  let nextCode = 258;
  let prevCode = 0;
  let prevLength = 0;
  let total = 0;
  let cached = 0;
  let bits = 0;
  for (let i = 0; ; ) {
    while (bits < codeLength) {
      if (i >= data.length) return total;
      cached = ((cached << 8) | data[i++]!) & 0xffffff;
      bits += 8;
    }
    bits -= codeLength;
    const code = (cached >>> bits) & ((1 << codeLength) - 1);
    if (code === 256) {
      codeLength = 9;
      nextCode = 258;
      prevLength = 0;
      continue;
    }
    if (code === 257) return total;
    const length = code < 256 ? 1 : code < nextCode ? lengths[code]! : prevLength + 1;
    if (prevLength > 0) {
      if (nextCode < 4096) lengths[nextCode] = lengths[prevCode]! + 1;
      nextCode++;
      const n = nextCode + earlyChange;
      if ((n & (n - 1)) === 0) codeLength = Math.min(Math.log2(n) + 1, 12);
    }
    prevCode = code;
    prevLength = length;
    total += length;
    if (total > limit) return undefined;
  }
}
