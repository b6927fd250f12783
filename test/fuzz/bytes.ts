// Byte-level generators: text in every encoding fitscore decodes (UTF-8 with and without BOM, UTF-16 LE/BE
// with BOM and without, Latin-1), random bytes behind real file signatures, and the project's own documents
// and PDFs mutated (bits flipped, bytes deleted and inserted, ranges duplicated, truncated).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { anyText } from './arbitraries';
import { pdfFromObjects } from '../helpers/pdf';

export type Encoding = 'utf-8' | 'utf-8-bom' | 'utf-16le-bom' | 'utf-16be-bom' | 'utf-16le' | 'latin-1';

export function encode(text: string, encoding: Encoding): Uint8Array {
  const utf16le = (s: string) => {
    const out = new Uint8Array(s.length * 2);
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      out[2 * i] = c & 0xff;
      out[2 * i + 1] = c >> 8;
    }
    return out;
  };
  const swap = (b: Uint8Array) => b.map((_, i) => b[i ^ 1] ?? 0);
  const cat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return cat(Uint8Array.of(0xef, 0xbb, 0xbf), new TextEncoder().encode(text));
    case 'utf-16le-bom':
      return cat(Uint8Array.of(0xff, 0xfe), utf16le(text));
    case 'utf-16be-bom':
      return cat(Uint8Array.of(0xfe, 0xff), swap(utf16le(text)));
    case 'utf-16le':
      return utf16le(text);
    case 'latin-1':
      // Characters above U+00FF have no Latin-1 byte: keep their low byte, as a careless exporter would.
      return Uint8Array.from(text, (ch) => ch.charCodeAt(0) & 0xff);
  }
}

export const ENCODINGS: Encoding[] = ['utf-8', 'utf-8-bom', 'utf-16le-bom', 'utf-16be-bom', 'utf-16le', 'latin-1'];

/** Text from the fuzz generators, in one of the encodings. */
export const encodedText = (scale = 1) => fc.tuple(anyText(scale), fc.constantFrom(...ENCODINGS)).map(([t, e]) => encode(t, e));

/** Magic numbers and openings that route bytes to a reader: PDF, zip/docx, old .doc, RTF, images, JSON, HTML. */
const SIGNATURES: readonly (string | number[])[] = [
  '%PDF-1.4\n', '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n', 'junk%PDF-',
  [0x50, 0x4b, 0x03, 0x04], 'PK\u0003\u0004\u0014\u0000\u0006\u0000word/document.xml', [0xd0, 0xcf, 0x11, 0xe0],
  '{\\rtf1', [0x89, 0x50, 0x4e, 0x47], [0xff, 0xd8, 0xff], 'GIF8', [0x49, 0x49, 0x2a, 0x00], [0x4d, 0x4d, 0x00, 0x2a],
  '{"basics":', '{"work":[', '{"title":"x","qualifications":', ' {', '<!DOCTYPE html><html><body>', '<p>', '\ufeff',
  [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf, 0xc3, 0x28],
];
const signatureBytes = (s: string | number[]) => (typeof s === 'string' ? Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff) : Uint8Array.from(s));

export const randomBytes = fc.oneof(
  fc.uint8Array({ maxLength: 4096 }),
  fc.tuple(fc.constantFrom(...SIGNATURES), fc.uint8Array({ maxLength: 2048 })).map(([s, b]) => Uint8Array.from([...signatureBytes(s), ...b])),
);

/** JSON Resume-shaped documents with values of every type where strings, arrays and objects belong. */
const jsonValue = fc.jsonValue({ maxDepth: 3 });
export const jsonDocument = fc
  .oneof(
    fc.record({ basics: jsonValue, work: fc.oneof(jsonValue, fc.array(fc.dictionary(fc.constantFrom('position', 'name', 'startDate', 'endDate', 'highlights', 'summary'), jsonValue))), education: jsonValue, skills: jsonValue }, { requiredKeys: [] }),
    fc.record({ title: jsonValue, qualifications: jsonValue, description: jsonValue, skills: jsonValue, location: jsonValue }, { requiredKeys: ['title'] }),
    fc.dictionary(fc.constantFrom('basics', 'work', 'title', 'qualifications', '__proto__', 'constructor', 'volunteer', 'projects', 'certificates'), jsonValue),
  )
  .map((v) => new TextEncoder().encode(JSON.stringify(v)));

/** The project's documents and PDFs, read once: the seeds that mutation starts from. */
export function fixtureFiles(): { name: string; bytes: Uint8Array }[] {
  const files: { name: string; bytes: Uint8Array }[] = [];
  for (const dir of ['fixtures/documents/postings', 'fixtures/documents/resumes', 'fixtures/pdf']) {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isFile()) files.push({ name: path, bytes: new Uint8Array(readFileSync(path)) });
    }
  }
  return files;
}

type Mutation =
  | { op: 'flip'; at: number; bit: number }
  | { op: 'delete'; at: number; length: number }
  | { op: 'insert'; at: number; bytes: Uint8Array }
  | { op: 'duplicate'; at: number; length: number; times: number }
  | { op: 'truncate'; at: number }
  | { op: 'overwrite'; at: number; bytes: Uint8Array };

// Positions are taken modulo the length so that a mutation applies to a file of any size.
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('flip' as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ op: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), bytes: fc.oneof(fc.uint8Array({ minLength: 1, maxLength: 32 }), fc.constantFrom(...SIGNATURES).map(signatureBytes)) }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 256 }), times: fc.integer({ min: 1, max: 50 }) }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('overwrite' as const), at: fc.nat(), bytes: fc.uint8Array({ minLength: 1, maxLength: 16 }) }),
);

export function mutate(bytes: Uint8Array, mutations: readonly Mutation[]): Uint8Array {
  let b = bytes;
  for (const m of mutations) {
    const i = b.length ? m.at % (b.length + 1) : 0;
    const cat = (...parts: ArrayLike<number>[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));
    switch (m.op) {
      case 'flip':
        if (i < b.length) b = b.map((x, k) => (k === i ? x ^ (1 << m.bit) : x));
        break;
      case 'delete':
        b = cat(b.subarray(0, i), b.subarray(i + m.length));
        break;
      case 'insert':
        b = cat(b.subarray(0, i), m.bytes, b.subarray(i));
        break;
      case 'duplicate': {
        const piece = b.subarray(i, i + m.length);
        b = cat(b.subarray(0, i), ...Array.from({ length: m.times }, () => piece), b.subarray(i));
        break;
      }
      case 'truncate':
        b = b.subarray(0, i);
        break;
      case 'overwrite':
        b = cat(b.subarray(0, i), m.bytes, b.subarray(i + m.bytes.length));
        break;
    }
  }
  return b;
}

export interface MutatedFile {
  name: string;
  bytes: Uint8Array;
}

/** A fixture with 1 to `maxMutations` mutations applied, named after the fixture (the extension is kept). */
export const mutatedFixture = (files: readonly { name: string; bytes: Uint8Array }[], maxMutations = 6): fc.Arbitrary<MutatedFile> =>
  fc
    .tuple(fc.constantFrom(...files), fc.array(mutation, { minLength: 1, maxLength: maxMutations }))
    .map(([file, ms]) => ({ name: file.name, bytes: mutate(file.bytes, ms) }));

/** A one-page PDF whose content stream says FlateDecode but holds a zlib header and then no valid block. */
export function pdfWithBadFlateStream(): Uint8Array {
  const stream = '\x78\x9c\xff\xff\xff';
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << >> >>',
    `<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n${stream}\nendstream`,
  ];
  return pdfFromObjects(objects);
}
