import { normalisePersonKey } from './normalise.js';

/** Words that make a phrase a job title rather than a person's name. */
const TITLE_WORDS = new Set([
  'architect', 'engineer', 'manager', 'administrator', 'admin', 'officer', 'chairman', 'chairwoman', 'chairperson', 'chair',
  'director', 'head', 'lead', 'leader', 'analyst', 'specialist', 'consultant', 'supervisor', 'executive', 'developer',
  'technician', 'coordinator', 'president', 'vice', 'owner', 'operator', 'support', 'member', 'secretary', 'controller',
  'assistant', 'associate', 'intern', 'programmer', 'designer', 'auditor', 'accountant', 'representative', 'vendor',
  'contractor', 'dba', 'sre', 'ceo', 'cfo', 'cio', 'cto', 'coo', 'coio', 'ciso', 'chief', 'officer', 'agent', 'advisor',
]);

export type PartyOrder = 'name-title' | 'title-name';

export interface PartyLine {
  name: string;
  title: string;
  order: PartyOrder;
  /** Why the order was chosen; null when the evidence left it open (the template's Name - Title was assumed). */
  evidence: string | null;
  separator: string;
}

const words = (text: string) => text.toLowerCase().split(/[^\p{L}&]+/u).filter((w) => w !== '');
const titleWords = (text: string) => words(text).filter((w) => TITLE_WORDS.has(w));

/** Whether the text holds a word of the title vocabulary ("Administrator", "Manager", "Chief"). */
export const hasTitleWord = (text: string) => titleWords(text).length > 0;

// Two to four capitalised words with no title word: "Anson Tsang", "Tsang Kwok Wo", "Anne-Marie Lee".
export function looksLikeName(text: string): boolean {
  const parts = text.trim().split(/\s+/);
  return parts.length >= 2 && parts.length <= 4 && parts.every((p) => /^\p{Lu}[\p{L}'’-]*$/u.test(p)) && titleWords(text).length === 0 && !ORGANISATION_WORD.test(text);
}

// "Hyper Group IT", "Acme Ltd": an organisation signs no report and takes part in none.
const ORGANISATION_WORD = /\b(?:Group|Ltd|Limited|Department|Dept|Division|Company|Inc|Corporation|IT)\b/;

// Order matters: brackets first ("Name (Title)"), then a spaced dash, a spaced slash, a dotted leader, a colon, a comma.
const SEPARATORS: readonly { label: string; split: (text: string) => [string, string] | null }[] = [
  { label: '( )', split: (t) => { const m = /^(.*?)\s*\(([^()]*)\)\s*$/s.exec(t); return m ? [m[1] ?? '', m[2] ?? ''] : null; } },
  // The dash must stand alone so "Jean-Luc" or "E-Commerce Lead" stay whole.
  // A space on one side is enough when a capital follows ("Oscar Fung -Database Administrator").
  { label: '-', split: (t) => { const m = /^(.*?)(?:(?:^|\s+)[-–—](?:\s+|$)|\s+[-–—](?=\p{Lu}))(.*)$/su.exec(t); return m ? [m[1] ?? '', m[2] ?? ''] : null; } },
  // "Priya Nair / Messaging Engineer" and a typed leader, "Tommy Leung ........ Network Engineer".
  { label: '/', split: (t) => { const m = /^(.*?)\s+\/\s+(.*)$/s.exec(t); return m ? [m[1] ?? '', m[2] ?? ''] : null; } },
  // "Leo Yip | Network Engineer": a pipe typed as a column rule (a table row, led by a pipe, is read as a table).
  { label: '|', split: (t) => { const m = /^([^|]+?)\s+\|\s+([^|]+)$/s.exec(t); return m ? [m[1] ?? '', m[2] ?? ''] : null; } },
  { label: '…', split: (t) => { const m = /^(.*?)\s*(?:\.{3,}|…+)\s*(.*)$/s.exec(t); return m ? [m[1] ?? '', m[2] ?? ''] : null; } },
  { label: ':', split: (t) => { const m = /^([^:：]*)[:：]\s*(.*)$/s.exec(t); return m ? [m[1] ?? '', m[2] ?? ''] : null; } },
  { label: ',', split: (t) => { const m = /^([^,]*),\s*(.*)$/s.exec(t); return m ? [m[1] ?? '', m[2] ?? ''] : null; } },
];

const MEETING_PART = /,\s*(?:chair|chairman|chairperson|minutes|minute[- ]taker|note[- ]taker|secretary)\s*(?=\)?\s*$)/i;
const HONORIFIC = /^(?:mr|ms|mrs|miss|dr)\.?\s+(?=\p{Lu})/iu;

const NAME_LABEL = /^(?:name|person|full name|staff)$/i;
const TITLE_LABEL = /^(?:role|title|job title|position|post|designation)$/i;

/** A name and a title each behind its own label, in either order, separated by `|`, `;` or `,`; null otherwise. */
function labelledFields(text: string): { name: string; title: string } | null {
  const pieces = text.split(/\s*[|;,]\s*/).map((p) => /^([^:：]{2,15})[:：]\s*(.+)$/.exec(p.trim()));
  if (pieces.length !== 2 || pieces.some((p) => p === null)) return null;
  const name = pieces.find((p) => NAME_LABEL.test(p?.[1]?.trim() ?? ''))?.[2]?.trim();
  const title = pieces.find((p) => TITLE_LABEL.test(p?.[1]?.trim() ?? ''))?.[2]?.trim();
  return name && title ? { name, title } : null;
}

/**
 * Splits a party line into name and title, deciding the order from evidence: title words on one side only,
 * a name the report's sign-offs use, or a name-shaped side. `known` holds normalised names of people the
 * report signs with.
 */
export function readPartyLine(written: string, known: ReadonlySet<string>): PartyLine {
  // "Ms. Sandy Yip, Audio-Visual Technician": a courtesy title is not part of the name.
  // "Anson Tsang, Network Architect, chair": the part someone played at a meeting is not part of the title.
  const text = written.replace(HONORIFIC, '').replace(MEETING_PART, '');
  // "Name: Anson Tsang | Role: Network Architect", as a ticket export lists people: the labels say which is which.
  const fields = labelledFields(text);
  if (fields) return { ...fields, order: 'name-title', evidence: 'labelled fields', separator: 'fields' };
  // "Anson Tsang (Network Architect) - troubleshooting and the fix": the title in brackets right after the name;
  // what follows the dash says what they did.
  const bracketed = /^(.+?)\s*\(([^()]+)\)\s*[-–—:]\s+\S.*$/s.exec(text);
  if (bracketed && looksLikeName((bracketed[1] ?? '').trim()) && titleWords(bracketed[2] ?? '').length > 0) {
    return { name: (bracketed[1] ?? '').trim(), title: (bracketed[2] ?? '').trim(), order: 'name-title', evidence: 'title in brackets after the name', separator: '( )' };
  }
  // "Ivan Cheung — Cloud and Infrastructure Administrator — Cloud & Infra": name, title, then the team.
  // "Eric Chow / Finance Systems Analyst / IT", as a ticket's watch list writes it.
  const slashed = text.split(/\s+\/\s+/);
  if (slashed.length === 3 && looksLikeName((slashed[0] ?? '').trim()) && titleWords(slashed[1] ?? '').length > 0) {
    return { name: (slashed[0] ?? '').trim(), title: (slashed[1] ?? '').trim(), order: 'name-title', evidence: 'name, title and team', separator: '/' };
  }
  const dashed = text.split(/\s+[-–—]\s+/);
  if (dashed.length === 3 && looksLikeName((dashed[0] ?? '').trim()) && titleWords(dashed[1] ?? '').length > 0) {
    return { name: (dashed[0] ?? '').trim(), title: (dashed[1] ?? '').trim(), order: 'name-title', evidence: 'name, title and team', separator: '-' };
  }
  // "Ken Ma – Virtualisation Engineer (ran the patching)": a bracket that is neither title nor name is an aside
  // when the rest reads as a party on its own. So is one or two words saying how the person is engaged
  // ("Patrick Chow – MDM Specialist (contractor)", "(author)") after a line that already holds name and title.
  const aside = /^(.*?)\s*\(([^()]*)\)\s*$/s.exec(text);
  const shortAside = aside !== null && (aside[2] ?? '').trim().split(/\s+/).length <= 2;
  if (aside && ((titleWords(aside[2] ?? '').length === 0 && !looksLikeName(aside[2] ?? '')) || shortAside)) {
    const rest = readPartyLine(aside[1] ?? '', known);
    if (rest.evidence !== null && rest.separator !== '' && rest.name !== '' && rest.title !== '') return rest;
  }
  for (const sep of SEPARATORS) {
    const parts = sep.split(text);
    if (!parts) continue;
    const [a, b] = parts.map((p) => p.trim()) as [string, string];
    if (a === '' || b === '') return { name: a, title: b, order: 'name-title', evidence: 'empty side', separator: sep.label };
    const decided = decideOrder(a, b, known);
    const [name, title] = decided.order === 'name-title' ? [a, b] : [b, a];
    return { name, title, order: decided.order, evidence: decided.evidence, separator: sep.label };
  }
  return { name: text.trim(), title: '', order: 'name-title', evidence: 'no separator', separator: '' };
}

function decideOrder(a: string, b: string, known: ReadonlySet<string>): { order: PartyOrder; evidence: string | null } {
  const ta = titleWords(a).length;
  const tb = titleWords(b).length;
  if (tb > 0 && ta === 0) return { order: 'name-title', evidence: `title word "${titleWords(b)[0]}"` };
  if (ta > 0 && tb === 0) return { order: 'title-name', evidence: `title word "${titleWords(a)[0]}"` };
  const ka = known.has(normalisePersonKey(a));
  const kb = known.has(normalisePersonKey(b));
  if (ka && !kb) return { order: 'name-title', evidence: 'signs the report' };
  if (kb && !ka) return { order: 'title-name', evidence: 'signs the report' };
  const na = looksLikeName(a);
  const nb = looksLikeName(b);
  if (na && !nb) return { order: 'name-title', evidence: 'name shape' };
  if (nb && !na) return { order: 'title-name', evidence: 'name shape' };
  return { order: 'name-title', evidence: null };
}
