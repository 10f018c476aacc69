import type { EventFact, PartyFact, PartyRole, SignOffFact, Warning } from './fact-types.js';
import { levenshtein, normalisePersonKey, normaliseTitleKey } from '../parse/normalise.js';
import type { ParsedReport, SignOffLine } from '../parse/report-types.js';
import { TITLE_TEAMS } from './vocabulary.js';

const ROLE_OF_LINE: Record<SignOffLine, PartyRole> = {
  REPORT_BY: 'REPORTER',
  VERIFIED_BY: 'VERIFIER',
  ADDITIONAL_VERIFICATION: 'VERIFIER',
  REVIEWED_BY: 'VERIFIER',
  APPROVED_BY: 'APPROVER',
  ENDORSED_BY: 'APPROVER',
  SIGNED_OFF_BY: 'APPROVER',
  CLOSED_BY: 'APPROVER',
};

export function teamOfTitle(title: string): string | null {
  return TITLE_TEAMS.find(([re]) => re.test(title))?.[1] ?? null;
}

/**
 * Same number of name parts, all equal but one, and that one differs by at most two edits with the same first
 * letter: "Mary Hun"/"Mary Hui", "Nick Hung"/"Nick Huang". Two different people rarely differ this little.
 */
export function isNearName(a: string, b: string): boolean {
  const ta = normalisePersonKey(a).split('-');
  const tb = normalisePersonKey(b).split('-');
  if (ta.length !== tb.length || ta.length < 2) return false;
  const diffs = ta.map((t, i) => [t, tb[i] ?? ''] as const).filter(([x, y]) => x !== y);
  if (diffs.length !== 1) return false;
  const [x, y] = diffs[0] ?? ['', ''];
  return x.length >= 3 && y.length >= 3 && x[0] === y[0] && levenshtein(x, y) <= 2;
}

/** "P. Raman" or "P Raman" for "Priya Raman": a first initial, then the same last name. */
export function isInitialledName(written: string, full: string): boolean {
  const m = /^(\p{Lu})\.?\s+(\p{Lu}[\p{L}'’-]+)$/u.exec(written.trim());
  if (!m) return false;
  const parts = normalisePersonKey(full).split('-');
  return parts.length >= 2 && parts[0]?.[0] === m[1]?.toLowerCase() && parts[parts.length - 1] === normalisePersonKey(m[2] ?? '');
}

/**
 * "NG Kelvin" → "Kelvin Ng": a surname written first in capitals before one given name is put last, as the department
 * writes English names. Before two given names ("WONG Mei Ling") the Chinese order stays and only the capitals go.
 */
export function surnameLast(name: string): string {
  const m = /^(\p{Lu}{2,})\s+(\p{Lu}\p{Ll}+(?:[- ]\p{Lu}\p{Ll}+)*)$/u.exec(name.trim());
  if (!m) return name;
  const surname = `${(m[1] ?? '').charAt(0)}${(m[1] ?? '').slice(1).toLowerCase()}`;
  const given = m[2] ?? '';
  return /\s/.test(given) ? `${surname} ${given}` : `${given} ${surname}`;
}

export class PartyBook {
  readonly parties: PartyFact[];
  readonly warnings: Warning[] = [];

  constructor(report: ParsedReport) {
    this.parties = report.parties.map((p) => ({
      name: surnameLast(p.name),
      title: p.title,
      aliases: surnameLast(p.name) === p.name ? [] : [p.name],
      teamKey: teamOfTitle(p.title),
      roles: ['LISTED'],
      span: p.span,
      rule: `listed:party ${p.ordinal}`,
    }));
    for (const [i, p] of report.parties.entries()) {
      const party = this.parties[i];
      if (party && party.name !== p.name) this.warnings.push({ code: 'PARTY_NAME_REORDERED', message: `Line ${p.span.startLine}: "${p.name}" is read as "${party.name}", the surname written first in capitals`, span: p.span, candidates: [party.name] });
    }
    for (const line of report.signOffs) {
      for (const name of line.names) this.sign(name, line.kind, line.span);
    }
  }

  /** Finds the party a written name refers to, merging near-spellings into aliases (with a warning). */
  resolve(written: string, span: PartyFact['span']): PartyFact {
    const key = normalisePersonKey(surnameLast(written));
    const exact = this.parties.find((p) => normalisePersonKey(p.name) === key || p.aliases.some((a) => normalisePersonKey(a) === key));
    if (exact) return exact;
    // "P. Raman" signing for "Priya Raman": an initial and the surname of exactly one listed party.
    const initialled = this.parties.filter((p) => p.roles.includes('LISTED') && isInitialledName(written, p.name));
    const [signer] = initialled;
    if (initialled.length === 1 && signer) {
      signer.aliases.push(written);
      signer.rule = `${signer.rule}; alias:"${written}" (initial and surname of "${signer.name}")`;
      this.warnings.push({ code: 'PARTY_ALIAS_MERGED', message: `"${written}" (line ${span.startLine}) is read as "${signer.name}", the only listed party with that initial and surname`, span, candidates: [signer.name] });
      return signer;
    }
    const near = this.parties.filter((p) => p.roles.includes('LISTED') && isNearName(p.name, written));
    const [only] = near;
    if (near.length === 1 && only) {
      only.aliases.push(written);
      only.rule = `${only.rule}; alias:"${written}" (one letter-level edit from "${only.name}")`;
      this.warnings.push({
        code: 'PARTY_ALIAS_MERGED',
        message: `"${written}" (line ${span.startLine}) is not in the party list; read as "${only.name}"`,
        span,
        candidates: [only.name],
      });
      return only;
    }
    const party: PartyFact = { name: written, title: null, aliases: [], teamKey: null, roles: [], span, rule: 'sign-off:unlisted' };
    this.parties.push(party);
    this.warnings.push(
      near.length > 1
        ? {
            code: 'AMBIGUOUS_PARTY',
            message: `"${written}" (line ${span.startLine}) is close to several listed parties; kept as a separate person`,
            span,
            candidates: near.map((p) => p.name),
          }
        : { code: 'UNLISTED_PARTY', message: `"${written}" (line ${span.startLine}) signs the report but is not a listed party`, span },
    );
    return party;
  }

  byTitle(titleKey: string): PartyFact | null {
    return this.parties.find((p) => p.title !== null && normaliseTitleKey(p.title) === titleKey) ?? null;
  }

  addRole(party: PartyFact, role: PartyRole): void {
    if (!party.roles.includes(role)) party.roles.push(role);
  }

  /** APPROVER for whoever signs a timeline decision; RESPONDER when the person or their team acts in the timeline. */
  assignActivityRoles(signOffs: SignOffFact[], events: EventFact[]): void {
    const listedLines = new Set<string>(Object.keys(ROLE_OF_LINE));
    for (const s of signOffs) {
      if (listedLines.has(s.kind) || s.partyName === null) continue;
      const party = this.parties.find((p) => p.name === s.partyName);
      if (party) this.addRole(party, 'APPROVER');
    }
    const mentions = events.flatMap((e) => e.mentions);
    const teams = new Set(mentions.filter((m) => m.type === 'TEAM').map((m) => m.key));
    const people = new Set(mentions.filter((m) => m.type === 'PARTY').map((m) => m.key));
    for (const p of this.parties) {
      if ((p.teamKey !== null && teams.has(p.teamKey)) || people.has(normalisePersonKey(p.name))) this.addRole(p, 'RESPONDER');
    }
  }

  private sign(name: string, kind: SignOffLine, span: PartyFact['span']): void {
    this.addRole(this.resolve(name, span), ROLE_OF_LINE[kind]);
  }

  /** Every spelling of every person, longest first so "Tsang Kwok Wo" wins over a shorter overlapping name. */
  people(): { name: string; names: string[] }[] {
    return this.parties.map((p) => ({ name: p.name, names: [p.name, ...p.aliases].sort((a, b) => b.length - a.length) }));
  }
}
