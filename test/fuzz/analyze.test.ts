// Fuzz: the pure core on hostile text. These tests only check that nothing throws, that every report passes the
// schema and that a second run gives the same bytes: that is their point (see STYLE.md, "fuzz and corpus sweeps").
// The properties live in suite.ts; here they run with the fixed seed and their CI number of runs.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { FUZZ_SEED } from './properties';
import { PROPERTIES } from './suite';

describe('analyze and the extractors on hostile text (fuzz: no exception, a valid and deterministic report)', () => {
  it.each(PROPERTIES.filter((p) => p.group === 'analyze').map((p) => [p.name, p] as const))('%s', async (_, property) => {
    await fc.assert(property.make(1), { seed: FUZZ_SEED, numRuns: property.ciRuns });
  });
});
