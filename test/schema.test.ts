import { readdirSync, readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { Report } from '../src/schema';

describe('the published JSON Schema', () => {
  it('equals what the zod schema generates (npm run schema regenerates it)', () => {
    const committed = JSON.parse(readFileSync('schema/report.schema.json', 'utf8'));
    expect(committed).toEqual(z.toJSONSchema(Report));
  });

  it('accepts every golden report, and the zod schema rejects a report missing its score', () => {
    for (const name of readdirSync('fixtures/cases')) {
      const report = JSON.parse(readFileSync(`fixtures/cases/${name}/expected.json`, 'utf8'));
      expect(Report.safeParse(report).success, name).toBe(true);
      const { score: _score, ...broken } = report;
      expect(Report.safeParse(broken).success).toBe(false);
    }
  });
});
