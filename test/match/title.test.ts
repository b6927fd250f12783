import { describe, expect, it } from 'vitest';
import { matchTitle } from '../../src/match/title';
import { readResume } from '../../src/resume/extract';

const facts = (...titles: string[]) =>
  readResume(`Jane\n\nExperience\n${titles.map((t, i) => `${t}, Acme | Jan ${2010 + i * 3} – ${i === titles.length - 1 ? 'Present' : `Dec ${2012 + i * 3}`}\n- Work`).join('\n')}\n`, {
    year: 2026,
    month: 11,
  });

describe('title and seniority', () => {
  it.each([
    ['Senior Machine Learning Engineer', ['Machine Learning Engineer', 'Senior Machine Learning Engineer'], { roleShare: 1, resumeLevel: 'senior', credit: 1 }],
    ['Senior Machine Learning Engineer', ['Machine Learning Engineer'], { roleShare: 1, resumeLevel: 'mid', credit: 0.75 }],
    ['Junior Data Analyst', ['Senior Data Analyst'], { postingLevel: 'junior', credit: 1 }],
    ['Staff Accountant', ['Mathematics Teacher'], { roleShare: 0, credit: 0.5 }],
    ['Principal Engineer', ['Junior Developer'], { credit: 0 }],
    ['Registered Nurse (RN) – Medical-Surgical, Full Time Nights', ['Registered Nurse – Medical-Surgical Unit'], { roleShare: 1, credit: 1 }],
    // A title word that is also an object property ("constructor") is no seniority.
    ['Constructor Supervisor', ['Constructor Supervisor'], { postingLevel: 'mid', resumeLevel: 'mid', roleShare: 1, credit: 1 }],
  ] as const)('%s against %j', (posting, titles, expected) => {
    expect(matchTitle(posting, facts(...titles))).toMatchObject(expected);
  });

  it('says nothing when the posting has no title', () => {
    expect(matchTitle(undefined, facts('Engineer'))).toBeUndefined();
  });
});
