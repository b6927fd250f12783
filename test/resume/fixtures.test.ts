// Positions, totals and education of the fixture résumés, computed by hand with the counting rule of
// DESIGN.md (month ranges inclusive, Present through the as-of month, year-only ranges (end − start) × 12).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readResume } from '../../src/resume/extract';

const asOf = { year: 2026, month: 11 };
const read = (name: string) => readResume(readFileSync(`fixtures/documents/resumes/${name}`, 'utf8'), asOf).extract;

const cases: [string, number, [string, string | undefined, string, string, number][]][] = [
  ['strong-candidate.md', 161, [
    ['Senior Machine Learning Engineer', 'Northwind Analytics', '2019-03', '2026-11', 93],
    ['Machine Learning Engineer', 'Lumen Freight', '2015-06', '2019-02', 45],
    ['Software Engineer', 'Bluegate Systems', '2013-07', '2015-05', 23],
  ]],
  ['junior-short-years.txt', 34, [
    ['Data Scientist', 'Pennywhistle Analytics', '2024-06', '2026-11', 30],
    ['Machine Learning Intern', 'Corvid Robotics', '2023-05', '2023-08', 4],
  ]],
  ['career-changer.md', 142, [
    ['Financial Analyst', 'Marrowstone Credit Union', '2023-01', '2026-11', 47],
    ['Private Math Tutor', 'Self-employed', '2016-01', '2019-12', 48],
    ['Mathematics Teacher', 'Lincoln Ridge High School', '2014-08', '2022-06', 95],
  ]],
  ['overlapping-current.txt', 153, [
    ['Senior Data Engineer', 'Acme Corp', '2020-01', '2026-11', 83],
    ['Adjunct Lecturer (part-time)', 'City College', '2021-09', '2026-11', 63],
    ['Data Engineer', 'Beta Inc', '2016-03', '2020-06', 52],
    ['Software Engineer', 'Gamma LLC', '2013-01', '2014-12', 24],
  ]],
  ['two-column-ish.txt', 86, [
    ['Senior Machine Learning Engineer', 'Harborline Logistics', '2024-03', '2026-11', 33],
    ['Machine Learning Engineer', 'Harborline Logistics', '2022-02', '2024-02', 25],
    ['Data Scientist', 'Quillfeather Media', '2019-10', '2022-01', 28],
  ]],
  ['nurse-rn.txt', 107, [
    ['Registered Nurse – Medical-Surgical Unit', 'Riverbend General Hospital', '2021-03', '2026-11', 69],
    ['Registered Nurse – Progressive Care Unit', 'St. Brendan Medical Center', '2019-06', '2021-02', 21],
    ['Patient Care Technician', 'St. Brendan Medical Center', '2018-01', '2019-05', 17],
  ]],
  ['backend-go-engineer.md', 76, [
    ['Senior Backend Engineer', 'Tidewater Payments', '2022-04', '2026-11', 56],
    ['Software Engineer', 'Copperleaf Health', '2020-11', '2022-03', 17],
    ['Software Engineering Intern', 'Northstar Freightworks', '2019-06', '2019-08', 3],
  ]],
];

describe('fixture résumés', () => {
  it.each(cases)('%s: %i months in all, overlaps merged', (name, total, positions) => {
    const resume = read(name);
    expect(resume.positions.map((p) => [p.title, p.organization, p.start, p.end, p.months])).toEqual(positions);
    expect(resume.totalMonths).toBe(total);
  });

  it('labels internships and part-time roles', () => {
    expect(read('junior-short-years.txt').positions.map((p) => p.kind)).toEqual([undefined, 'internship']);
    expect(read('overlapping-current.txt').positions[1]!.kind).toBe('part-time');
  });

  it('marks current roles', () => {
    expect(read('overlapping-current.txt').positions.map((p) => p.current)).toEqual([true, true, false, false]);
  });

  it.each([
    ['strong-candidate.md', [['master', 'computer science', 'Lakeshore State University', 2013], ['bachelor', 'computer engineering', 'Lakeshore State University', 2011]]],
    ['two-column-ish.txt', [['master', 'computer science', 'Cascade Pacific University', 2019], ['bachelor', 'mathematics', 'Willamette Ridge College', 2017]]],
    ['nurse-rn.txt', [['bachelor', 'nursing', 'Queen City College of Nursing', 2019]]],
    ['career-changer.md', [['bachelor', 'mathematics', 'Kenmore College', 2014]]],
  ] as const)('%s: education', (name, expected) => {
    expect(read(name).education.map((e) => [e.level, e.field, e.institution, e.year])).toEqual(expected);
  });

  it('counts years per skill as the union of the positions that show it', () => {
    const skills = Object.fromEntries(read('overlapping-current.txt').skills.map((s) => [s.name, s.months]));
    expect(skills['Apache Spark']).toBe(129);
    expect(skills['Scala']).toBe(83);
    expect(skills['Airflow']).toBe(83);
  });

  it('does not read "spark curiosity" or "react quickly" as skills', () => {
    const names = read('career-changer.md').skills.map((s) => s.name);
    expect(names).not.toContain('Apache Spark');
    expect(names).not.toContain('React');
    expect(names).not.toContain('Go');
  });

  it('lists Skills-section skills without months', () => {
    const dask = read('strong-candidate.md').skills.find((s) => s.name === 'Dask');
    expect(dask).toEqual({ name: 'Dask', listed: true });
  });
});
