// A real npm package: pack the tarball, install it in an empty folder (from npm's cache, offline), run the
// installed bin (a PDF résumé: its reading thread and pdf-parse resolve from the install) and import the library
// with its types.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const npm = (args: string[], cwd: string) => spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });

describe('the npm package', () => {
  it('installs from its tarball and runs', { timeout: 180_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'fitscore-pack-'));
    const pack = npm(['pack', '--pack-destination', dir, '--ignore-scripts', '--json'], resolve('.'));
    expect(pack.status, pack.stderr).toBe(0);
    const [{ filename, files }] = JSON.parse(pack.stdout) as [{ filename: string; files: { path: string }[] }];
    const paths = files.map((f) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['bin/fitscore.js', 'dist/cli.cjs', 'dist/main.cjs', 'dist/index.js', 'dist/pdf-worker.cjs', 'dist/types/index.d.ts', 'schema/report.schema.json']));
    expect(paths.some((p) => p.startsWith('src/') || p.startsWith('test/') || p.startsWith('fixtures/'))).toBe(false);

    writeFileSync(join(dir, 'package.json'), '{ "name": "consumer", "version": "1.0.0", "type": "module" }\n');
    const install = npm(['install', join(dir, filename), '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], dir);
    expect(install.status, install.stderr).toBe(0);

    const bin = spawnSync(join(dir, 'node_modules/.bin/fitscore'), ['--version'], { encoding: 'utf8' });
    expect(bin.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const posting = resolve('fixtures/documents/postings/seed-capital-one-senior-mle.txt');
    const resume = resolve('fixtures/pdf/one-column.pdf');
    const scored = spawnSync(join(dir, 'node_modules/.bin/fitscore'), [posting, resume, '--json', '--as-of', '2026-11'], { encoding: 'utf8' });
    expect(scored.status, scored.stderr).toBe(0);
    expect(JSON.parse(scored.stdout).schemaVersion).toBe(1);

    writeFileSync(
      join(dir, 'use.mjs'),
      [
        "import { analyze, readDocument, Report } from 'fitscore';",
        "const r = analyze({ posting: { text: 'Requirements\\n- 3+ years of Go', source: 'p' }, resume: { text: 'Jane', source: 'r' } }, { asOf: '2026-11' });",
        `const pdf = await readDocument(${JSON.stringify(resume)}, { role: 'résumé', maxBytes: 1e7, readStdin: async () => new Uint8Array() });`,
        "console.log(Report.safeParse(r).success, r.requirements.length, pdf.format, pdf.text.includes('Harborline Logistics'));",
      ].join('\n'),
    );
    const lib = spawnSync(process.execPath, ['use.mjs'], { cwd: dir, encoding: 'utf8' });
    expect(lib.stdout.trim(), lib.stderr).toBe('true 1 pdf true');
    expect(existsSync(join(dir, 'node_modules/fitscore/dist/types/index.d.ts'))).toBe(true);
  });
});
