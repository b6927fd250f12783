// The build step of the skill knowledge base: compiles the hand-written and generated skills once
// (src/knowledge/skills-compiled.ts, bundled on its own and run here), and gives scripts/build.mjs an esbuild
// plugin that replaces that module with the result, inlined: nothing is compiled at start-up.
// The data is validated by its zod schema here and in the tests (test/knowledge/compiled.test.ts), never at start.
import { build } from 'esbuild';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const MODULE = /[\\/]src[\\/]knowledge[\\/]skills-compiled\.ts$/;

/** The compiled knowledge base as JSON text, made from the sources as they are now. */
export async function compileKnowledge() {
  const result = await build({
    stdin: {
      contents: "export { compiledSkills } from './src/knowledge/skills-compiled.ts';\nexport { CompiledSkills } from './src/knowledge/schema.ts';\n",
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    logLevel: 'warning',
    banner: { js: "import { createRequire as __fitscoreRequire } from 'node:module'; const require = __fitscoreRequire(import.meta.url);" },
  });
  const dir = await mkdtemp(join(tmpdir(), 'fitscore-knowledge-'));
  try {
    const file = join(dir, 'compile.mjs');
    await writeFile(file, result.outputFiles[0].text);
    const { compiledSkills, CompiledSkills } = await import(pathToFileURL(file).href);
    const compiled = compiledSkills();
    // The build refuses data that does not match its schema; the tests check it too, a start never does.
    const checked = CompiledSkills.safeParse(compiled);
    if (!checked.success) throw new Error(`compiled skills do not match their schema: ${JSON.stringify(checked.error.issues[0])}`);
    return JSON.stringify(compiled);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The module that replaces src/knowledge/skills-compiled.ts in the bundle: the data as a JavaScript literal,
 * built on first call. It is a few long strings, so there is nothing for JSON.parse to save (measured with
 * scripts/bench-knowledge.mjs on Node 20: a record of 7,000 first words cost 3 ms to parse, the strings split
 * and searched cost 1 ms).
 */
export const compiledModule = (json) => `let compiled;\nexport function compiledSkills() {\n  return compiled ??= ${json};\n}\n`;

/** An esbuild plugin that inlines the compiled knowledge base; compiles once, however many bundles use it. */
export async function knowledgePlugin() {
  const contents = compiledModule(await compileKnowledge());
  return {
    name: 'fitscore-knowledge',
    setup(build) {
      build.onLoad({ filter: MODULE }, () => ({ contents, loader: 'js' }));
    },
  };
}
