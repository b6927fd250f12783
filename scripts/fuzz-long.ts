// The fuzz suite of test/fuzz/, for a long local run: many more runs, bigger inputs, any seed.
//
//   npx tsx scripts/fuzz-long.ts [--seed N] [--runs N] [--minutes M] [--scale S] [--slow MS] [--only TEXT] [--strict]
//   npx tsx scripts/fuzz-long.ts --sizes 1,2,5        timings of the 5 MB test's posting at 1, 2 and 5 MB
//
// It goes round the properties of test/fuzz/suite.ts, `--runs` runs each per round, the seed of each round
// derived from --seed, until --minutes have passed (one round when --minutes is 0). A failure is shrunk and
// printed with its round seed: `--only "<property>" --seed <round seed> --runs <runs>` replays it exactly.
// A run slower than --slow ms is reported with the size of its input, and the whole input is saved. Known bugs
// (test/fuzz/known-bugs.ts) are counted, not failed, unless --strict. Findings go to --out as JSON (default: the
// OS temp folder).
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values: args } = parseArgs({
  options: {
    seed: { type: 'string' },
    runs: { type: 'string', default: '1000' },
    minutes: { type: 'string', default: '0' },
    scale: { type: 'string', default: '4' },
    slow: { type: 'string', default: '3000' },
    only: { type: 'string' },
    strict: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    out: { type: 'string', default: join(tmpdir(), 'fitscore-fuzz-findings') },
  },
});
if (args.strict) process.env.FITSCORE_FUZZ_STRICT = '1';

// Imported after the flags are read: known-bugs.ts reads FITSCORE_FUZZ_STRICT when it loads.
const fc = (await import('fast-check')).default;
const { PROPERTIES, observer } = await import('../test/fuzz/suite');
const { outcomes, removeTempFiles } = await import('../test/fuzz/properties');
const { knownBugHits, KNOWN_BUGS } = await import('../test/fuzz/known-bugs');

if (args.sizes) {
  await sizes(args.sizes.split(',').map(Number));
  process.exit(0);
}

const seed = Number(args.seed ?? Date.now() % 2 ** 31);
const runs = Number(args.runs);
const scale = Number(args.scale);
const slowMs = Number(args.slow);
const deadline = Date.now() + Number(args.minutes) * 60_000;
const properties = PROPERTIES.filter((p) => !args.only || p.name.includes(args.only));
mkdirSync(args.out, { recursive: true });

interface Finding {
  kind: 'failure' | 'slow';
  property: string;
  seed?: number;
  path?: string;
  numRuns?: number;
  error?: string;
  ms?: number;
  size?: number;
  counterexample: string;
  file?: string;
}
const findings: Finding[] = [];
const total = new Map<string, number>();
const preview = (value: unknown) => {
  const s = fc.stringify(value);
  return s.length > 4000 ? `${s.slice(0, 4000)}… (${s.length} characters)` : s;
};
const sizeOf = (value: unknown): number =>
  typeof value === 'string' ? value.length : value instanceof Uint8Array ? value.length : Array.isArray(value) ? value.reduce((n: number, v) => n + sizeOf(v), 0) : value && typeof value === 'object' ? sizeOf(Object.values(value)) : 0;

observer.onRun = (property, ms, input) => {
  if (ms < slowMs) return;
  const size = sizeOf(input);
  // The whole input goes to a file of its own (strings as they are, bytes in base64): slow inputs are big.
  const file = join(args.out, `slow-${seed}-${findings.length}.json`);
  writeFileSync(file, JSON.stringify(input, (_, v: unknown) => (v instanceof Uint8Array ? { base64: Buffer.from(v).toString('base64') } : v)));
  findings.push({ kind: 'slow', property, ms: Math.round(ms), size, counterexample: preview(input).slice(0, 600), file });
  console.log(`  slow: ${property} took ${Math.round(ms)} ms on ${size} characters/bytes of input (${file})`);
};

console.log(`fitscore fuzz-long: seed ${seed}, ${runs} runs per property per round, scale ${scale}, ${properties.length} properties${args.strict ? ', strict' : ''}`);
const started = Date.now();
let round = 0;
do {
  for (const property of properties) {
    const roundSeed = (seed + round * 7919 + properties.indexOf(property) * 104_729) % 2 ** 31;
    const t = Date.now();
    const result = await fc.check(property.make(scale), { seed: roundSeed, numRuns: runs });
    total.set(property.name, (total.get(property.name) ?? 0) + result.numRuns);
    const status = result.failed ? 'FAILED' : 'ok';
    console.log(`[round ${round}] ${status.padEnd(6)} ${String(result.numRuns).padStart(6)} runs ${String(Date.now() - t).padStart(7)} ms  seed ${roundSeed}  ${property.name}`);
    if (result.failed) {
      const error = result.errorInstance instanceof Error ? `${result.errorInstance.message}`.slice(0, 3000) : String(result.errorInstance);
      findings.push({ kind: 'failure', property: property.name, seed: roundSeed, path: result.counterexamplePath ?? undefined, numRuns: runs, error, counterexample: preview(result.counterexample) });
      console.log(`  counterexample (shrunk ${result.numShrinks}×): ${preview(result.counterexample).slice(0, 1500)}\n  error: ${error.split('\n').slice(0, 6).join('\n  ')}`);
    }
    if (Date.now() > deadline && round > 0) break;
  }
  round++;
} while (Date.now() < deadline);
removeTempFiles();

const minutes = ((Date.now() - started) / 60_000).toFixed(1);
const allRuns = [...total.values()].reduce((a, b) => a + b, 0);
console.log(`\n${allRuns} runs in ${minutes} min, seed ${seed}, ${round} round(s)`);
for (const [name, n] of total) console.log(`  ${String(n).padStart(7)}  ${name}`);
console.log('outcomes:');
for (const [label, n] of [...outcomes].sort()) console.log(`  ${String(n).padStart(7)}  ${label}`);
console.log('known bugs tolerated:');
for (const bug of KNOWN_BUGS) console.log(`  ${String(knownBugHits.get(bug.id) ?? 0).padStart(7)}  ${bug.id}: ${bug.summary}`);
const failures = findings.filter((f) => f.kind === 'failure');
console.log(`${failures.length} failure(s), ${findings.length - failures.length} slow run(s)`);
const file = join(args.out, `fuzz-${seed}.json`);
writeFileSync(file, `${JSON.stringify({ seed, runs, scale, minutes: Number(minutes), total: Object.fromEntries(total), outcomes: Object.fromEntries(outcomes), knownBugHits: Object.fromEntries(knownBugHits), findings }, null, 2)}\n`);
console.log(`findings: ${file}`);
process.exitCode = failures.length ? 1 : 0;

// The 5 MB test's posting at other sizes, through read, analyze and the JSON renderer. Timings are printed for
// the note, never asserted.
async function sizes(mbs: number[]) {
  const { readFileSync } = await import('node:fs');
  const { analyze } = await import('../src/analyze');
  const { readDocument } = await import('../src/read/document');
  const { renderers } = await import('../src/render/index');
  const { trickyPosting } = await import('../test/fuzz/large');
  const { tempFile } = await import('../test/fuzz/properties');
  const resume = readFileSync('fixtures/documents/resumes/strong-candidate.md', 'utf8');
  for (const layout of [{ name: 'lines of 8 fragments', perLine: 8 }, { name: 'one line', perLine: Number.POSITIVE_INFINITY }]) {
    for (const mb of mbs) {
      const path = tempFile('huge.txt', new TextEncoder().encode(trickyPosting(mb * 1048576, layout.perLine)));
      const t = performance.now();
      const doc = await readDocument(path, { role: 'posting', maxBytes: 64 * 1048576, readStdin: async () => new Uint8Array() });
      const report = analyze({ posting: { text: doc.text, source: path }, resume: { text: resume, source: 'resume.md' } }, { asOf: '2026-11' });
      renderers.json(report, { color: false });
      console.log(`${layout.name.padEnd(22)} ${String(mb).padStart(4)} MB  ${String(Math.round(performance.now() - t)).padStart(7)} ms`);
    }
  }
  removeTempFiles();
}
