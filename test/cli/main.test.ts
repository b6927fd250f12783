import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { Report } from '../../src/schema';
import { fakeIo } from './fake-io';

const SEED = 'fixtures/documents/postings/seed-capital-one-senior-mle.txt';
const STRONG = 'fixtures/documents/resumes/strong-candidate.md';
const JUNIOR = 'fixtures/documents/resumes/junior-short-years.txt';
const tmp = mkdtempSync(join(tmpdir(), 'fitscore-cli-'));
const file = (name: string, content: string | Uint8Array) => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};

async function run(args: string[], options?: Parameters<typeof fakeIo>[0]) {
  const fake = fakeIo(options);
  const code = await main(args, fake.io);
  return { code, stdout: fake.stdout(), stderr: fake.stderr() };
}

describe('fitscore <posting> <resume>', () => {
  it('prints a text report with the score and exits 0', async () => {
    const { code, stdout, stderr } = await run([SEED, STRONG, '--as-of', '2026-11']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Score \d+\/100/);
    expect(stdout).toContain('Basic qualifications');
    expect(stdout).not.toMatch(/\u001b\[/); // not a terminal: no colour
    expect(stderr).toBe('');
  });

  it('colours the report when FORCE_COLOR is set and not when NO_COLOR is', async () => {
    expect((await run([SEED, STRONG, '--as-of', '2026-11'], { env: { FORCE_COLOR: '1' } })).stdout).toMatch(/\u001b\[/);
    expect((await run([SEED, STRONG, '--as-of', '2026-11'], { isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toMatch(/\u001b\[/);
    expect((await run([SEED, STRONG, '--as-of', '2026-11', '--no-color'], { isTTY: true })).stdout).not.toMatch(/\u001b\[/);
  });

  it('prints JSON that the schema accepts, byte-identical across runs', async () => {
    const a = await run([SEED, STRONG, '--json', '--as-of', '2026-11']);
    const b = await run([SEED, STRONG, '--format', 'json', '--as-of', '2026-11']);
    expect(a.stdout).toBe(b.stdout);
    const report = Report.parse(JSON.parse(a.stdout));
    expect(report.asOf).toBe('2026-11');
    expect(report.posting.source).toBe(SEED);
  });

  it('uses the current month when --as-of is left out', async () => {
    const { stdout } = await run([SEED, STRONG, '--json']);
    expect(JSON.parse(stdout).asOf).toBe('2026-11');
  });

  it('prints Markdown with a table of requirements', async () => {
    const { stdout } = await run([SEED, STRONG, '--format', 'markdown', '--as-of', '2026-11']);
    expect(stdout).toMatch(/^### fitscore: \d+\/100/);
    expect(stdout).toContain('| | Requirement | Section | Why |');
  });

  it.each([
    [['--min-score', '99'], 1, /below --min-score 99/],
    [['--min-score', '10'], 0, /^$/],
    [['--require-basic'], 1, /not every basic qualification/],
  ])('with %j exits %i for a junior résumé', async (flags, expected, message) => {
    const { code, stderr } = await run([SEED, JUNIOR, '--as-of', '2026-11', ...flags]);
    expect(code).toBe(expected);
    expect(stderr).toMatch(message);
  });

  it('passes --require-basic for the strong candidate', async () => {
    expect((await run([SEED, STRONG, '--as-of', '2026-11', '--require-basic'])).code).toBe(0);
  });

  it('prints nothing with --quiet and still gates', async () => {
    const { code, stdout, stderr } = await run([SEED, JUNIOR, '--as-of', '2026-11', '--quiet', '--require-basic']);
    expect([code, stdout, stderr]).toEqual([1, '', '']);
  });

  it('reads the résumé from stdin with -', async () => {
    const { code, stdout } = await run([SEED, '-', '--json', '--as-of', '2026-11'], { stdin: readFileSync(STRONG, 'utf8') });
    expect(code).toBe(0);
    expect(JSON.parse(stdout).resume.source).toBe('-');
    expect(JSON.parse(stdout).meetsBasic).toBe(true);
  });

  it('reads UTF-16 and Latin-1 text instead of refusing it', async () => {
    const text = readFileSync(STRONG, 'utf8');
    const utf16 = file('resume-utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const latin1 = file('resume-latin1.txt', Buffer.from(text.replace(/[–—]/g, '-').replace(/é/g, 'é'), 'latin1'));
    const utf8Report = JSON.parse((await run([SEED, STRONG, '--json', '--as-of', '2026-11'])).stdout);
    for (const path of [utf16, latin1]) {
      const { code, stdout } = await run([SEED, path, '--json', '--as-of', '2026-11']);
      expect(code).toBe(0);
      expect(JSON.parse(stdout).resume.totalMonths).toBe(utf8Report.resume.totalMonths);
    }
  });

  it('applies a weights file', async () => {
    const weights = file('weights.json', JSON.stringify({ parts: { basic: 100, preferred: 0, skills: 0, title: 0 } }));
    const { stdout } = await run([SEED, JUNIOR, '--json', '--as-of', '2026-11', '--weights', weights]);
    const report = JSON.parse(stdout);
    expect(report.scoring.find((p: { part: string }) => p.part === 'basic').weight).toBe(100);
  });
});

describe('bad input: one line on stderr, exit 2, no stack trace', () => {
  const cases: [string, () => string[], RegExp][] = [
    ['a missing file', () => [SEED, join(tmp, 'nope.txt')], /résumé '.*nope\.txt' does not exist/],
    ['a directory', () => [tmp, STRONG], /posting '.*' is a directory/],
    ['an empty file', () => [SEED, file('empty.txt', '')], /is empty/],
    ['a file of blanks', () => [SEED, file('blank.txt', '  \n\n ')], /is empty/],
    ['binary junk', () => [SEED, file('junk.bin', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))], /not text/],
    ['a PDF', () => [SEED, file('resume.pdf', '%PDF-1.7\n%âãÏÓ\n1 0 obj\n')], /not a readable PDF/],
    ['an OpenDocument file', () => [SEED, file('resume.odt', 'PK\u0003\u0004mimetypeapplication/vnd.oasis')], /OpenDocument.*export it as PDF or \.docx/],
    ['a damaged .docx', () => [SEED, file('resume.docx', 'PK\u0003\u0004word/document.xml and then nothing')], /not a readable \.docx file/],
    ['an old .doc', () => [SEED, file('resume.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]))], /old Word \.doc file: open it in Word or LibreOffice/],
    ['an RTF file', () => [SEED, file('resume.rtf', '{\\rtf1\\ansi Jane Doe}')], /RTF file: save it as PDF/],
    ['an image', () => [SEED, file('resume.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]))], /image: run OCR|not text/],
    ['a file over --max-size', () => [SEED, STRONG, '--max-size', '0.001'], /larger than the 0\.001 MB limit.*--max-size/],
    ['stdin over --max-size', () => [file('tiny.txt', 'Requirements\n- Go\n'), '-', '--max-size', '0.001'], /résumé from stdin is larger than the 0\.001 MB limit/],
    ['a bad --as-of', () => [SEED, STRONG, '--as-of', '2026-13'], /--as-of must be YYYY-MM/],
    ['a bad --min-score', () => [SEED, STRONG, '--min-score', 'lots'], /--min-score must be a number/],
    ['a bad --format', () => [SEED, STRONG, '--format', 'xml'], /argument 'xml' is invalid|Allowed choices/],
    ['a weights file with a bad value', () => [SEED, STRONG, '--weights', file('w.json', '{"parts":{"basic":-1}}')], /weights file .*: parts\.basic: must be at least 0/],
    ['a weights file with a misspelt key', () => [SEED, STRONG, '--weights', file('w3.json', '{"part":{"basic":100}}')], /weights file .*: unknown key "part"/],
    ['a weights file that is not JSON', () => [SEED, STRONG, '--weights', file('w2.json', '{parts')], /is not valid JSON/],
    ['a missing argument', () => [SEED], /missing required argument/],
    ['stdin twice', () => ['-', '-'], /only one of posting and résumé/],
  ];
  it.each(cases)('%s', async (_, args, message) => {
    const { code, stdout, stderr } = await run(args());
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('shows the cause chain with --debug', async () => {
    const { code, stderr } = await run([SEED, join(tmp, 'nope.txt'), '--debug']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/caused by: Error: ENOENT/);
  });
});

describe('fitscore extract', () => {
  it('reads the seed posting: four basic and five preferred requirements', async () => {
    const { code, stdout } = await run(['extract', SEED, '--json']);
    expect(code).toBe(0);
    const posting = JSON.parse(stdout);
    expect(posting.kind).toBe('posting');
    expect(posting.requirements.filter((r: { section: string }) => r.section === 'basic')).toHaveLength(4);
    expect(posting.requirements.filter((r: { section: string }) => r.section === 'preferred')).toHaveLength(5);
  });

  it('guesses a résumé and counts its months as of --as-of', async () => {
    const { stdout } = await run(['extract', STRONG, '--json', '--as-of', '2026-11']);
    const resume = JSON.parse(stdout);
    expect(resume.kind).toBe('resume');
    expect(resume.totalMonths).toBe(161);
  });

  it('prints a readable summary without --json', async () => {
    const { stdout } = await run(['extract', STRONG, '--as', 'resume', '--as-of', '2026-11']);
    expect(stdout).toMatch(/^Résumé: 3 positions, 13\.4 y of experience/);
  });
});

describe('fitscore schema, --version, --help', () => {
  it('prints a JSON Schema of the report', async () => {
    const schema = JSON.parse((await run(['schema'])).stdout);
    expect(schema.properties.schemaVersion).toBeDefined();
    expect(schema.required).toContain('requirements');
  });

  it('prints the version and exits 0', async () => {
    const { code, stdout } = await run(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('prints help with examples and exits 0', async () => {
    const { code, stdout } = await run(['score', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Examples:');
  });
});
