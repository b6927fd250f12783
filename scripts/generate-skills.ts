// npm run knowledge:generate: derives skills from the taxonomies in ../shared/corpus/taxonomies into
// src/knowledge/generated/skills-generated.ts (committed; regenerate after editing skills-curation.ts).
//   O*NET 29.2 Technology Skills (CC-BY-4.0): product names ("Adobe Photoshop", also "Photoshop") and the
//     acronyms of generic kinds ("Geographic information system GIS software" → GIS).
//   ESCO v1.1.1 (CC-BY-4.0): knowledge concepts with short labels ("public relations", "biochemistry").
//   GitHub linguist (MIT): programming languages and their aliases.
// A one-word name that is an English word or a proper name (natural's English lexicon, O*NET's tool words) is
// left out: "Word", "Access", "Chef", "Julia" need the guards of a hand-written entry (src/knowledge/skills.ts).
// Hand-written skills always win: a derived name they already have only adds spellings (skills-compile.ts).
// Usage: npx tsx scripts/generate-skills.ts [--corpus DIR] [--report]
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIELD_FAMILIES } from '../src/knowledge/fields';
import { SKILLS } from '../src/knowledge/skills';
import { ESCO_FIELD_WORD, ESCO_GENERIC_HEADS, ESCO_SKILL_HEADS, ESCO_WORDS_EXCLUDED, GENERATED_EXCLUDED, ONET_CATEGORIES, ONET_VENDORS } from '../src/knowledge/skills-curation';
import type { SkillCategory, SkillData } from '../src/knowledge/schema';
import { tokenize } from '../src/text/tokenize';
import { parseCsv } from './csv';

const args = process.argv.slice(2);
const corpus = args.includes('--corpus') ? args[args.indexOf('--corpus') + 1]! : (process.env.FITSCORE_CORPUS ?? '../shared/corpus');
const taxonomies = join(corpus, 'taxonomies');
const OUT = 'src/knowledge/generated/skills-generated.ts';
if (!existsSync(taxonomies)) {
  console.log(`generate-skills: no taxonomies under ${corpus}: nothing generated, ${OUT} left as it is.`);
  process.exit(0);
}

// ---- English words: a name that is one of them needs a hand-written guard, so it is not generated. ----
const lexicon = JSON.parse(readFileSync('node_modules/natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json', 'utf8')) as Record<string, string[]>;
const toolWords = new Set(
  readFileSync(join(taxonomies, 'onet_db/Tools Used.txt'), 'utf8').split('\n').slice(1).flatMap((l) => (l.split('\t')[1] ?? '').match(/\b[a-z]+\b/g) ?? []),
);
const has = (w: string) => Object.hasOwn(lexicon, w);
function isEnglish(word: string): boolean {
  const lower = word.toLowerCase();
  const forms = [lower, lower.replace(/s$/, ''), lower.replace(/es$/, ''), lower.replace(/ies$/, 'y')];
  if (forms.some((f) => has(f) || toolWords.has(f))) return true;
  // A proper name ("Julia", "Aztec", "Abbott") is as ambiguous as a word.
  const capital = lower.charAt(0).toUpperCase() + lower.slice(1);
  return has(capital);
}

// Fields of study stay fields: "a degree in mathematics or physics" asks for a degree, not for two skills.
const excluded = new Set([...GENERATED_EXCLUDED, ...Object.values(FIELD_FAMILIES).flat()]);
const handSpellings = new Set(SKILLS.flatMap((s) => [s.name, ...(s.aliases ?? []), ...(s.guardedAliases ?? []), ...(s.unguardedAliases ?? [])]).map((s) => s.toLowerCase()));
const handByName = new Map(SKILLS.map((s) => [s.name.toLowerCase(), s]));
const handOwner = new Map(SKILLS.flatMap((s) => [s.name, ...(s.aliases ?? []), ...(s.guardedAliases ?? []), ...(s.unguardedAliases ?? [])].map((a) => [a.toLowerCase(), s.name] as const)));
const words = (s: string) => tokenize(s).map((t) => t.text);
const dropped = new Map<string, string[]>();
const drop = (why: string, what: string): void => void (dropped.get(why) ?? dropped.set(why, []).get(why)!).push(what);

/** A spelling a generated skill may have: not excluded, and as one word not an English word, not one letter. */
function usable(spelling: string, source: string): boolean {
  const lower = spelling.toLowerCase();
  if (excluded.has(lower)) return (drop('excluded', `${spelling} (${source})`), false);
  const tokens = words(spelling);
  if (!tokens.length) return false;
  if (tokens.length === 1) {
    const only = tokens[0]!;
    if (only.length <= 2 && !handSpellings.has(lower)) return (drop('short', `${spelling} (${source})`), false);
    // "FastEST", "ProFile": an inner capital does not stop "fastest" and "profile" from being words.
    if (/^[A-Za-z]+$/.test(only) && isEnglish(only) && !handSpellings.has(lower)) return (drop('english', `${spelling} (${source})`), false);
    // "aspx", "objc": short lower-case aliases are file extensions more often than names.
    if (/^[a-z]{1,4}$/.test(only) && !handSpellings.has(lower)) return (drop('short', `${spelling} (${source})`), false);
  }
  return true;
}

// ---- collecting: one entry per canonical name (case-insensitive); hand-written names take derived aliases. ----
interface Entry { name: string; category: SkillCategory; aliases: Set<string>; guardCase: boolean; source: string }
const entries = new Map<string, Entry>();
const owner = new Map<string, string>();
function add(name: string, category: SkillCategory, aliases: readonly string[], source: string, guardCase = false): void {
  if (!usable(name, source)) return;
  // A derived name that a hand-written skill already spells joins that skill: "Oracle Java" → Java.
  const hand = handOwner.get(name.toLowerCase());
  const canonical = hand ?? name;
  const key = canonical.toLowerCase();
  if (owner.has(key) && owner.get(key) !== key) {
    drop('taken', `${name} (${source})`);
    return;
  }
  let entry = entries.get(key);
  if (!entry) {
    const handSkill = handByName.get(key);
    entry = { name: canonical, category: (handSkill?.category ?? category) as SkillCategory, aliases: new Set(), guardCase, source };
    entries.set(key, entry);
    owner.set(key, key);
  }
  for (const alias of [name, ...aliases]) {
    const lower = alias.toLowerCase();
    if (lower === key || !usable(alias, source)) continue;
    if (owner.has(lower) && owner.get(lower) !== key) { drop('alias taken', `${alias} → ${canonical} (${source})`); continue; }
    if (handSpellings.has(lower) && handOwner.get(lower) !== entry.name) { drop('alias taken', `${alias} → ${canonical} (${source})`); continue; }
    owner.set(lower, key);
    if (!handSpellings.has(lower)) entry.aliases.add(alias);
  }
}

// ---- O*NET technology skills ----
const vendors = [...ONET_VENDORS].sort((a, b) => b.length - a.length);
const onet = readFileSync(join(taxonomies, 'onet_db/Technology Skills.txt'), 'utf8').split('\n').slice(1).filter(Boolean).map((l) => l.split('\t'));
const products = new Map<string, string>();
for (const [, example, , commodity] of onet) if (example && !products.has(example)) products.set(example, commodity ?? '');
for (const [raw, commodity] of products) {
  const category = (ONET_CATEGORIES[commodity] ?? 'tool') as SkillCategory;
  // "ESRI ArcGIS (analytical or scientific feature)": the parenthesis says where O*NET filed it.
  let name = raw.replace(/\s*\((?:[a-z][^)]*feature|[^)]*\bfeature)\)\s*$/i, '').trim();
  const inParens = /^(.*\S)\s*\(([A-Z][A-Za-z0-9&]{1,7})\)(.*)$/.exec(name);
  let acronym: string | undefined;
  if (inParens) {
    name = `${inParens[1]}${inParens[3]}`.trim();
    acronym = inParens[2];
  }
  const parts = name.split(/\s+/);
  const isAcronym = (w: string) => /^[A-Z][A-Z0-9&]{1,7}$/.test(w) && /[A-Z]{2}/.test(w);
  // "Geographic information system GIS software", "Word processing software": a kind of software, not a
  // product. Its acronym is a skill people name; the kind alone is not.
  const generic =
    parts.length > 1 && /^[A-Z][a-z]+$/.test(parts[0]!) && isEnglish(parts[0]!) && !ONET_VENDORS.includes(parts[0]!) &&
    parts.slice(1).every((w) => (/^[a-z]+$/.test(w) && isEnglish(w)) || isAcronym(w) || /^\d+$/.test(w) || /^[a-z]+-[a-z]+$/.test(w));
  if (generic) {
    const at = parts.findIndex((w, i) => i > 0 && isAcronym(w));
    const short = acronym ?? (at > 0 ? parts[at] : undefined);
    const long = acronym ? name.replace(/\s+(software|systems?|databases?|programs?|tools?)$/i, '') : at > 0 ? parts.slice(0, at).join(' ') : undefined;
    if (!short || !long || short.length < 3) { drop('generic', raw); continue; }
    add(short, category, [long], 'O*NET', true);
    continue;
  }
  // "SAP software", "Jupyter software": the trailing kind is not part of the name.
  name = name.replace(/\s+(software|software suite|databases?)$/, '').trim();
  const vendor = vendors.find((v) => name.startsWith(`${v} `));
  const core = vendor ? name.slice(vendor.length + 1).trim() : undefined;
  const aliases: string[] = [];
  // A product's own acronym is ambiguous when short ("MPS", "RAC"): only four letters or more.
  if (acronym && acronym.length >= 4) aliases.push(acronym);
  // "The MathWorks MATLAB" → MATLAB, "Adobe Photoshop" → Photoshop: the product without its maker is the name
  // people write, unless it is a plain word ("Microsoft Word", "Microsoft Project" keep their maker).
  const coreWords = core ? words(core) : [];
  const distinctive = /^\p{L}/u.test(core ?? '') && coreWords.some((w) => /\p{L}/u.test(w) && (!/^[A-Za-z]+$/.test(w) || /[a-z][A-Z]/.test(w) || !isEnglish(w)));
  // "Oracle Java" is Java: a core that a hand-written skill spells joins it, word or not.
  if (core && (distinctive || handSpellings.has(core.toLowerCase())) && usable(core, 'O*NET')) add(core, category, [name, ...aliases], 'O*NET', aliases.length > 0);
  else if (!vendor && parts.length > 1 && parts.every((w) => /^[A-Z]?[a-z]+$/.test(w) && has(w.toLowerCase()))) {
    // "After the Deadline", "Constant Contact", "Poll Everywhere": a product named in plain words reads as those
    // words in a posting. (A maker's name keeps it a product: "Microsoft Project".)
    drop('english phrase', raw);
  } else add(name.replace(/^The /, ''), category, aliases, 'O*NET', aliases.length > 0);
}

// ---- ESCO knowledge ----
// ESCO writes labels in lower case ("supply chain management"); a skill name reads in title case.
const SMALL_WORDS = new Set(['a', 'an', 'and', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);
const titleCase = (label: string) =>
  /[A-Z]/.test(label) ? label : label.replace(/[a-z]+/g, (w, at: number) => (at > 0 && SMALL_WORDS.has(w) ? w : w[0]!.toUpperCase() + w.slice(1)));
const csv = (file: string) => {
  const [head, ...rows] = parseCsv(readFileSync(join(taxonomies, 'esco_v1.1.1_en', file), 'utf8'));
  return rows.map((r) => Object.fromEntries(head!.map((h, i) => [h, r[i] ?? ''])));
};
const languageUris = new Set(csv('languageSkillsCollection_en.csv').map((r) => r.conceptUri));
const digital = new Map(csv('digitalSkillsCollection_en.csv').map((r) => [r.conceptUri, r]));
const generic = new Set(ESCO_GENERIC_HEADS);
function escoCategory(label: string, uri: string): SkillCategory {
  const d = digital.get(uri);
  if (d) return /computer programming/.test(d.broaderConceptPT ?? '') ? 'language' : 'tool';
  if (/nurs|medic|clinic|surg|patient|therap|health|pharma|diseas|anatom|physiolog|dental|care\b/i.test(label)) return 'healthcare';
  if (/account|tax|financ|audit|bank|insur|invest|budget|fiscal|econom/i.test(label)) return 'finance';
  if (/teach|pedagog|educat|curricul|learning|school/i.test(label)) return 'education';
  if (/engineering|mechanic|electric|electronic|hydraul|welding|construct|machin/i.test(label)) return 'engineering';
  if (ESCO_FIELD_WORD.test(label.split(' ').at(-1)!) || /scien|chemi|biolog|physic/i.test(label)) return 'science';
  return 'business';
}
for (const r of csv('skills_en.csv')) {
  if (r.skillType !== 'knowledge' || languageUris.has(r.conceptUri!)) continue;
  // "Python (computer programming)" → Python; "Chef (tools for software configuration management)" → Chef.
  const label = r.preferredLabel!.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  const labelWords = label.split(/\s+/);
  if (labelWords.length > 3) { drop('esco long', label); continue; }
  if (generic.has(labelWords.at(-1)!.toLowerCase())) { drop('esco generic', label); continue; }
  if (labelWords.length === 1) {
    const isDigital = digital.has(r.conceptUri!);
    // One word: a product from the digital collection ("Moodle", "Xcode"), or a field ("biochemistry").
    if (!isDigital && (!ESCO_FIELD_WORD.test(label.toLowerCase()) || ESCO_WORDS_EXCLUDED.includes(label.toLowerCase()))) { drop('esco word', label); continue; }
    if (!isDigital) {
      if (excluded.has(label.toLowerCase())) { drop('excluded', label); continue; }
      // A field is an English word by nature; add it without the English test of `usable`.
      const key = (handOwner.get(label.toLowerCase()) ?? label).toLowerCase();
      if (!entries.has(key)) { entries.set(key, { name: handOwner.get(label.toLowerCase()) ?? titleCase(label), category: escoCategory(label, r.conceptUri!), aliases: new Set(), guardCase: false, source: 'ESCO' }); owner.set(key, key); }
      continue;
    }
  }
  // Several plain words ("business model", "data protection", "personal development") read as a skill only
  // when they end with the name of a discipline: "supply chain management", "graphic design".
  if (labelWords.length > 1 && labelWords.every((w) => /^[a-z-]+$/.test(w)) && !ESCO_SKILL_HEADS.includes(labelWords.at(-1)!) && !ESCO_FIELD_WORD.test(labelWords.at(-1)!)) {
    drop('esco phrase', label);
    continue;
  }
  add(titleCase(label), escoCategory(label, r.conceptUri!), [], 'ESCO');
}

// ---- linguist programming languages ----
const yaml = readFileSync(join(taxonomies, 'github_linguist_languages/languages.yml'), 'utf8').split('\n');
let current: { name: string; type?: string; aliases: string[] } | undefined;
const languages: { name: string; type?: string; aliases: string[] }[] = [];
let inAliases = false;
for (const line of yaml) {
  const top = /^("?)([^\s#"][^"]*?)\1:\s*$/.exec(line);
  if (top) { current = { name: top[2]!, aliases: [] }; languages.push(current); inAliases = false; continue; }
  if (!current) continue;
  const type = /^ {2}type: (\w+)/.exec(line);
  if (type) current.type = type[1];
  if (/^ {2}aliases:/.test(line)) { inAliases = true; continue; }
  const item = /^ {2}- "?([^"]+?)"?\s*$/.exec(line);
  if (inAliases && item) current.aliases.push(item[1]!);
  else if (/^ {2}\S/.test(line)) inAliases = false;
}
for (const lang of languages) {
  if (lang.type !== 'programming') continue;
  add(lang.name, 'language', lang.aliases.filter((a) => a.length >= 3), 'linguist');
}

// ---- writing ----
const sorted = [...entries.values()].sort((a, b) => a.name.toLowerCase().localeCompare(b.name.toLowerCase(), 'en') || (a.name < b.name ? -1 : 1));
const q = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const lines = sorted.map((e) => {
  const aliases = [...e.aliases].sort((a, b) => a.localeCompare(b, 'en'));
  return `  { name: ${q(e.name)}, category: '${e.category}'${aliases.length ? `, aliases: [${aliases.map(q).join(', ')}]` : ''}${e.guardCase ? ', guard: { case: true }' : ''} },`;
});
const header = `// GENERATED by scripts/generate-skills.ts from ../shared/corpus/taxonomies: do not edit by hand; change
// src/knowledge/skills.ts (hand-written, always wins) or src/knowledge/skills-curation.ts, then regenerate.
// ${sorted.length} skills. Sources and credits:
//   O*NET 29.2 Database, Technology Skills, by the U.S. Department of Labor, Employment and Training
//     Administration (USDOL/ETA), used under the CC BY 4.0 license. O*NET® is a trademark of USDOL/ETA.
//   ESCO classification v1.1.1, © European Union, https://esco.ec.europa.eu, used under CC BY 4.0
//     (knowledge concepts, preferred labels only).
//   GitHub linguist languages.yml, © GitHub, Inc. and contributors, MIT license.
// Skills named like a hand-written one only add their spellings to it (skills-compile.ts, mergeSkills).
import type { SkillData } from '../schema';

export const GENERATED_SKILLS: readonly SkillData[] = [
${lines.join('\n')}
];
`;
writeFileSync(OUT, header);
console.log(`generate-skills: ${sorted.length} skills, ${sorted.reduce((n, e) => n + e.aliases.size, 0)} aliases → ${OUT}`);
for (const [why, list] of dropped) console.log(`  left out (${why}): ${list.length}${args.includes('--report') ? `: ${list.slice(0, 400).join('; ')}` : ''}`);
