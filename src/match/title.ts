// The posting's title against the résumé's titles: the role (the words of the title, its level left out)
// and the seniority of the latest position. Reported, and weighted lightly in the score.
import { LEVEL_NAMES, SENIORITY, STAFF_RANK_ROLES, TITLE_FILLER } from '../knowledge/titles';
import type { ResumeFacts } from '../resume/extract';
import type { TitleMatch } from '../schema';
import { stem } from '../text/stem';
import { tokenize } from '../text/tokenize';

const FILLER = new Set(TITLE_FILLER);
const MID = 2;

function readTitle(title: string): { level: number; role: string[] } {
  const words = tokenize(title).map((t) => t.lower);
  const staffIsRank = words.some((w) => STAFF_RANK_ROLES.includes(w));
  // Object.hasOwn: a title word such as "Constructor" is no key of the table.
  const rankOf = (w: string) => (Object.hasOwn(SENIORITY, w) ? SENIORITY[w] : undefined);
  const ranks = words.filter((w) => w !== 'staff' || staffIsRank).map(rankOf).filter((r): r is number => r !== undefined);
  const role = words.filter((w) => (rankOf(w) === undefined || (w === 'staff' && !staffIsRank)) && !FILLER.has(w)).map(stem);
  return { level: ranks.length ? Math.max(...ranks) : MID, role: [...new Set(role)] };
}

const levelName = (rank: number) => LEVEL_NAMES[rank] ?? String(rank);

export function matchTitle(postingTitle: string | undefined, facts: ResumeFacts): TitleMatch | undefined {
  if (!postingTitle) return undefined;
  // "Registered Nurse (RN) – Medical-Surgical, Full Time Nights": the role is the first part.
  const wanted = readTitle(postingTitle.split(/\s[–—|·-]\s|[,(]/)[0]!);
  const titled = facts.positions.filter((p) => p.position.title);
  if (!wanted.role.length || !titled.length) return undefined;
  // The role: the résumé title sharing most of the posting's role words.
  const overlap = (title: string) => readTitle(title).role.filter((w) => wanted.role.includes(w)).length / wanted.role.length;
  const best = [...titled].sort((a, b) => overlap(b.position.title!) - overlap(a.position.title!))[0]!;
  const roleShare = overlap(best.position.title!);
  // The level: the latest position's (current roles first, then the latest start).
  const latest = [...titled].sort((a, b) => b.interval.to - a.interval.to || b.interval.from - a.interval.from)[0]!;
  const level = readTitle(latest.position.title!).level;
  const role = roleShare >= 0.5 ? 1 : roleShare > 0 ? 0.5 : 0;
  const seniority = level >= wanted.level ? 1 : level === wanted.level - 1 ? 0.5 : 0;
  const credit = Math.round(((role + seniority) / 2) * 1000) / 1000;
  return {
    posting: postingTitle,
    closest: best.position.title!,
    latest: latest.position.title!,
    postingLevel: levelName(wanted.level),
    resumeLevel: levelName(level),
    roleShare: Math.round(roleShare * 100) / 100,
    credit,
    evidence: [{ text: `${best.position.title}`, line: best.header.line! }, ...(latest === best ? [] : [{ text: latest.position.title!, line: latest.header.line! }])],
  };
}
