import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractPosting } from '../../src/posting/extract';
import { segmentPosting } from '../../src/posting/sections';

const sectionsOf = (text: string) => segmentPosting(text).map((u) => [u.section, u.text]);

describe('posting sections', () => {
  it.each([
    ['own-line heading', 'Requirements\n- 5+ years of Go\n', [['basic', '5+ years of Go']]],
    ['heading with a colon', 'Preferred Qualifications:\n• Kafka\n', [['preferred', 'Kafka']]],
    ['Markdown heading', '## Nice to have\n* Terraform\n', [['preferred', 'Terraform']]],
    ['capitals', 'MINIMUM QUALIFICATIONS\n- BS in CS\n', [['basic', 'BS in CS']]],
    ['British', 'Essential:\n• NMC registration\nDesirable:\n• Mentorship qualification\n', [['basic', 'NMC registration'], ['preferred', 'Mentorship qualification']]],
    [
      'inline headings in a paragraph',
      'We build things. Basic Qualifications: Bachelor\'s degree. Minimum 6 years of Java. Preferred Qualifications: Master\'s degree.',
      [['other', 'We build things.'], ['basic', "Bachelor's degree."], ['basic', 'Minimum 6 years of Java.'], ['preferred', "Master's degree."]],
    ],
    ['an unknown Markdown heading closes the section', '## Requirements\n- Go\n## The team\n- Ten people\n', [['basic', 'Go'], ['other', 'Ten people']]],
    ['a hard-wrapped paragraph is one block', 'About us\nWe are a small team that builds accounting software for\nsmall businesses across the country.\n', [['other', 'We are a small team that builds accounting software for small businesses across the country.']]],
    ['a bullet continued on an indented line', 'Requirements\n• Recognise changes in patient condition and escalate promptly to the provider and rapid\n  response team.\n', [['basic', 'Recognise changes in patient condition and escalate promptly to the provider and rapid response team.']]],
  ] as const)('%s', (_, text, expected) => {
    expect(sectionsOf(text)).toEqual(expected);
  });

  it('keeps the line number of each unit', () => {
    expect(segmentPosting('Title\n\nRequirements\n- one\n- two\n').map((u) => u.line)).toEqual([1, 4, 5]);
  });
});

describe('requirements across posting shapes', () => {
  const read = (name: string) => extractPosting(readFileSync(`fixtures/documents/postings/${name}`, 'utf8'));

  it('reads inline "a plus" and "preferred" as preferred inside one Requirements list', () => {
    const posting = read('data-analyst-requirements.txt');
    const preferred = posting.requirements.filter((r) => r.section === 'preferred').map((r) => r.text);
    expect(preferred).toEqual(["Master's degree preferred", 'Experience with Tableau is a plus', 'Experience in healthcare analytics is desirable']);
    expect(posting.requirements.find((r) => r.text.startsWith('2-4 years'))?.years).toEqual({ min: 2, max: 4 });
  });

  it('keeps "3+ years of accounting experience, public accounting a plus" basic', () => {
    const r = read('accountant.txt').requirements.find((x) => x.text.startsWith('3+ years'));
    expect(r).toMatchObject({ section: 'basic', kind: 'experience', years: { min: 3 }, skills: ['Accounting'] });
  });

  it('ends a qualification section at boilerplate: no benefit or salary becomes a requirement', () => {
    for (const name of ['backend-engineer-bullets.md', 'registered-nurse.txt', 'accountant.txt', 'data-analyst-requirements.txt']) {
      const texts = read(name).requirements.map((r) => r.text).join('\n');
      expect(texts, name).not.toMatch(/\$|401\(k\)|PTO|equal opportunity|dental/i);
    }
  });

  it('reads a nursing posting: licence and certifications as credentials, years of acute care', () => {
    const posting = read('registered-nurse.txt');
    expect(posting.requirements.filter((r) => r.kind === 'credential').map((r) => r.credentials)).toEqual(
      expect.arrayContaining([['RN License'], ['BLS', 'ACLS']]),
    );
    expect(posting.requirements.find((r) => /acute care/.test(r.text))).toMatchObject({ years: { min: 2 }, skills: ['Acute Care'] });
  });

  it('reads the bullet posting: seven basic, five preferred, the work authorisation note', () => {
    const posting = read('backend-engineer-bullets.md');
    expect(posting.requirements.filter((r) => r.section === 'basic')).toHaveLength(7);
    expect(posting.requirements.filter((r) => r.section === 'preferred')).toHaveLength(5);
    expect(posting.notes.map((n) => n.topic)).toContain('work-authorization');
  });
});
