import type { Mention } from './fact-types.js';
import { normalisePersonKey, normaliseTitleKey } from '../parse/normalise.js';
import type { Hit, Sentence } from '../parse/text-units.js';
import { escapeRegExp, hits, longestFirst } from '../parse/text-units.js';
import { ROLES, SERVICES, TEAMS } from './vocabulary.js';

const ALIASES = TEAMS.flatMap((t) => t.aliases.map((alias) => ({ alias, key: t.key, name: t.name }))).sort(
  (a, b) => b.alias.length - a.alias.length,
);
const ALIAS_SOURCE = ALIASES.map((a) => escapeRegExp(a.alias).replace(/ /g, '\\s+')).join('|');
// "network team", and enumerations ending in "teams": "Database, network, cloud & infra teams".
const TEAM_PHRASE = new RegExp(`\\b(?:${ALIAS_SOURCE})\\b(?:\\s*(?:,|\\band\\b|&)\\s*(?:${ALIAS_SOURCE})\\b)*\\s+teams?\\b`, 'gi');
const ALIAS_ONLY = new RegExp(`\\b(?:${ALIAS_SOURCE})\\b`, 'gi');

export function teamMentions(s: Sentence): Mention[] {
  const out: Mention[] = [];
  for (const phrase of hits(s.text, TEAM_PHRASE)) {
    for (const a of hits(phrase.surface, ALIAS_ONLY)) {
      const entry = ALIASES.find((x) => x.alias.toLowerCase() === a.surface.toLowerCase().replace(/\s+/g, ' '));
      if (entry) out.push({ type: 'TEAM', key: entry.key, name: entry.name, surface: a.surface, span: s.span, rule: `phrase:"${phrase.surface}"` });
    }
  }
  for (const t of TEAMS) {
    if (!t.standalone) continue;
    for (const h of hits(s.text, t.standalone)) {
      out.push({ type: 'TEAM', key: t.key, name: t.name, surface: h.surface, span: s.span, rule: `name:"${h.surface}"` });
    }
  }
  return out;
}

export function serviceMentions(s: Sentence): Mention[] {
  const all = SERVICES.flatMap((svc) => hits(s.text, svc.pattern).map((h) => ({ ...h, svc })));
  return longestFirst(all).map((h) => ({
    type: 'SERVICE',
    key: h.svc.key,
    name: h.svc.name,
    surface: h.surface,
    span: s.span,
    rule: `name:"${h.svc.name}"`,
  }));
}

export interface RoleHit extends Hit {
  title: string;
  abbreviation: string | null;
  titleKey: string;
}

const GENERIC_CHIEF = /\bChief(?: (?:[A-Z][a-z]+|and|of))+ Officer\b/g;

/** Known roles first, then any other "Chief ... Officer" as written, with "(ABBR)" if it follows. */
export function roleHits(text: string): RoleHit[] {
  const known: RoleHit[] = ROLES.flatMap((r) =>
    hits(text, r.pattern).map((h) => ({ ...h, title: r.title, abbreviation: r.abbreviation, titleKey: normaliseTitleKey(r.title) })),
  );
  const generic: RoleHit[] = hits(text, GENERIC_CHIEF).map((h) => {
    const abbr = /^\s*\(([A-Z]{2,6})\)/.exec(text.slice(h.end))?.[1] ?? null;
    return { ...h, title: h.surface, abbreviation: abbr, titleKey: normaliseTitleKey(h.surface) };
  });
  return longestFirst([...known, ...generic]);
}

export function personMentions(s: Sentence, people: { name: string; names: string[] }[]): Mention[] {
  const out: Mention[] = [];
  for (const p of people) {
    for (const written of p.names) {
      const re = new RegExp(`(?<![\\p{L}])${escapeRegExp(written).replace(/ /g, '\\s+')}(?![\\p{L}])`, 'giu');
      for (const h of hits(s.text, re)) {
        out.push({ type: 'PARTY', key: normalisePersonKey(p.name), name: p.name, surface: h.surface, span: s.span, rule: `name:"${written}"` });
      }
    }
  }
  return out;
}
