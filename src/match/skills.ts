// Skill and credential requirements without years: does the résumé show them at all?
import type { Knowledge } from '../knowledge/index';
import { findDates, type YearMonth } from '../resume/dates';
import type { ResumeFacts } from '../resume/extract';
import type { Evidence, Requirement } from '../schema';
import { readBullet, stripMarkup } from '../text/segment';
import { findSkill, isPresent, positionEvidence } from './evidence';
import type { Verdict } from './verdict';

export function matchSkills(req: Requirement, facts: ResumeFacts, kb: Knowledge): Verdict {
  const findings = req.skills!.map((s) => findSkill(s, facts, kb));
  const found = findings.filter(isPresent);
  const missing = findings.filter((f) => !isPresent(f)).map((f) => f.skill);
  const evidence: Evidence[] = found.flatMap((f) => (f.positions[0] ? [positionEvidence(f.positions[0]), f.lines[0]!] : f.listed ? [f.listed] : f.claim ? [f.claim.evidence] : []));
  const args = { skills: req.skills!, matched: found.map((f) => f.skill), missing };
  const anyOf = req.anyOf ?? true;
  if (found.length && (anyOf || !missing.length)) return { status: 'met', credit: 1, evidence: dedupe(evidence), reason: 'SKILL_FOUND', args };
  if (found.length) return { status: 'partial', credit: found.length / findings.length, evidence: dedupe(evidence), reason: 'SKILLS_PARTIAL', args };
  // "Clear written and verbal communication skills": a résumé rarely says so, and saying so proves little.
  if (req.skills!.every((s) => kb.skills[kb.byName.get(s)!]?.category === 'soft')) return { status: 'unknown', credit: 0, evidence: [], reason: 'SOFT_SKILL_NOT_SHOWN', args };
  return { status: 'missing', credit: 0, evidence: [], reason: 'SKILL_NOT_FOUND', args };
}

export function matchCredentials(req: Requirement, facts: ResumeFacts, kb: Knowledge): Verdict {
  const wanted = req.credentials!;
  const { held, expired } = credentialsOf(facts, kb);
  const matched = wanted.filter((c) => held.has(c));
  const lapsed = wanted.filter((c) => !held.has(c) && expired.has(c));
  const missing = wanted.filter((c) => !held.has(c));
  const evidence = [...matched.map((c) => held.get(c)!), ...lapsed.map((c) => expired.get(c)!.evidence)];
  const args = { credentials: wanted, matched, missing, ...(lapsed.length ? { expired: lapsed.map((c) => `${c} (expired ${expired.get(c)!.date})`) } : {}) };
  if (!missing.length) return { status: 'met', credit: 1, evidence, reason: 'CREDENTIAL_FOUND', args };
  if (matched.length) return { status: 'partial', credit: matched.length / wanted.length, evidence, reason: lapsed.length ? 'CREDENTIAL_EXPIRED' : 'CREDENTIALS_PARTIAL', args };
  return { status: 'missing', credit: 0, evidence, reason: lapsed.length ? 'CREDENTIAL_EXPIRED' : 'CREDENTIAL_NOT_FOUND', args };
}

interface Credentials {
  held: Map<string, Evidence>;
  expired: Map<string, { evidence: Evidence; date: string }>;
}

// The résumé's credentials, read once for all of a posting's requirements (a posting that asks for "RN" on
// 80,000 lines stays linear).
const credentialsCache = new WeakMap<ResumeFacts, { kb: Knowledge; credentials: Credentials }>();
function credentialsOf(facts: ResumeFacts, kb: Knowledge): Credentials {
  const cached = credentialsCache.get(facts);
  if (cached?.kb === kb) return cached.credentials;
  const held = new Map<string, Evidence>();
  const expired = new Map<string, { evidence: Evidence; date: string }>();
  for (const line of facts.lines) {
    const text = readBullet(stripMarkup(line.text)).text;
    for (const hit of kb.credentialIndex.find(text)) {
      if (held.has(hit.value)) continue;
      // "ACLS, American Heart Association (expires 06/2025)": a lapsed credential is not held.
      const until = expiryOf(text.slice(hit.end), facts.asOf);
      if (until && until.lapsed) expired.set(hit.value, { evidence: { text, line: line.number }, date: until.date });
      else {
        held.set(hit.value, { text, line: line.number });
        expired.delete(hit.value);
      }
    }
  }
  const credentials = { held, expired };
  credentialsCache.set(facts, { kb, credentials });
  return credentials;
}

const EXPIRY = /\b(?:exp(?:ires|ired|iry|iration)?\.?|valid (?:until|through|thru|to)|renew(?:al)? due)\s*(?:date|on)?\s*:?\s*/i;

function expiryOf(after: string, asOf: YearMonth): { lapsed: boolean; date: string } | undefined {
  const cue = EXPIRY.exec(after.slice(0, 80));
  if (!cue) return undefined;
  const [date] = findDates(after.slice(cue.index + cue[0].length, cue.index + cue[0].length + 30), asOf);
  if (!date) return undefined;
  const end = date.start.year * 12 + (date.start.month ?? 12) - 1;
  return { lapsed: end < asOf.year * 12 + (asOf.month ?? 12) - 1, date: date.text };
}

function dedupe(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return evidence.filter((e) => !seen.has(`${e.line}:${e.text}`) && seen.add(`${e.line}:${e.text}`)).slice(0, 6);
}
