// Fuzz: bytes → text. readDocument either gives text or refuses with a FitscoreError whose code is a reading
// code and whose message is one line; the text it gives then makes a valid report. Random bytes, text in every
// encoding, JSON Resume documents with values of the wrong types, and the project's documents and PDFs mutated.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { encode, ENCODINGS, fixtureFiles } from './bytes';
import { checkRead, FUZZ_SEED, removeTempFiles } from './properties';
import { PROPERTIES } from './suite';

afterAll(removeTempFiles);

describe('readDocument on hostile bytes (fuzz: text or a FitscoreError, never a crash)', () => {
  it.each(PROPERTIES.filter((p) => p.group === 'read').map((p) => [p.name, p] as const))('%s', async (_, property) => {
    await fc.assert(property.make(1), { seed: FUZZ_SEED, numRuns: property.ciRuns });
  });
});

describe('readDocument in every encoding', () => {
  // Latin-1 has no byte for "–" or "•": it carries only the documents without them.
  const ROUND_TRIPS = fixtureFiles()
    .filter((f) => /\.(?:txt|md)$/.test(f.name))
    .flatMap((f) => {
      const latin1 = !/[^\u0000-\u00ff]/.test(new TextDecoder().decode(f.bytes));
      return ENCODINGS.filter((e) => e !== 'latin-1' || latin1).map((e) => [f.name, e] as const);
    });

  it.each(ROUND_TRIPS)('reads %s in %s as the same text', async (name, encoding) => {
    const text = readFileSync(name, 'utf8');
    const outcome = await checkRead(name, encode(text, encoding));
    expect(outcome.ok && outcome.result.text).toBe(text);
  });
});
