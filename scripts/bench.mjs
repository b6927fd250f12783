// npm run bench: medians of repeated runs, each also as a ratio to `node -e 0` (the floor) measured in
// the same run. Writes bench-results.json. Uses only Node's own timers; timings never go into tests.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const runs = Number(process.env.BENCH_RUNS ?? 25);
const node = process.execPath;
const SEED = 'fixtures/documents/postings/seed-capital-one-senior-mle.txt';
const RESUME = 'fixtures/documents/resumes/strong-candidate.md';

const cases = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'fitscore --version', args: ['bin/fitscore.js', '--version'] },
  { name: 'text pair (seed × strong)', args: ['bin/fitscore.js', SEED, RESUME, '--as-of', '2026-11'] },
  { name: 'text pair --json', args: ['bin/fitscore.js', SEED, RESUME, '--as-of', '2026-11', '--json'] },
  { name: 'PDF pair (seed × one-column.pdf)', args: ['bin/fitscore.js', SEED, 'fixtures/pdf/one-column.pdf', '--as-of', '2026-11'] },
  { name: 'PDF pair (two-column.pdf)', args: ['bin/fitscore.js', SEED, 'fixtures/pdf/two-column.pdf', '--as-of', '2026-11'] },
  { name: 'PDF pair (2 pages)', args: ['bin/fitscore.js', SEED, 'fixtures/pdf/multi-page.pdf', '--as-of', '2026-11'] },
  { name: 'extract seed posting', args: ['bin/fitscore.js', 'extract', SEED, '--json'] },
];

function time(args) {
  const start = performance.now();
  const r = spawnSync(node, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// Interleave the cases so that machine noise spreads evenly over them.
const samples = cases.map(() => []);
for (const c of cases) time(c.args); // warm the file cache
for (let i = 0; i < runs; i++) cases.forEach((c, k) => samples[k].push(time(c.args)));

// rank throughput: 500 text résumés (the fixtures with their dates shifted) and 50 PDFs, against the seed.
const dir = mkdtempSync(join(tmpdir(), 'fitscore-rank-'));
const sources = readdirSync('fixtures/documents/resumes').filter((f) => /\.(md|txt)$/.test(f)).map((f) => readFileSync(`fixtures/documents/resumes/${f}`, 'utf8'));
for (let i = 0; i < 500; i++) {
  const shift = i % 7;
  writeFileSync(join(dir, `r${String(i).padStart(3, '0')}.txt`), sources[i % sources.length].replace(/\b(19|20)(\d{2})\b/g, (y) => String(Number(y) - shift)));
}
for (let i = 0; i < 50; i++) copyFileSync('fixtures/pdf/one-column.pdf', join(dir, `p${String(i).padStart(2, '0')}.pdf`));
const rankRuns = Math.max(3, Math.round(runs / 5));
const rankText = median([...Array(rankRuns)].map(() => time(['bin/fitscore.js', 'rank', SEED, join(dir, 'r*.txt'), '--as-of', '2026-11', '--json'])));
const rankPdf = median([...Array(rankRuns)].map(() => time(['bin/fitscore.js', 'rank', SEED, join(dir, 'p*.pdf'), '--as-of', '2026-11', '--json'])));

// extract of a large posting of tricky fragments (the fuzz suite's, test/fuzz/large.ts): 1, 2 and 5 MB, which
// should grow linearly.
const FRAGMENTS = ['years years 5+ 5+ years 5+ ', 'a a a a a a a a a a a a ', `${'1234567890'.repeat(30)} `, `${','.repeat(1000)} `, 'Jan 2019 – Jan 2019 – ', '**a **a **a ', '[[[ [[[ ((( ', 'Minimum 6 years at least 4 years 3+ years of ', "Bachelor's degree in "];
const large = {};
for (const mb of [1, 2, 5]) {
  const parts = ['Basic Qualifications:\n'];
  let size = parts[0].length;
  for (let i = 0; size < mb * 1048576; i++) {
    const f = FRAGMENTS[i % FRAGMENTS.length] + ((i + 1) % 8 === 0 ? '\n' : '');
    parts.push(f);
    size += f.length;
  }
  const file = join(dir, `large-${mb}.txt`);
  writeFileSync(file, parts.join(''));
  large[`${mb} MB`] = Math.round(median([...Array(3)].map(() => time(['bin/fitscore.js', 'extract', file, '--as', 'posting', '--json']))));
}

const floor = median(samples[0]);
const results = cases.map((c, k) => ({ name: c.name, medianMs: Math.round(median(samples[k]) * 10) / 10, ratio: Math.round((median(samples[k]) / floor) * 100) / 100 }));
console.log(`fitscore bench: ${runs} runs each, Node ${process.version}, ${new Date().toISOString()}`);
for (const r of results) console.log(`${r.name.padEnd(34)} ${String(r.medianMs).padStart(8)} ms   ${r.ratio.toFixed(2)}×`);
const throughput = { textPerSecond: Math.round(500 / (rankText / 1000)), pdfPerSecond: Math.round(50 / (rankPdf / 1000)) };
console.log(`rank 500 text résumés           ${String(Math.round(rankText)).padStart(8)} ms   ${throughput.textPerSecond} résumés/s`);
console.log(`rank 50 PDF résumés             ${String(Math.round(rankPdf)).padStart(8)} ms   ${throughput.pdfPerSecond} résumés/s`);
for (const [size, ms] of Object.entries(large)) console.log(`extract of a ${size} tricky posting`.padEnd(34), `${String(ms).padStart(8)} ms`);
// Start-up cost of the skill knowledge base (scripts/bench-knowledge.mjs, in fresh processes).
const kbBench = spawnSync(node, ['scripts/bench-knowledge.mjs', String(Math.max(5, Math.round(runs / 3)))], { encoding: 'utf8' });
const knowledge = kbBench.stdout.trim().split('\n').filter(Boolean);
for (const line of knowledge) console.log(line);
writeFileSync('bench-results.json', `${JSON.stringify({ node: process.version, runs, results, rank: { textMs: rankText, pdfMs: rankPdf, ...throughput }, largePostingMs: large, knowledge }, null, 2)}\n`);
