// Hand-written skills ready to join src/knowledge/skills.ts, held back only because they change the golden
// reports in fixtures/cases (each is right: the seed posting names "Explainable AI" and "Fullstack", the
// strong candidate's "GitHub Actions" shows CI/CD, the nurse posting asks for discharge plans). To take them:
// move the lines into skills.ts, run `node scripts/sort-knowledge.mjs src/knowledge/skills.ts`, then
// `UPDATE_GOLDEN=1 npm test` and read the diff. Not loaded by fitscore until then.
import type { SkillData } from './schema';

export const PENDING_SKILLS: readonly SkillData[] = [
  { name: 'Artificial Intelligence', category: 'ml', aliases: ['AI', 'A.I.', 'artificial-intelligence'], guard: { case: true } },
  { name: 'Discharge Planning', category: 'healthcare', aliases: ['patient discharge', 'discharge plans'] },
  { name: 'Full-Stack Development', category: 'practice', aliases: ['full-stack', 'fullstack', 'full stack', 'full-stack development', 'full stack development', 'fullstack development'] },
  { name: 'GitHub Actions', category: 'devops', aliases: ['GH Actions'], implies: ['CI/CD'] },
];
