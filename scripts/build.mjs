// Bundles the CLI into one file (dist/cli.js) so it starts fast, and the library entry (dist/index.js).
// pdf-parse stays outside the bundle: its worker and native canvas cannot be inlined, and it is
// imported only when a PDF is read.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
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

// The CLI in two parts: dist/cli.js answers --version at once and loads the rest (a chunk) for any other command.
rmSync('dist/chunks', { recursive: true, force: true });
// PDFs are read in a thread of their own, dist/pdf-worker.js (src/read/pdf-thread.ts); __PDF_WORKER__ is where it
// is from the module that starts it: a chunk of the CLI, or dist/index.js.
const worker = (from) => ({ ...common.define, __PDF_WORKER__: JSON.stringify(from) });
await build({
  ...common,
  entryPoints: { cli: 'src/cli/entry.ts', 'pdf-worker': 'src/read/pdf-worker.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  define: worker('../pdf-worker.js'),
});
await build({ ...common, entryPoints: ['src/index.ts'], outfile: 'dist/index.js', define: worker('./pdf-worker.js') });

// Types for library users (`import { analyze } from 'fitscore'`): declarations only, from the same sources.
const tsc = spawnSync(process.execPath, [fileURLToPath(import.meta.resolve('typescript/bin/tsc')), '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
