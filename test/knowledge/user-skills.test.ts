// A user's skills file (--skills FILE): adds skills and spellings, overrides guards, and says which key is wrong.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze';
import { isFitscoreError } from '../../src/errors';
import { findSkills, skillNames } from '../../src/find/skills';
import { CompiledSkills } from '../../src/knowledge/schema';
import { applyUserSkills, parseUserSkills, userKnowledge } from '../../src/knowledge/skills-user';
import { compiledSkills } from '../../src/knowledge/skills-compiled';

const names = (raw: unknown, text: string, list = false) => skillNames(findSkills(text, userKnowledge(raw, 'skills.json'), { list }));

describe('a skills file', () => {
  it('adds a skill with its aliases, category and broader skills (transitively: Terraform shows Infrastructure as Code)', () => {
    const kb = userKnowledge({ skills: [{ name: 'Crossplane', category: 'devops', aliases: ['crossplane-xrd'], implies: ['Terraform'] }] }, 'skills.json');
    expect(skillNames(findSkills('Infrastructure in crossplane-xrd and Crossplane', kb))).toEqual(['Crossplane']);
    expect(kb.skills[kb.byName.get('Crossplane')!]).toEqual({ name: 'Crossplane', category: 'devops', implies: ['Infrastructure as Code', 'Terraform'] });
    expect(kb.evidenceOf.get('Terraform')).toContain('Crossplane');
  });

  it('takes a skill named like an object property ("constructor") without breaking the word lists', () => {
    const kb = userKnowledge({ skills: [{ name: 'constructor', category: 'tool' }] }, 'skills.json');
    expect(skillNames(findSkills('Wrote a constructor in TypeScript', kb))).toEqual(['constructor', 'TypeScript']);
  });

  it('adds spellings to a known skill', () => {
    expect(names({ aliases: { Kubernetes: ['kube'] } }, 'Ran kube clusters')).toEqual(['Kubernetes']);
  });

  it('lets a spelling move to the user\'s skill', () => {
    expect(names({ skills: [{ name: 'Spark AR', category: 'tool', aliases: ['PySpark'] }] }, 'Filters in PySpark')).toEqual(['Spark AR']);
  });

  it('overrides a guard: "Go" counts without a context once the user says so', () => {
    const text = 'Services in Go';
    expect(names({}, 'Services in Go')).toEqual(['Go']);
    expect(names({}, 'Go build it')).toEqual([]);
    expect(names({ guards: { Go: { context: false } } }, 'Go build it')).toEqual(['Go']);
    expect(names({ guards: { Go: { context: false } } }, 'go build it')).toEqual([]);
    expect(names({ guards: { Go: { case: false, context: false } } }, 'go build it')).toEqual(['Go']);
    expect(names({ guards: { Go: { context: false } } }, text)).toEqual(['Go']);
  });

  it('guards a new one-word skill when asked to', () => {
    const raw = { skills: [{ name: 'Bolt', category: 'framework', guard: { case: true, context: true } }] };
    expect(names(raw, 'a bolt of lightning')).toEqual([]);
    expect(names(raw, 'Experience with Bolt and React')).toEqual(['Bolt', 'React']);
  });

  it('keeps the compiled data valid', () => {
    const applied = applyUserSkills(compiledSkills(), parseUserSkills({ skills: [{ name: 'Crossplane', aliases: ['crossplane-xrd'] }], aliases: { Go: ['go-lang'] } }, 'x'), 'x');
    expect(CompiledSkills.safeParse(applied).success).toBe(true);
  });

  it('is used by analyze through its `knowledge` option', () => {
    const knowledge = userKnowledge({ skills: [{ name: 'Crossplane', category: 'devops' }] }, 'skills.json');
    const report = analyze(
      {
        posting: { text: 'Requirements\n- 2+ years of Crossplane\n', source: 'p' },
        resume: { text: 'Jane\n\nExperience\nEngineer, Acme | Jan 2020 – Present\n- Infrastructure in Crossplane\n', source: 'r' },
      },
      { asOf: '2026-11', knowledge },
    );
    expect(report.requirements[0]).toMatchObject({ skills: ['Crossplane'], status: 'met' });
  });
});

describe('a wrong skills file', () => {
  it.each([
    [{ skill: [] }, `skills file 'skills.json': unknown key "skill".`],
    [{ skills: {} }, `skills file 'skills.json': skills: expected a list.`],
    [{ skills: [{ name: 'Crossplane', category: 'cloudy' }] }, `skills file 'skills.json': skills[0] ("Crossplane").category: expected one of`],
    [{ skills: [{ name: 'Crossplane', alias: ['x'] }] }, `skills file 'skills.json': skills[0] ("Crossplane"): unknown key "alias".`],
    [{ skills: [{ name: '' }] }, `skills file 'skills.json': skills[0].name: must not be empty.`],
    [{ aliases: { Kubernets: ['kube'] } }, `skills file 'skills.json': aliases."Kubernets": no skill is named "Kubernets" (did you mean "Kubernetes"?).`],
    [{ guards: { go: { context: false } } }, `skills file 'skills.json': guards."go": no skill is named "go" (did you mean "Go"?).`],
    [{ guards: { Go: { context: 'no' } } }, `skills file 'skills.json': guards.Go.context: expected a boolean.`],
    [{ skills: [{ name: 'Crossplane', implies: ['Terraformm'] }] }, `skills file 'skills.json': skills[0] ("Crossplane").implies: no skill is named "Terraformm" (did you mean "Terraform"?).`],
    [{ aliases: { Go: ['!!'] } }, `skills file 'skills.json': "!!" (for "Go") has no letters or digits to match.`],
  ])('%j says: %s', (raw, message) => {
    let error: unknown;
    try {
      userKnowledge(raw, 'skills.json');
    } catch (e) {
      error = e;
    }
    expect(isFitscoreError(error) && error.code).toBe('INVALID_CONFIG');
    expect((error as Error).message.startsWith(message.replace(/\.$/, ''))).toBe(true);
  });
});
