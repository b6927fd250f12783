// Golden reports: each fixtures/cases/<case>/ names a posting and a résumé; expected.json is the report.
// UPDATE_GOLDEN=1 npm test rewrites them; read the diff before committing it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze';
import { renderJson } from '../src/render/json';

const root = 'fixtures/cases';
const cases = readdirSync(root).filter((name) => existsSync(join(root, name, 'case.json')));

describe('golden reports', () => {
  it('has cases to check', () => expect(cases.length).toBeGreaterThanOrEqual(4));

  it.each(cases)('%s matches its expected.json', (name) => {
    const dir = join(root, name);
    const spec = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as { posting: string; resume: string; asOf: string };
    const load = (path: string) => ({ text: readFileSync(join(dir, path), 'utf8'), source: relative('.', join(dir, path)) });
    const actual = renderJson(analyze({ posting: load(spec.posting), resume: load(spec.resume) }, { asOf: spec.asOf }));
    const file = join(dir, 'expected.json');
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, actual);
    expect(existsSync(file), `${file} is missing: run UPDATE_GOLDEN=1 npm test and read it`).toBe(true);
    expect(actual).toBe(readFileSync(file, 'utf8'));
  });
});
