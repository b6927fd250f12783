// The published JSON Schema (schema/report.schema.json) validates every golden report, as a consumer that
// does not use zod would check them (ajv, JSON Schema 2020-12).
import Ajv2020 from 'ajv/dist/2020.js';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const schema = JSON.parse(readFileSync('schema/report.schema.json', 'utf8'));
const validate = new Ajv2020({ strict: false, allErrors: true }).compile(schema);

describe('schema/report.schema.json', () => {
  it.each(readdirSync('fixtures/cases'))('accepts the golden report of %s', (name) => {
    const report = JSON.parse(readFileSync(`fixtures/cases/${name}/expected.json`, 'utf8'));
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
  });

  it('rejects a report whose score is out of range or whose status is unknown to the schema', () => {
    const report = JSON.parse(readFileSync('fixtures/cases/seed-strong-candidate/expected.json', 'utf8'));
    expect(validate({ ...report, score: 101 })).toBe(false);
    expect(validate({ ...report, requirements: [{ ...report.requirements[0], status: 'great' }] })).toBe(false);
  });
});
