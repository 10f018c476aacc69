import type { SignOffFact } from './fact-types.js';
import type { RoleHit } from './entity-mentions.js';
import { readOnDate } from './since.js';
import type { Sentence } from '../parse/text-units.js';
import { hits } from '../parse/text-units.js';
import { DECISION_CUES } from './vocabulary.js';

export interface DecisionContext {
  sentence: Sentence;
  date: string;
  roles: RoleHit[];
  holderOf: (role: RoleHit) => string | null;
  /** Listed people by canonical name and spellings, for decisions signed by name ("Alex Liang approved …"). */
  people?: readonly { name: string; spellings: readonly string[] }[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A listed person who is the subject of the decision verb, or named after "by". */
function signingPerson(text: string, people: NonNullable<DecisionContext['people']>): string | null {
  for (const person of people) {
    for (const spelling of person.spellings) {
      const name = escape(spelling);
      if (new RegExp(`\\b${name}\\s+(?:has\\s+|had\\s+)?(?:approved|closed|declared|authori[sz]ed|signed off|lifted|ended)\\b|\\bby\\s+${name}\\b`, 'i').test(text)) return person.name;
    }
  }
  return null;
}

/** The role that signs: the one after "by", else the subject right before "approved"/"closed", else the only one. */
function signingRole(text: string, roles: RoleHit[]): RoleHit | null {
  const afterBy = roles.find((r) => /\bby\s+(?:the\s+|our\s+)?$/i.test(text.slice(Math.max(0, r.index - 12), r.index)));
  if (afterBy) return afterBy;
  const subject = roles.find((r) => /^\s+(?:approved|closed|declared|issued)\b/i.test(text.slice(r.end, r.end + 12)));
  if (subject) return subject;
  return roles.length === 1 ? (roles[0] ?? null) : null;
}

function detailOf(kind: SignOffFact['kind'], text: string, roles: RoleHit[], signer: RoleHit | null): string | null {
  const others = roles.filter((r) => r.title !== signer?.title).map((r) => r.title);
  const asked = others.length > 0 ? `requested by ${[...new Set(others)].join(', ')}` : null;
  if (kind === 'EMERGENCY_DECLARED') {
    const level = /\b(\d+(?:st|nd|rd|th) class)\b/i.exec(text)?.[1];
    return [level ? `${level} state of emergency` : null, asked].filter((x) => x !== null).join('; ') || null;
  }
  if (kind === 'PURCHASE_APPROVED') {
    const what = /\b(?:purchase of|request for)\s+(?:an?\s+|the\s+)?(.+?)(?:\s+is raised|\s+was raised|\s+and approved|[.,]|$)/i.exec(text)?.[1];
    return what ?? null;
  }
  return asked;
}

export function readDecisions(ctx: DecisionContext): SignOffFact[] {
  const out: SignOffFact[] = [];
  const { text, span } = ctx.sentence;
  for (const { kind, cue } of DECISION_CUES) {
    const [hit] = hits(text, cue);
    if (!hit) continue;
    // "close in emergency" also matches the declaration cue's neighbour words; a sentence records one decision,
    // except that it may close the emergency and the incident together.
    if (out.length > 0 && !(kind === 'INCIDENT_CLOSED' && out.every((d) => d.kind === 'EMERGENCY_CLOSED'))) break;
    const signer = signingRole(text, ctx.roles);
    const named = signer ? null : signingPerson(text, ctx.people ?? []);
    out.push({
      kind,
      partyName: signer ? ctx.holderOf(signer) : named,
      roleTitle: signer?.title ?? null,
      date: readOnDate(text) ?? ctx.date,
      detail: detailOf(kind, text, ctx.roles, signer),
      span,
      rule: `phrase:"${hit.surface}"${signer ? `; signer:"${signer.surface}"` : named ? `; signer:"${named}"` : ''}`,
    });
  }
  return out;
}
