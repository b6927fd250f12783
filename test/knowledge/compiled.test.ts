// The compiled skill knowledge base: valid against its schema here (never at start-up), the same in the build
// as in the sources, hand-written entries never overridden by generated ones, and the derived data clean.
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { GENERATED_SKILLS } from '../../src/knowledge/generated/skills-generated';
import { buildKnowledge, getKnowledge } from '../../src/knowledge/index';
import { CompiledSkills, SkillData } from '../../src/knowledge/schema';
import { SKILLS } from '../../src/knowledge/skills';
import { compileSkills, isPlainWord, mergeSkills, punctuationVariants, unpackPhrases } from '../../src/knowledge/skills-compile';
import { compiledSkills } from '../../src/knowledge/skills-compiled';
import { ESCO_GENERIC_HEADS, ESCO_SKILL_HEADS, ESCO_WORDS_EXCLUDED, GENERATED_EXCLUDED, ONET_VENDORS } from '../../src/knowledge/skills-curation';
// @ts-expect-error: a build script in plain JavaScript, without types.
import { compiledModule, compileKnowledge } from '../../scripts/build-knowledge.mjs';

const compiled = compiledSkills();
const lower = (s: string) => s.toLowerCase();
const sorted = (list: readonly string[]) => list.every((x, i) => i === 0 || list[i - 1]!.toLowerCase().localeCompare(x.toLowerCase(), 'en') <= 0);

describe('compiled skills', () => {
  it('match their schema', () => {
    const result = CompiledSkills.safeParse(compiled);
    expect(result.success, JSON.stringify(result.error?.issues[0])).toBe(true);
  });

  it('have one category letter a skill, and indexes that name a skill', () => {
    const count = compiled.names.split('\n').length;
    expect(compiled.category).toHaveLength(count);
    const indexes = [
      ...unpackPhrases(compiled.phrases).map((p) => p[1]),
      ...Object.keys(compiled.implies).map(Number),
      ...Object.values(compiled.implies).flatMap((pairs) => pairs.filter((_, k) => k % 2 === 0)),
      ...Object.keys(compiled.guards).map(Number),
    ];
    expect(indexes.filter((i) => i >= count)).toEqual([]);
  });

  it('are what the build inlines: compiled by scripts/build-knowledge.mjs, they equal the sources compiled here', async () => {
    const json = (await compileKnowledge()) as string;
    expect(JSON.parse(json)).toEqual(compiled);
    // The module the build puts in the bundle gives back the same data.
    const module = (await import(`data:text/javascript,${encodeURIComponent(compiledModule(json) as string)}`)) as { compiledSkills: () => unknown };
    expect(module.compiledSkills()).toEqual(compiled);
  });

  it('number in the thousands, with their spellings', () => {
    const kb = getKnowledge();
    expect(kb.skills.length).toBeGreaterThan(5000);
    expect(unpackPhrases(compiled.phrases).length).toBeGreaterThan(kb.skills.length);
  });

  it('load the same as a knowledge base built from the skill data', () => {
    const built = buildKnowledge(mergeSkills(SKILLS, GENERATED_SKILLS));
    const loaded = getKnowledge();
    expect(built.skills).toEqual(loaded.skills);
    expect(built.evidenceOf.get('Programming')).toEqual(loaded.evidenceOf.get('Programming'));
  });
});

describe('generated skills (O*NET, ESCO, linguist)', () => {
  it('match the schema of skill data', () => {
    expect(z.array(SkillData).safeParse(GENERATED_SKILLS).success).toBe(true);
  });

  it('are sorted by name and unique', () => {
    expect(sorted(GENERATED_SKILLS.map((s) => s.name))).toBe(true);
    const names = GENERATED_SKILLS.map((s) => lower(s.name));
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('never override a hand-written skill: its category, guard and broader skills stay, its spellings stay its own', () => {
    const merged = mergeSkills(SKILLS, GENERATED_SKILLS);
    SKILLS.forEach((hand, i) => {
      const m = merged[i]!;
      expect({ name: m.name, category: m.category, guard: m.guard, implies: m.implies, guardedAliases: m.guardedAliases }).toEqual({
        name: hand.name, category: hand.category, guard: hand.guard, implies: hand.implies, guardedAliases: hand.guardedAliases,
      });
      expect(m.aliases ?? []).toEqual(expect.arrayContaining(hand.aliases ?? []));
    });
    const kb = buildKnowledge(merged);
    for (const hand of SKILLS) {
      for (const spelling of [hand.name, ...(hand.aliases ?? [])]) {
        const hit = kb.skillIndex.find(spelling).find((h) => h.start === 0 && h.text.length === spelling.length);
        if (hit) expect(kb.skills[hit.value.skill]!.name, spelling).toBe(hand.name);
      }
    }
  });

  it('leave out the excluded spellings and the single letters', () => {
    const spellings = GENERATED_SKILLS.flatMap((s) => [s.name, ...(s.aliases ?? [])]).map(lower);
    expect(spellings.filter((s) => GENERATED_EXCLUDED.includes(s))).toEqual([]);
    expect(GENERATED_SKILLS.filter((s) => /^[A-Za-z]$/.test(s.name)).map((s) => s.name)).toEqual(['C', 'R'].filter((n) => GENERATED_SKILLS.some((s) => s.name === n)));
  });

  it('carry the credits of their sources in the file header', async () => {
    const { readFileSync } = await import('node:fs');
    const header = readFileSync('src/knowledge/generated/skills-generated.ts', 'utf8').slice(0, 1500);
    expect(header).toMatch(/O\*NET.*CC BY 4\.0/s);
    expect(header).toMatch(/ESCO.*CC BY 4\.0/s);
    expect(header).toMatch(/linguist.*MIT/s);
  });
});

describe('curation lists', () => {
  it.each([
    ['ONET_VENDORS', ONET_VENDORS],
    ['GENERATED_EXCLUDED', GENERATED_EXCLUDED],
    ['ESCO_GENERIC_HEADS', ESCO_GENERIC_HEADS],
    ['ESCO_SKILL_HEADS', ESCO_SKILL_HEADS],
    ['ESCO_WORDS_EXCLUDED', ESCO_WORDS_EXCLUDED],
  ])('%s is sorted', (_, list) => expect(sorted(list)).toBe(true));

  it('GENERATED_EXCLUDED is lower case', () => expect(GENERATED_EXCLUDED.filter((s) => s !== lower(s))).toEqual([]));
});

describe('compiling', () => {
  it.each([
    ['Spark', true],
    ['cloud', true],
    ['ELT', true],
    ['Node.js', false],
    ['HTML5', false],
    ['ReactJS', false],
    ['PySpark', false],
    ['k8s', false],
  ])('treats "%s" as a possible ordinary word: %s', (spelling, plain) => expect(isPlainWord(spelling)).toBe(plain));

  it.each([
    [['Node.js'], [['Nodejs'], ['Node', 'js']]],
    [['scikit-learn'], [['scikitlearn'], ['scikit', 'learn']]],
    [['.NET'], []],
    [['C++'], []],
  ])('derives the punctuation variants of %j', (tokens, variants) => expect(punctuationVariants(tokens)).toEqual(variants));

  it('gives a spelling to the first skill that names it, and keeps the loosest guard of a skill\'s duplicates', () => {
    const compiled = compileSkills([
      { name: 'Alpha', category: 'tool', aliases: ['Shared'] },
      { name: 'Beta', category: 'tool', aliases: ['shared', 'Beta'], guard: { case: true } },
    ]);
    expect(unpackPhrases(compiled.phrases)).toEqual([
      ['Alpha', 0, 0],
      ['Beta', 1, 1],
      ['Shared', 0, 0],
    ]);
  });
});
