// Start-up cost of the skill knowledge base, each figure the median over fresh Node processes:
//   knowledge: src/knowledge bundled alone (with the build's inlined JSON), then in the child process the
//     time to import it, to load it (getKnowledge), and to find the skills of the seed posting and a résumé
//     the first time (phrase groups unpacked on first use) and a second time;
//   end to end: import of the built library (dist/index.js, run `npm run build` first), the first analyze()
//     (which loads the knowledge base) and a second one.
// Usage: node scripts/bench-knowledge.mjs [runs] [--root DIR]   (DIR: another checkout, to compare)
// Timings never go into tests.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const root = resolve(args.includes('--root') ? args[args.indexOf('--root') + 1] : '.');
const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? process.env.BENCH_RUNS ?? 15);
const posting = join(root, 'fixtures/documents/postings/seed-capital-one-senior-mle.txt');
const resume = join(root, 'fixtures/documents/resumes/strong-candidate.md');

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function measure(code) {
  const samples = [];
  for (let i = 0; i <= runs; i++) {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8', cwd: root });
    if (r.status !== 0) throw new Error(r.stderr);
    if (i > 0) samples.push(JSON.parse(r.stdout)); // the first run warms the file cache
  }
  return Object.fromEntries(Object.keys(samples[0]).map((k) => [k, Math.round(median(samples.map((s) => s[k])) * 10) / 10]));
}

const prelude = `
const { performance } = await import('node:perf_hooks');
const { readFileSync } = await import('node:fs');
const posting = readFileSync(${JSON.stringify(posting)}, 'utf8');
const resume = readFileSync(${JSON.stringify(resume)}, 'utf8');
`;

// The knowledge base alone, bundled as the build bundles it.
const dir = await mkdtemp(join(tmpdir(), 'fitscore-bench-'));
try {
  const entry = join(dir, 'entry.ts');
  await writeFile(entry, `export { getKnowledge } from ${JSON.stringify(join(root, 'src/knowledge/index.ts'))};\nexport { findSkills } from ${JSON.stringify(join(root, 'src/find/skills.ts'))};\n`);
  const pluginFile = join(root, 'scripts/build-knowledge.mjs');
  const plugins = [];
  if (existsSync(pluginFile)) {
    const cwd = process.cwd();
    process.chdir(root);
    plugins.push(await (await import(pathToFileURL(pluginFile).href)).knowledgePlugin());
    process.chdir(cwd);
  }
  const outfile = join(dir, 'knowledge.mjs');
  await build({
    entryPoints: [entry], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', minifySyntax: true, minifyWhitespace: true,
    logLevel: 'warning', plugins, banner: { js: "import { createRequire as __r } from 'node:module'; const require = __r(import.meta.url);" },
  });
  const knowledge = measure(`${prelude}
const t0 = performance.now();
const { getKnowledge, findSkills } = await import(${JSON.stringify(pathToFileURL(outfile).href)});
const t1 = performance.now();
const kb = getKnowledge();
const t2 = performance.now();
findSkills(posting, kb); findSkills(resume, kb);
const t3 = performance.now();
findSkills(posting, kb); findSkills(resume, kb);
const t4 = performance.now();
console.log(JSON.stringify({ importMs: t1 - t0, loadMs: t2 - t1, firstFindMs: t3 - t2, secondFindMs: t4 - t3, skills: kb.skills.length }));
`);
  console.log(`knowledge (${knowledge.skills} skills), median of ${runs} fresh processes: import ${knowledge.importMs} ms · load ${knowledge.loadMs} ms · first find ${knowledge.firstFindMs} ms · second find ${knowledge.secondFindMs} ms`);
} finally {
  await rm(dir, { recursive: true, force: true });
}

const dist = join(root, 'dist/index.js');
if (existsSync(dist)) {
  const e2e = measure(`${prelude}
const doc = (text) => ({ text, source: 'bench' });
const t0 = performance.now();
const { analyze } = await import(${JSON.stringify(pathToFileURL(dist).href)});
const t1 = performance.now();
analyze({ posting: doc(posting), resume: doc(resume) }, { asOf: '2026-11' });
const t2 = performance.now();
analyze({ posting: doc(posting), resume: doc(resume) }, { asOf: '2026-11' });
const t3 = performance.now();
console.log(JSON.stringify({ importMs: t1 - t0, firstMs: t2 - t1, secondMs: t3 - t2 }));
`);
  console.log(`end to end (dist/index.js): import ${e2e.importMs} ms · first analyze ${e2e.firstMs} ms · second analyze ${e2e.secondMs} ms`);
}
