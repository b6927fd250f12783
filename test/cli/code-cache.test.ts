// The built CLI runs from dist/main.cjs with V8's code cache that the build saved (dist/main.cache).
// npm test builds first. Each check runs in a fresh Node, whose flags are those a user's run has.
import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const node = (code: string) => spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
const SEED = 'fixtures/documents/postings/seed-capital-one-senior-mle.txt';
const RESUME = 'fixtures/documents/resumes/strong-candidate.md';

describe('the code cache of the built CLI', () => {
  it('is saved by the build and taken by V8 in this Node', () => {
    expect(statSync('dist/main.cache').size).toBeGreaterThan(100_000);
    const r = node("import { compileMain } from './dist/cli.cjs'; const { script } = compileMain(); console.log(script.cachedDataRejected);");
    expect(r.stderr).toBe('');
    expect(r.stdout.trim()).toBe('false');
  });

  it('changes nothing: a run compiled without it prints the same bytes', () => {
    const run = (cache: boolean) =>
      node(
        `import { compileMain } from './dist/cli.cjs'; let out = '';` +
          `const io = { stdout: (t) => { out += t; }, stderr: (t) => process.stderr.write(t), readStdin: async () => new Uint8Array(), env: {}, isTTY: false, now: () => new Date() };` +
          `const code = await compileMain({ cache: ${cache} }).exports.main(${JSON.stringify([SEED, RESUME, '--json', '--as-of', '2026-11'])}, io);` +
          `process.stdout.write(out + code);`,
      );
    const [withCache, without] = [run(true), run(false)];
    expect(withCache.stderr).toBe('');
    expect(withCache.stdout).toBe(without.stdout);
    expect(JSON.parse(withCache.stdout.slice(0, -1)).score).toBeGreaterThan(0);
  });

  it('the bin gives the same report as the CLI run from source', async () => {
    const bin = spawnSync(process.execPath, ['bin/fitscore.js', SEED, RESUME, '--json', '--as-of', '2026-11'], { encoding: 'utf8' });
    const { main } = await import('../../src/cli/main');
    let out = '';
    await main([SEED, RESUME, '--json', '--as-of', '2026-11'], {
      stdout: (t) => {
        out += t;
      },
      stderr: () => undefined,
      readStdin: async () => new Uint8Array(),
      env: {},
      isTTY: false,
      now: () => new Date(),
    });
    expect(bin.stdout).toBe(out);
  });
});
