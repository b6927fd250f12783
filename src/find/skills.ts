// Finds the skills named in a piece of text, applying the guards of ambiguous names.
import type { Knowledge } from '../knowledge/index';
import { SKILL_CONTEXT_CUES } from '../knowledge/skill-context';
import type { Token } from '../text/tokenize';
import { splitSentences } from '../text/segment';
import { tokenize } from '../text/tokenize';

export interface SkillMention {
  name: string;
  /** The words as written ("k8s" for Kubernetes). */
  text: string;
  start: number;
  end: number;
  /** The name needed a context to count ("Go", "Spark"). */
  guarded: boolean;
}

export interface FindOptions {
  /** The text is a list of skills (a Skills section, a posting's skill list): guarded names count. */
  list?: boolean;
}

const CUES = new Set(SKILL_CONTEXT_CUES);

export function findSkills(text: string, kb: Knowledge, options: FindOptions = {}): SkillMention[] {
  const tokens = tokenize(text);
  const hits = kb.skillIndex.find(text, tokens);
  const sentences = options.list || !hits.some((h) => h.value.needsContext) ? [] : splitSentences(text).map((s) => [s.offset, s.offset + s.text.length] as const);
  const sentenceOf = (at: number) => sentences.findIndex(([from, to]) => at >= from && at < to);
  const mentions: SkillMention[] = [];
  for (const hit of hits) {
    const { skill, needsContext } = hit.value;
    // "spark curiosity", "React quickly", "a Go-to person": a guarded name needs another skill in its
    // sentence, a list, a cue ("experience with"), or to stand capitalised inside a sentence.
    if (needsContext && !options.list) {
      if (hit.partOfCompound && /-/.test(text.slice(hit.start - 1, hit.end + 1))) continue;
      const own = sentenceOf(hit.start);
      // A soft skill ("mentoring") does not vouch for a technical one ("Spark joy … through mentoring").
      const beside = hits.some((h) => h.value.skill !== skill && kb.skills[h.value.skill]!.category !== 'soft' && sentenceOf(h.start) === own);
      if (!beside && !hasCue(tokens, hit.token) && !midSentence(text, hit.start)) continue;
    }
    mentions.push({ name: kb.skills[skill]!.name, text: hit.text, start: hit.start, end: hit.end, guarded: needsContext });
  }
  return mentions;
}

// "Ran Spark jobs on EMR": a capitalised name inside a sentence is a name; "React quickly to…" at the start is
// a verb (guarded names are case-sensitive, so "spark curiosity" never gets here).
function midSentence(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return i >= 0 && !/[.!?:;•*–-]/.test(text[i]!) && /\p{Lu}/u.test(text[start] ?? '');
}

function hasCue(tokens: readonly Token[], at: number): boolean {
  for (let i = Math.max(0, at - 3); i < at; i++) if (CUES.has(tokens[i]!.lower)) return true;
  return false;
}

/** Names of the skills, deduplicated, in order of first mention. */
export const skillNames = (mentions: readonly SkillMention[]): string[] => [...new Set(mentions.map((m) => m.name))];
