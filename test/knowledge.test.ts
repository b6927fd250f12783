// The knowledge data is validated here, not at every start.
import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { CREDENTIALS } from '../src/knowledge/credentials';
import { DEGREE_NAMES } from '../src/knowledge/degrees';
import { FIELD_FAMILIES } from '../src/knowledge/fields';
import { POSTING_BASIC_HEADINGS, POSTING_OTHER_HEADINGS, POSTING_PREFERRED_HEADINGS } from '../src/knowledge/headings';
import { buildKnowledge } from '../src/knowledge/index';
import { SkillData } from '../src/knowledge/schema';
import { SKILLS } from '../src/knowledge/skills';

const sortedBy = <T>(items: readonly T[], key: (t: T) => string) =>
  items.every((item, i) => i === 0 || key(items[i - 1]!).toLowerCase().localeCompare(key(item).toLowerCase(), 'en') <= 0);

describe('skill knowledge base', () => {
  it('matches its schema', () => {
    expect(z.array(SkillData).safeParse(SKILLS).success).toBe(true);
  });

  it('is sorted by name (node scripts/sort-knowledge.mjs fixes it)', () => {
    expect(sortedBy(SKILLS, (s) => s.name)).toBe(true);
  });

  it('has unique names', () => {
    const names = SKILLS.map((s) => s.name.toLowerCase());
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it('never gives one spelling to two skills', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const s of SKILLS) {
      for (const alias of new Set([s.name, ...(s.aliases ?? [])].map((a) => a.toLowerCase()))) {
        if (owner.has(alias) && owner.get(alias) !== s.name) clashes.push(`${alias}: ${owner.get(alias)} / ${s.name}`);
        owner.set(alias, s.name);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('names known skills in the senses of a word, the other sense spelling it', async () => {
    const { TWO_SENSES } = await import('../src/knowledge/skill-context');
    const names = new Set(SKILLS.map((s) => s.name));
    for (const [word, { technical, beside, otherwise }] of Object.entries(TWO_SENSES)) {
      expect((!technical || names.has(technical)) && names.has(otherwise) && beside.every((b) => names.has(b)), word).toBe(true);
      const own = SKILLS.find((s) => s.name === otherwise)!;
      expect([own.name, ...(own.aliases ?? [])].map((a) => a.toLowerCase()), word).toContain(word);
    }
  });

  it('names only known skills in implies', () => {
    const names = new Set(SKILLS.map((s) => s.name));
    expect(SKILLS.flatMap((s) => (s.implies ?? []).filter((n) => !names.has(n)).map((n) => `${s.name} → ${n}`))).toEqual([]);
  });

  it('guards every one- or two-letter name and the plain English words', () => {
    const unguarded = SKILLS.filter((s) => /^[A-Za-z]{1,2}$/.test(s.name) && !s.guard?.case).map((s) => s.name);
    expect(unguarded).toEqual([]);
    // The names the README promises: only as written, and only beside other skills or after a cue.
    for (const word of ['Go', 'R', 'C', 'React', 'Swift', 'Rust', 'Apache Spark', 'Excel']) {
      expect(SKILLS.find((s) => s.name === word)?.guard, word).toEqual({ case: true, context: true });
    }
  });

  it('implies transitively: PyTorch shows Machine Learning, Python shows Programming', () => {
    const kb = buildKnowledge();
    expect(kb.skills[kb.byName.get('PyTorch')!]!.implies).toEqual(expect.arrayContaining(['Deep Learning', 'Machine Learning', 'Python']));
    const programming = kb.evidenceOf.get('Programming')!;
    // Closest evidence first: a language (one step) before a library that implies the language (two steps).
    expect(programming.indexOf('Python')).toBeLessThan(programming.indexOf('Pandas'));
    expect(kb.evidenceOf.get('Distributed Systems')).toEqual(expect.arrayContaining(['Apache Spark', 'Hadoop', 'Apache Kafka']));
  });
});

describe('other word lists', () => {
  it('degree names are sorted and unique', () => {
    expect(sortedBy(DEGREE_NAMES, (d) => d.name)).toBe(true);
    expect(new Set(DEGREE_NAMES.map((d) => d.name)).size).toBe(DEGREE_NAMES.length);
  });

  it('credentials are sorted', () => expect(sortedBy(CREDENTIALS, (c) => c.name)).toBe(true));

  it('posting headings are sorted and each belongs to one section', () => {
    for (const list of [POSTING_BASIC_HEADINGS, POSTING_PREFERRED_HEADINGS, POSTING_OTHER_HEADINGS]) expect(sortedBy(list, (h) => h)).toBe(true);
    const all = [...POSTING_BASIC_HEADINGS, ...POSTING_PREFERRED_HEADINGS, ...POSTING_OTHER_HEADINGS];
    expect(all.filter((h, i) => all.indexOf(h) !== i)).toEqual([]);
  });

  it('field families are lower case', () => {
    expect(Object.values(FIELD_FAMILIES).flat().filter((f) => f !== f.toLowerCase())).toEqual([]);
  });
});
