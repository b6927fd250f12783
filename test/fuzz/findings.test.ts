// What the fuzz suite found, each with its minimal input. Fixed bugs stay here as regression tests; an open one
// is an `it.fails` with an entry in known-bugs.ts until src/ is fixed (its test then fails, and becomes an `it`).
import { afterAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { FitscoreError } from '../../src/errors';
import { getKnowledge } from '../../src/knowledge/index';
import { matchCredentials } from '../../src/match/skills';
import { wordingGaps } from '../../src/match/wording';
import { readResume } from '../../src/resume/extract';
import { readDocument } from '../../src/read/document';
import { fakeIo } from '../cli/fake-io';
import { pdfWithBadFlateStream } from './bytes';
import { removeTempFiles, tempFile } from './properties';

afterAll(removeTempFiles);

const POSTING = 'fixtures/documents/postings/accountant.txt';
const read = (path: string) => readDocument(path, { role: 'résumé', maxBytes: 20 * 1048576, readStdin: async () => new Uint8Array() });

/** What reading gives: its text, a FitscoreError code, or "crash: …" for any other exception. */
const readOutcome = (path: string) =>
  read(path).then(
    (doc) => doc.text,
    (error: unknown) => (error instanceof FitscoreError ? error.code : `crash: ${String(error)}`),
  );

async function cli(resume: string) {
  const fake = fakeIo();
  const code = await main([POSTING, resume, '--as-of', '2026-11'], fake.io);
  return { code, stdout: fake.stdout(), stderr: fake.stderr() };
}

describe('bugs the fuzz suite found (fixed in 0a85f38; kept as regression tests)', () => {
  it('reads a UTF-8 BOM followed by a byte that is not UTF-8 (EF BB BF 80) as cp1252 text, not a TypeError', async () => {
    expect(await readOutcome(tempFile('bom-then-cp1252.txt', Uint8Array.of(0xef, 0xbb, 0xbf, 0x80)))).toBe('€');
  });

  it('scores a résumé saved as a UTF-8 BOM and then cp1252 text, with no internal error', async () => {
    const bytes = Uint8Array.from('\xef\xbb\xbfCaf\xe9 manager, Jan 2019 \x96 Present', (c) => c.charCodeAt(0));
    const path = tempFile('cv.txt', bytes);
    expect(await readOutcome(path)).toBe('Café manager, Jan 2019 – Present');
    const { code, stderr } = await cli(path);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('refuses a PDF whose page content stream is damaged with PDF_CORRUPT, not a pdf.js exception', async () => {
    expect(await readOutcome(tempFile('bad-flate.pdf', pdfWithBadFlateStream()))).toBe('PDF_CORRUPT');
  });

  it('says one line and exits 2 for a PDF whose page content stream is damaged', async () => {
    const { code, stdout, stderr } = await cli(tempFile('bad-flate.pdf', pdfWithBadFlateStream()));
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^fitscore: résumé '.*bad-flate\.pdf' is not a readable PDF[^\n]*\n$/);
  });
});

describe('found by the long run of 2026-11-26 (seed 20261126; fixed, kept as a regression test)', () => {
  it('suggests wordings for a posting that repeats one skill 100,000 times without copying its spellings each time', () => {
    const kb = getKnowledge();
    // Each requirement as extractPosting makes it from "‮Python 5 years‬ ᤀ" (RTL marks): the old code copied the
    // list of spellings at each one, 100,000² element copies, minutes; now one pass.
    const requirement = { id: 'b1', section: 'basic', kind: 'skill', text: 'Kubernetes 5 years', line: 1, skills: ['Kubernetes'] } as const;
    const requirements = Array.from({ length: 100_000 }, (_, i) => ({ ...requirement, id: `b${i + 1}`, line: i + 1 }));
    const facts = readResume('Experience\nEngineer, Acme, Jan 2020 - Present\n- Ran services on k8s\n', { year: 2026, month: 11 }, kb);
    const gaps = wordingGaps(requirements as never, facts, kb);
    expect(gaps.map((g) => [g.skill, g.posting, g.resume])).toEqual([['Kubernetes', 'Kubernetes', 'k8s']]);
  }, 20_000);
});

describe('found by the long run of 2026-11-26 (seed 20261126): a posting of 80,000 "RN" lines took 38 s', () => {
  it('reads the résumé\'s credentials once for all of a posting\'s requirements, not once each', () => {
    const kb = getKnowledge();
    const resume = ['Experience', ...Array.from({ length: 400 }, (_, i) => `- Charge nurse on ward ${i}, Jan 2020 - Present`), 'Licenses', 'RN, State of Ohio'].join('\n');
    const facts = readResume(resume, { year: 2026, month: 11 }, kb);
    const requirement = { id: 'b1', section: 'basic', kind: 'credential', text: 'RN', line: 2, credentials: ['RN License'] } as const;
    const verdicts = Array.from({ length: 100_000 }, () => matchCredentials(requirement as never, facts, kb));
    expect(verdicts[0]).toMatchObject({ status: 'met', evidence: [{ text: 'RN, State of Ohio', line: 403 }] });
    expect(new Set(verdicts.map((v) => v.status))).toEqual(new Set(['met']));
  }, 15_000);
});
