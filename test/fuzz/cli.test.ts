// Fuzz: the command line on hostile files. main() returns 0, 1 or 2; on 2 it prints one "fitscore: " line on
// stderr and nothing on stdout, never an internal error; --json output passes the schema; a second run gives the
// same bytes. The point of these tests is exactly that (see STYLE.md, "fuzz and corpus sweeps").
import fc from 'fast-check';
import { afterAll, describe, it } from 'vitest';
import { FUZZ_SEED, removeTempFiles } from './properties';
import { PROPERTIES } from './suite';

afterAll(removeTempFiles);

describe('main on hostile files (fuzz: exit codes and one line on stderr, never a crash)', () => {
  it.each(PROPERTIES.filter((p) => p.group === 'cli').map((p) => [p.name, p] as const))('%s', async (_, property) => {
    await fc.assert(property.make(1), { seed: FUZZ_SEED, numRuns: property.ciRuns });
  });
});
