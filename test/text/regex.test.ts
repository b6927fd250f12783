// The character classes patterns share (src/text/regex.ts), and the rule that keeps start-up fast: no Unicode
// property class (\p{…}) and no i+u flag pair in the patterns run on every document.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALNUM, LETTER, LOWER, UPPER, phraseRegExp } from '../../src/text/regex';

const whole = (body: string) => new RegExp(`^[${body}]+$`);

describe('character classes', () => {
  it.each([
    ['LETTER', LETTER, ['a', 'Z', 'é', 'Ñ', 'ß', 'ø', 'Ω', 'ж', 'ạ', 'ª'], ['1', ' ', '-', '_', '’', '•', '中', '😀']],
    ['UPPER', UPPER, ['A', 'Z', 'É', 'Ø', 'Þ'], ['a', 'é', 'ß', '1', ' ']],
    ['LOWER', LOWER, ['a', 'z', 'é', 'ß', 'ÿ'], ['A', 'É', '1', ' ', '÷']],
    ['ALNUM', ALNUM, ['a', '0', '9', 'é'], [' ', '+', '#', '.']],
  ])('%s', (_, body, inside, outside) => {
    for (const c of inside) expect(whole(body).test(c), c).toBe(true);
    for (const c of outside) expect(whole(body).test(c), c).toBe(false);
  });

  it('phraseRegExp matches whole words in any case, not inside longer words', () => {
    const re = phraseRegExp(['a plus', 'e.g.', 'nice to have']);
    expect(['A plus if you know Go', 'Nice To Have: Rust', 'tools (e.g. Jira)'].map((t) => re.test(t))).toEqual([true, true, true]);
    expect(['a plusher sofa', 'an extra plus', 'Éa plus'].map((t) => re.test(t))).toEqual([false, false, false]);
  });
});

describe('patterns in src/', () => {
  // document.ts tells other languages apart (it must see every script's letters); skills-compile.ts runs at build.
  const allowed = new Set(['src/read/document.ts', 'src/knowledge/skills-compile.ts', 'src/text/regex.ts']);
  const files = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
  const code = (path: string) =>
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(?:\/\/|\*|\/\*)/.test(line))
      .join('\n');

  it('use no Unicode property class (\\p{…}): V8 builds one from ICU tables at first use, ~2 ms a pattern', () => {
    const offenders = files('src').filter((f) => !allowed.has(f) && !f.includes('/generated/') && /\\\\?p\{/.test(code(f)));
    expect(offenders).toEqual([]);
  });

  it('use no i and u flags together: V8 then builds the case closure of every letter of a word list', () => {
    // Flags after a literal's closing slash ("/x/giu") or as new RegExp's second argument ("'ugi'"), in any order.
    const flagSets = (text: string) => [...text.matchAll(/\/([dgimsuvy]{2,})\b|,\s*['"`]([dgimsuvy]{2,})['"`]\s*\)/g)].map((m) => m[1] ?? m[2]!);
    const offenders = files('src').filter((f) => !allowed.has(f) && flagSets(code(f)).some((flags) => flags.includes('i') && flags.includes('u')));
    expect(offenders).toEqual([]);
    expect(flagSets("const a = /x/isu; const b = new RegExp(s, 'ugi'); const c = /y/gi;")).toEqual(['isu', 'ugi', 'gi']);
  });
});
