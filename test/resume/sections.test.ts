import { describe, expect, it } from 'vitest';
import { resumeSectionOf, sectionLines } from '../../src/resume/sections';
import { splitLines } from '../../src/text/segment';

describe('résumé headings', () => {
  it.each([
    ['Experience', 'experience'],
    ['WORK HISTORY', 'experience'],
    ['### Experience {#experience}', 'experience'],
    ['Professional Experience:', 'experience'],
    ['Career History', 'experience'],
    ['E X P E R I E N C E', 'experience'],
    ['Education', 'education'],
    ['## Education & Training', 'education'],
    ['Technical Skills', 'skills'],
    ['Programming Skills', 'skills'],
    ['Projects', 'projects'],
    ['Licenses & Certifications', 'certifications'],
    ['Professional Summary', 'summary'],
    ['Publications', 'other'],
  ])('reads "%s" as %s', (line, section) => {
    expect(resumeSectionOf(line)).toBe(section);
  });

  it.each([
    'Built data pipelines for the experience team.',
    'Experience with Kubernetes and Docker in production environments at scale across three regions',
    'Senior Software Engineer',
    '',
  ])('reads no heading in "%s"', (line) => {
    expect(resumeSectionOf(line)).toBeUndefined();
  });

  it('tags every line with its section and drops headings and rules', () => {
    const lines = sectionLines(splitLines('Jane Doe\nExperience\n-----\nEngineer, Acme\nEducation\nBS, 2010'));
    expect(lines.map((l) => [l.number, l.section])).toEqual([[1, 'header'], [4, 'experience'], [6, 'education']]);
  });
});

describe("the person's name on a résumé's first line is no skill", () => {
  const skillsWithFirstLine = async (first: string) => {
    const { readResume } = await import('../../src/resume/extract');
    const text = `${first}\nruby@example.com\n\nExperience\nRegistered Nurse, Mercy Hospital, Jan 2019 - Present\n- Cared for six patients a shift\n`;
    return readResume(text, { year: 2026, month: 11 }).extract.skills.map((s) => s.name);
  };

  it.each([
    ['Ruby Chen', []],
    ['JULIA SMITH', []],
    ['Julia Roberts, Accountant', ['Accounting']],
    ['Dart Vader | ruby@example.com', []],
  ])('"%s" → %j', async (first, expected) => {
    expect(await skillsWithFirstLine(first)).toEqual(expected);
  });

  it.each([
    ['Senior Python Developer | AWS | Kubernetes', ['AWS', 'Kubernetes', 'Python']],
    ['Go Nakamura — Go and Rust engineer', ['Go', 'Rust']],
    ['Python Django PostgreSQL', ['Django', 'PostgreSQL', 'Python']],
    ['Kubernetes Terraform AWS | Remote', ['AWS', 'Kubernetes', 'Terraform']],
  ])('a headline keeps its skills: "%s" → %j', async (first, expected) => {
    expect((await skillsWithFirstLine(first)).sort()).toEqual(expected);
  });
});
