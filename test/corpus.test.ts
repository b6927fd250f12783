// A sweep of the real résumés in ../shared/corpus (poppler's text of their PDFs, and Markdown sources).
// The corpus is not part of the project: without it these tests are skipped, and say so.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDocument } from '../src/read/document';
import { describe, expect, it } from 'vitest';
import { readResume } from '../src/resume/extract';

const CORPUS = '../shared/corpus/resumes';
const present = existsSync(CORPUS);

// One CV in nine Typst layouts; its YAML holds the truth (dates as of 2026-03).
const THEMES = ['Classic', 'Ember', 'Engineeringclassic', 'Engineeringresumes', 'Harvard', 'Ink', 'Moderncv', 'Opal', 'Sb2nov'];
const RENDERCV_POSITIONS = [
  ['2023-06', '2026-03', 34],
  ['2022-05', '2022-08', 4],
  ['2021-05', '2021-08', 4],
  ['2020-05', '2020-08', 4],
  ['2019-05', '2019-08', 4],
];
const read = (path: string, asOf = { year: 2026, month: 3 }) => readResume(readFileSync(`${CORPUS}/${path}`, 'utf8'), asOf).extract;

describe.skipIf(!present)('corpus résumés (skipped: ../shared/corpus is absent)', () => {
  // One CV in nine Typst layouts; its YAML source holds the truth: June 2023 – present (34 months as of
  // 2026-03) and four summer internships of 4 months; PhD Computer Science 2023, BS Computer Engineering 2018.
    it.each(THEMES)('rendercv %s theme: the positions, months and degrees of its YAML', (theme) => {
    const resume = read(`typst_rendercv_themes/_pdftotext/John_Doe_${theme}Theme_CV.layout.txt`);
    expect(resume.positions.map((p) => [p.start, p.end, p.months])).toEqual(RENDERCV_POSITIONS);
    expect(resume.totalMonths).toBe(50);
    expect(resume.positions.map((p) => p.organization)).toEqual(
      expect.arrayContaining(['Nexus AI', 'NVIDIA Research', 'Google DeepMind', 'Microsoft Research']),
    );
    expect(resume.education.map((e) => [e.level, e.field, e.year])).toEqual([
      ['doctorate', 'computer science', 2023],
      ['bachelor', 'computer engineering', 2018],
    ]);
  });

  it('sb2nov (LaTeX): Google, Coursera, Lucena, Georgia Tech', () => {
    const resume = read('latex_sb2nov/_pdftotext/sourabh_bajaj_resume.layout.txt');
    expect(resume.positions.map((p) => [p.title, p.organization, p.start])).toEqual([
      ['Software Engineer', 'Google', '2016-10'],
      ['Senior Software Engineer', 'Coursera', '2014-01'],
      // "Summer 2012 and 2013": one position a summer, the title without the second year.
      ['Data Scientist', 'Lucena Research', '2012-06'],
      ['Data Scientist', 'Lucena Research', '2013-06'],
      ['Research and Teaching Assistant', 'Georgia Institute of Technology', '2012-01'],
    ]);
    expect(resume.education.map((e) => [e.level, e.field])).toEqual([['master', 'computer science'], ['bachelor', 'electrical and electronics']]);
  });

  it('there4 Markdown: two year-only positions', () => {
    const resume = read('markdown_there4/sample.md');
    expect(resume.positions.map((p) => [p.title, p.organization, p.months])).toEqual([
      ['Principal and Creative Lead', 'Initrode Conglomerated', 12],
      ['Lead Web Designer', 'Gizmonic Institute Company (GIM)', 36],
    ]);
  });

  it('pandoc Markdown: undated work history is reported, and the PhD is still expected', () => {
    const resume = read('markdown_pandoc_resume/resume.md');
    expect(resume.positions).toEqual([]);
    expect(resume.warnings.join(' ')).toMatch(/No dated positions/);
    expect(resume.education[0]).toMatchObject({ level: 'doctorate', inProgress: true });
  });
});

const pdfs = present
  ? (function walk(dir: string): string[] {
      return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.pdf') ? [join(dir, e.name)] : []));
    })(CORPUS).sort()
  : [];
const readPdfResume = async (path: string) => {
  const doc = await readDocument(path, { role: 'résumé', maxBytes: 20 * 1048576, readStdin: async () => new Uint8Array() });
  return { text: doc.text, resume: readResume(doc.text, { year: 2026, month: 3 }).extract };
};

describe.skipIf(!present)('corpus PDFs (skipped: ../shared/corpus is absent)', () => {
  it('finds the PDFs', () => expect(pdfs.length).toBeGreaterThanOrEqual(20));

  it.each(pdfs)('reads %s without an error, with text', async (path) => {
    const { text } = await readPdfResume(path);
    expect(text.length).toBeGreaterThan(200);
  });

    it.each(THEMES)('rendercv %s theme PDF: the positions and degrees of its YAML', async (theme) => {
    const { resume } = await readPdfResume(`${CORPUS}/typst_rendercv_themes/John_Doe_${theme}Theme_CV.pdf`);
    expect(resume.positions.map((p) => [p.start, p.end, p.months])).toEqual(RENDERCV_POSITIONS);
    expect(resume.education.map((e) => [e.level, e.field])).toEqual([
      ['doctorate', 'computer science'],
      ['bachelor', 'computer engineering'],
    ]);
  });

  it('Deedy (two columns): the experience column reads whole, not interleaved with the sidebar', async () => {
    const { text, resume } = await readPdfResume(`${CORPUS}/latex_deedy_two_column/deedy_resume-openfont.pdf`);
    const lines = text.split('\n');
    const courses = lines.indexOf('COURSEWORK');
    const experience = lines.indexOf('EXPERIENCE');
    expect(courses).toBeGreaterThan(0);
    expect(experience).toBeGreaterThan(courses);
    expect(resume.positions.map((p) => p.start)).toEqual(expect.arrayContaining(['2015-01', '2014-06', '2013-05']));
    // "PHABRICATOR | OPEN SOURCE CONTRIBUTOR & TEAM LEADER" over "… | Palo Alto, CA & Ithaca, NY"; a RESEARCH heading
    // above "CORNELL ROBOT LEARNING LAB | RESEARCHER".
    expect(resume.positions.map((p) => [p.title, p.organization])).toEqual(expect.arrayContaining([
      ['OPEN SOURCE CONTRIBUTOR & TEAM LEADER', 'PHABRICATOR'],
      ['RESEARCHER', 'CORNELL ROBOT LEARNING LAB'],
    ]));
  });

  it('AltaCV (two columns): the positions of the main column', async () => {
    const { resume } = await readPdfResume(`${CORPUS}/latex_altacv_two_column/altacv_mmayer.pdf`);
    expect(resume.positions.map((p) => [p.title, p.start])).toEqual([
      ['President & CEO', '2012-07'],
      ['Vice President of Location & Services', '2010-10'],
      ['Vice President of Search Products & UX', '2005-01'],
      ['Product Manager & UI Lead', '2001-10'],
    ]);
  });

  it('Awesome-CV: the date ranges whose dash was a soft hyphen', async () => {
    const { resume } = await readPdfResume(`${CORPUS}/latex_awesome_cv/resume.pdf`);
    expect(resume.positions.slice(0, 3).map((p) => [p.organization, p.start, p.end])).toEqual([
      ['Dunamu Inc.', '2023-09', '2024-03'],
      ['Danggeun Pay Inc. (KarrotPay)', '2021-03', '2023-06'],
      ['Danggeun Market Inc.', '2021-02', '2021-03'],
    ]);
  });
});
