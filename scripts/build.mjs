// Bundles the CLI (dist/cli.cjs, dist/main.cjs, dist/pdf-worker.cjs) so it starts fast, and the library entry
// (dist/index.js).
// pdf-parse stays outside the bundle: its worker and native canvas cannot be inlined, and it is
// imported only when a PDF is read.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { knowledgePlugin } from './build-knowledge.mjs';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['pdf-parse', 'pdfjs-dist', '@napi-rs/canvas', 'mammoth'],
  define: { __FITSCORE_VERSION__: JSON.stringify(version) },
  minifySyntax: true,
  minifyWhitespace: true,
  legalComments: 'none',
  // commander and natural are CommonJS and require node built-ins.
  banner: { js: "import { createRequire as __fitscoreRequire } from 'node:module'; const require = __fitscoreRequire(import.meta.url);" },
  logLevel: 'warning',
  // The skill knowledge base, compiled here once and inlined as JSON (scripts/build-knowledge.mjs).
  plugins: [await knowledgePlugin()],
};

// The CLI in two parts: dist/cli.cjs answers --version at once; for any other command it runs dist/main.cjs,
// compiled with V8's code cache (src/cli/entry.ts, scripts/code-cache.mjs). PDFs are read in a thread of their own,
// dist/pdf-worker.cjs (src/read/pdf-thread.ts). What runs is CommonJS: Node then never starts its ES module
// loader, in the main thread or the PDF thread (5–10 ms each). Every output sits in dist/.
if (existsSync('dist')) for (const f of readdirSync('dist', { withFileTypes: true })) if (/^(?:chunk-.*|pdf-thread-.*|cli|pdf-worker)\.js$/.test(f.name) || f.name === 'chunks') rmSync(join('dist', f.name), { recursive: true, force: true });
for (const cache of ['main', 'pdf-parse', 'pdfjs-worker']) rmSync(`dist/${cache}.cache`, { force: true });
// pdf-parse's files are compiled with code caches saved in dist/ too (src/read/pdf-engine.ts).
const worker = { __PDF_WORKER__: JSON.stringify('./pdf-worker.cjs'), __PDF_CACHE_DIR__: JSON.stringify('./') };
const commonjs = {
  ...common,
  format: 'cjs',
  banner: { js: 'const __fitscoreUrl = require("node:url").pathToFileURL(__filename).href;' },
  define: { ...common.define, 'import.meta.url': '__fitscoreUrl', ...worker },
};
await build({ ...commonjs, entryPoints: ['src/cli/entry.ts'], outfile: 'dist/cli.cjs', define: { ...commonjs.define, __MAIN_SCRIPT__: JSON.stringify('./main.cjs') } });
await build({ ...commonjs, entryPoints: ['src/cli/main.ts'], outfile: 'dist/main.cjs' });
await build({ ...commonjs, entryPoints: ['src/read/pdf-worker.ts'], outfile: 'dist/pdf-worker.cjs' });
// For scripts/code-cache.mjs and the tests: the module that loads pdf-parse, on its own.
await build({ ...common, entryPoints: ['src/read/pdf-engine.ts'], outfile: 'dist/pdf-engine.js', define: { ...common.define, ...worker } });
await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js', define: { ...common.define, ...worker } });

// V8's code cache of dist/main.cjs, made by running it on the fixtures in a fresh Node.
const cache = spawnSync(process.execPath, [fileURLToPath(new URL('./code-cache.mjs', import.meta.url))], { stdio: 'inherit' });
if (cache.status !== 0) process.exit(cache.status ?? 1);

// Types for library users (`import { analyze } from 'fitscore'`): declarations only, from the same sources.
const tsc = spawnSync(process.execPath, [fileURLToPath(import.meta.resolve('typescript/bin/tsc')), '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
