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

/** The first Flate or LZW stream (after any ASCIIHex or ASCII85 filters before it) (or the running total) that inflates past its bound, or undefined. */
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
    const measured = measuredFilter(own);
    if (measured && !/\/Subtype\s*\/Image\b/.test(own)) {
      const limit = Math.min(MAX_STREAM_BYTES, budget);
      const data = measured.text.reduce<Uint8Array>((d, f) => (f === 'hex' ? fromHex(d) : fromAscii85(d)), buf.subarray(start, end));
      const size = measured.filter === 'FlateDecode' ? inflatedSize(data, limit) : lzwSize(data, limit, /\/EarlyChange\s+0\b/.test(own) ? 0 : 1);
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

/**
 * The filter that can inflate (Flate or LZW) and the text filters before it ("[/ASCII85Decode /FlateDecode]"),
 * or undefined when there is none, or another filter comes first. An indirect /Filter is not followed: the PDF
 * thread's bounds (pdf-thread.ts) hold for what is not measured here.
 */
function measuredFilter(dict: string): { filter: 'FlateDecode' | 'LZWDecode'; text: ('hex' | 'a85')[] } | undefined {
  const names = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dict)?.[1]?.match(/\/[A-Za-z0-9]+/g)?.map((n) => n.slice(1)) ?? [];
  const text: ('hex' | 'a85')[] = [];
  for (const name of names) {
    if (name === 'FlateDecode' || name === 'Fl' || name === 'LZWDecode' || name === 'LZW') return { filter: name.startsWith('F') ? 'FlateDecode' : 'LZWDecode', text };
    if (name === 'ASCIIHexDecode' || name === 'AHx') text.push('hex');
    else if (name === 'ASCII85Decode' || name === 'A85') text.push('a85');
    else return undefined;
  }
  return undefined;
}

/** ASCIIHexDecode: pairs of hex digits up to ">", blanks skipped, an odd last digit followed by 0. */
function fromHex(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(Math.ceil(data.length / 2));
  let n = 0;
  let high = -1;
  for (const c of data) {
    if (c === 0x3e) break;
    const v = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0x41 && c <= 0x46 ? c - 0x37 : c >= 0x61 && c <= 0x66 ? c - 0x57 : -1;
    if (v < 0) continue;
    if (high < 0) high = v;
    else {
      out[n++] = (high << 4) | v;
      high = -1;
    }
  }
  if (high >= 0) out[n++] = high << 4;
  return out.subarray(0, n);
}

/** ASCII85Decode: groups of five characters ("!" to "u") to four bytes, "z" for four zeros, up to "~>". */
function fromAscii85(data: Uint8Array): Uint8Array {
  const out = new Uint8Array(data.length * 4 + 4);
  let n = 0;
  let group = 0;
  let count = 0;
  for (const c of data) {
    if (c === 0x7e) break;
    if (c === 0x7a && count === 0) {
      n += 4;
      continue;
    }
    if (c < 0x21 || c > 0x75) continue;
    group = group * 85 + (c - 0x21);
    if (++count === 5) {
      out[n++] = (group >>> 24) & 0xff;
      out[n++] = (group >>> 16) & 0xff;
      out[n++] = (group >>> 8) & 0xff;
      out[n++] = group & 0xff;
      group = 0;
      count = 0;
    }
  }
  if (count > 1) {
    for (let k = count; k < 5; k++) group = group * 85 + 84;
    for (let k = 0; k < count - 1; k++) out[n++] = (group >>> (24 - 8 * k)) & 0xff;
  }
  return out.subarray(0, n);
}
