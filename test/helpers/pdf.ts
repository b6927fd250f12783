// A PDF written object by object, numbered from 1, with a correct cross-reference table: for tests that need
// PDFs pdfkit will not write (a damaged stream, JavaScript, a huge page tree).
export function pdfFromObjects(objects: readonly string[]): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}

/** Bytes as the latin1 string pdfFromObjects writes byte for byte. */
export const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString('latin1');

/**
 * LZW codes packed as a PDF LZWDecode stream (EarlyChange 1): 9 bits at first, one more each time the
 * decoder's table reaches a power of two, back to 9 after a clear code (256). Ends with 257.
 */
export function lzwPack(codes: readonly number[]): Uint8Array {
  const out: number[] = [];
  let acc = 0;
  let bits = 0;
  let codeLength = 9;
  let nextCode = 258;
  let first = true;
  const put = (code: number) => {
    acc = (acc << codeLength) | code;
    bits += codeLength;
    while (bits >= 8) {
      bits -= 8;
      out.push((acc >>> bits) & 0xff);
    }
    acc &= (1 << bits) - 1;
  };
  for (const code of [...codes, 257]) {
    put(code);
    if (code === 256) {
      codeLength = 9;
      nextCode = 258;
      first = true;
    } else if (first) first = false;
    else {
      nextCode++;
      const n = nextCode + 1;
      if ((n & (n - 1)) === 0) codeLength = Math.min(Math.log2(n) + 1, 12);
    }
  }
  if (bits > 0) out.push((acc << (8 - bits)) & 0xff);
  return Uint8Array.from(out);
}

/** LZW codes that decode to `bytes` as they are: one literal code a byte, a clear code before the table fills. */
export function lzwLiteral(bytes: Uint8Array): number[] {
  const codes: number[] = [];
  bytes.forEach((b, i) => {
    if (i > 0 && i % 3000 === 0) codes.push(256);
    codes.push(b);
  });
  return codes;
}

/**
 * LZW codes that decode to about `mb` megabytes from a few kilobytes: each code names the entry being made
 * (the decoder's "KwKwK" case), so entry n is n bytes long.
 */
export function lzwBomb(mb: number): number[] {
  const codes: number[] = [];
  for (let total = 0; total < mb * 1048576; ) {
    codes.push(256, 0x20);
    total += 1;
    for (let code = 258, length = 2; code < 4095; code++, length++) {
      codes.push(code);
      total += length;
    }
  }
  return codes;
}

/** Bytes as ASCII85 (Adobe's ASCII85Decode input), ended by "~>". */
export function ascii85(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 4) {
    const chunk = [0, 1, 2, 3].map((k) => bytes[i + k] ?? 0);
    const value = ((chunk[0]! << 24) | (chunk[1]! << 16) | (chunk[2]! << 8) | chunk[3]!) >>> 0;
    const take = Math.min(4, bytes.length - i) + 1;
    if (value === 0 && take === 5) {
      out += 'z';
      continue;
    }
    const digits: string[] = [];
    for (let k = 0, v = value; k < 5; k++, v = Math.floor(v / 85)) digits.unshift(String.fromCharCode(33 + (v % 85)));
    out += digits.slice(0, take).join('');
  }
  return `${out}~>`;
}
