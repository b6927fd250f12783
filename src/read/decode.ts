// Bytes → text: UTF-8, UTF-16 with a BOM (or the unmistakable NUL pattern of UTF-16 without one),
// else Latin-1 / cp1252. Binary junk is refused, never scored.

export type Decoded = { text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' };

export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    // A UTF-8 mark followed by bytes that are not UTF-8: the mark lied; read the rest as cp1252.
    const text = utf8(bytes.subarray(3));
    return text === undefined ? { text: cp1252(bytes.subarray(3)), encoding: 'windows-1252' } : { text, encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  const utf16 = guessUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  const text = utf8(bytes);
  if (text !== undefined) return { text, encoding: 'utf-8' };
  return { text: cp1252(bytes), encoding: 'windows-1252' };
}

function utf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

// English text in UTF-16 without a BOM has a NUL in every other byte.
function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 8) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (odd > half * 0.8 && even < half * 0.05) return 'utf-16le';
  if (even > half * 0.8 && odd < half * 0.05) return 'utf-16be';
  return undefined;
}

/** True when the text is not something a person wrote: NUL bytes or many control characters. */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65_536);
  if (sample.includes('\u0000')) return true;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13 && code !== 12) || code === 0xfffd) controls++;
  }
  return controls > Math.max(4, sample.length * 0.01);
}

// cp1252 puts typographic characters at 0x80–0x9F (– — ‘ ’ “ ” • €); Node's decoder reads them as Latin-1
// control characters, so they are mapped here. 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function cp1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...chunk).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!);
  }
  return out;
}
