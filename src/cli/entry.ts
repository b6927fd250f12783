// The CLI's first module: `fitscore --version` answers from here, before the rest of the CLI (commander, zod,
// the knowledge base) is loaded; every other command loads it, with V8's code cache where the build made one.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { VERSION } from '../version';
import type { Io } from './io';

export { nodeIo } from './io';

/** The built CLI (dist/main.cjs), relative to this module (set by the build); none when run from source. */
declare const __MAIN_SCRIPT__: string | undefined;

type Main = typeof import('./main');

export async function main(argv: readonly string[], io: Io): Promise<number> {
  if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  // A PDF is read in a thread of its own: started first, pdf.js loads there while the CLI is compiled here.
  if (argv.some((arg) => /\.pdf$/i.test(arg))) (await import('../read/pdf-thread')).startPdfThread();
  const cli = typeof __MAIN_SCRIPT__ === 'string' ? compileMain().exports : await import('./main');
  return cli.main(argv, io);
}

/**
 * Compiles and runs the built CLI, a CommonJS script, with the code cache the build saved beside it
 * (scripts/code-cache.mjs): V8 then skips parsing and compiling the functions a run needs, ~25 ms of a
 * 160 ms run on Node 20, which has no module compile cache of its own. A cache V8 cannot use (another Node
 * version, other flags) is ignored; nothing is ever written at run time.
 */
export function compileMain(options: { cache?: boolean } = {}): { script: Script; exports: Main } {
  if (typeof __MAIN_SCRIPT__ !== 'string') throw new Error('compileMain needs the built CLI (npm run build)');
  const file = fileURLToPath(new URL(__MAIN_SCRIPT__, import.meta.url));
  let cachedData: Buffer | undefined;
  if (options.cache !== false) {
    try {
      cachedData = readFileSync(`${file.slice(0, -'.cjs'.length)}.cache`);
    } catch {
      cachedData = undefined;
    }
  }
  const source = `(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`;
  const script = new Script(source, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const module = { exports: {} as Main };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, dirname(file));
  return { script, exports: module.exports };
}
