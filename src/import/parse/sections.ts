import type { Block } from './markdown.js';
import { textOf } from './markdown.js';
import { levenshtein } from './normalise.js';
import { matchFamily, normaliseSectionName, withoutPictographs } from './section-names.js';

export type SectionId = 'parties' | 'information' | 'symptoms' | 'description' | 'causes' | 'recommendations';

/**
 * Template section names and the names other authors give them. The whole header text must match, so a
 * sentence that merely starts with these words is not a header.
 */
export const SECTION_PATTERNS: readonly { id: SectionId; label: string; pattern: RegExp; required: boolean; spellings: string[] }[] = [
  {
    id: 'parties', label: 'Related Parties', required: true,
    pattern: /^(?:(?:related|involved) )?(?:part(?:y|ies)|people|persons|personnel)(?: involved)?$/i,
    spellings: ['related parties', 'parties involved', 'involved parties'],
  },
  {
    id: 'information', label: 'Related Information', required: false,
    pattern: /^(?:related|incident) (?:information|details)$/i,
    spellings: ['related information', 'incident information'],
  },
  {
    id: 'symptoms', label: 'Summarized Symptoms', required: false,
    pattern: /^(?:(?:summari[sz]ed|observed) symptoms?|symptoms?(?: summary)?|summary of (?:the )?symptoms|(?:user |business )?impact)$/i,
    spellings: ['summarized symptoms', 'summary of symptoms'],
  },
  {
    id: 'description', label: 'Incident Description', required: true,
    pattern: /^(?:incident description|description of (?:the )?incident|description|(?:incident )?timeline(?: of events)?|sequence of events|chronology(?: of events)?|what happened)$/i,
    spellings: ['incident description', 'sequence of events', 'chronology', 'timeline'],
  },
  {
    id: 'causes', label: 'Incident Caused', required: true,
    pattern: /^(?:incident caus(?:e|es|ed)|(?:root )?cause(?:s|\(s\))?(?: analysis)?|contributing factors?|causes? and contributing factors)$/i,
    spellings: ['incident caused', 'root cause', 'root causes', 'contributing factors'],
  },
  {
    id: 'recommendations', label: 'Follow up recommendation', required: true,
    pattern: /^(?:(?:follow[- ]?up )?recommendations?(?:\(s\))?|action items?|(?:recommended|proposed|follow[- ]?up|corrective|preventive|preventative|remedial|improvement) actions?|lessons learned(?: (?:\/|and|&) actions?)?|next steps)$/i,
    spellings: ['follow up recommendation', 'follow up recommendations', 'recommendations', 'action items', 'follow-up actions'],
  },
];

export type HeaderForm = 'heading' | 'emphasis' | 'plain';
/** How sure the name is: the template or a known spelling; a near spelling (typo); a keyword of the section's family. */
export type NameConfidence = 'exact' | 'typo' | 'keyword';
export type HeaderMatch =
  | { kind: 'known'; id: SectionId; text: string; guessed: boolean; confidence: NameConfidence; word: string; form: HeaderForm; rest: string; restOnNextLine: boolean }
  | { kind: 'period'; text: string; form: HeaderForm }
  | { kind: 'unknown'; text: string; ambiguous: SectionId[] }
  | null;

// Typos in a name ("Root Casue", "Reccomendations") are read as the name, with a warning, when they are this close.
const MAX_NAME_TYPOS = 2;
const MIN_GUESS_LENGTH = 8;
// A shorter name ("Timline") is read as a near spelling only one letter away.
const MIN_SHORT_GUESS_LENGTH = 6;
const MAX_GUESS_LENGTH = 40;

type Lookup = { id: SectionId; guessed: boolean; confidence: NameConfidence; word: string } | { id: 'period' } | { ambiguous: SectionId[] } | null;

function lookup(text: string): Lookup {
  const known = SECTION_PATTERNS.find((s) => s.pattern.test(text));
  if (known) return { id: known.id, guessed: false, confidence: 'exact', word: text };
  const name = normaliseSectionName(text);
  const normal = SECTION_PATTERNS.find((s) => s.pattern.test(name));
  if (normal) return { id: normal.id, guessed: false, confidence: 'exact', word: name };
  if (name.length >= MIN_SHORT_GUESS_LENGTH && name.length <= MAX_GUESS_LENGTH) {
    const allowed = name.length >= MIN_GUESS_LENGTH ? MAX_NAME_TYPOS : 1;
    const near = SECTION_PATTERNS.filter((s) => s.spellings.some((n) => levenshtein(n, name) <= allowed));
    if (near.length === 1 && near[0]) return { id: near[0].id, guessed: true, confidence: 'typo', word: name };
  }
  const family = matchFamily(name);
  if (family === null) return null;
  if ('ambiguous' in family) return family;
  if (family.id === 'period') return { id: 'period' };
  return { id: family.id, guessed: true, confidence: 'keyword', word: family.word };
}

// A plain line is a header by its words only when it is set apart as one: a colon, capitals or a number before it.
const setApart = (line: string) => /[:：]\s*$/.test(line) || (/\p{Lu}/u.test(line) && line === line.toUpperCase()) || /^\s*(?:\d{1,2}|[IVX]{1,5})[.)]\s/.test(line);

function known(found: Lookup, text: string, form: HeaderForm, rest = '', restOnNextLine = false): HeaderMatch {
  if (found === null) return null;
  if ('ambiguous' in found) return { kind: 'unknown', text, ambiguous: found.ambiguous };
  if (found.id === 'period') return { kind: 'period', text, form };
  return { kind: 'known', ...found, text, form, rest, restOnNextLine };
}

const SECTION_NUMBERED = /^section\s+(?:\d{1,2}|[IVX]{1,5})\s*[-–—:.)]\s*\S.{0,60}$/i;
// Capitals, at most six words, no sentence punctuation: how typed reports set a heading apart.
const isCapitalHeading = (text: string) => /\p{Lu}{3}/u.test(text) && text === text.toUpperCase() && text.trim().split(/\s+/).length <= 6 && !/[.!?,;]$/.test(text.trim());

const cleanName = (text: string) => withoutPictographs(text.replace(/^[#*_\s]+/, '')).replace(/^[#*_\s]+|[*_\s]+$/g, '').replace(/[:：]\s*$/, '').replace(/[*_]+$/, '').trim();

/**
 * A section header: a heading of level 2 or more (or level 1 after the title), a paragraph that is wholly
 * bold or italic, or a plain line that is a known section name, with or without a colon. A plain line
 * "Symptoms: text" carries its section's first content on the same line (`rest`).
 */
export function matchHeader(block: Block, options: { allowInline: boolean; titleSeen: boolean }): HeaderMatch {
  if (block.type === 'heading') {
    const text = cleanName(textOf(block));
    const first = block.depth === 1 && !options.titleSeen ? lookup(text) : null;
    if (block.depth === 1 && !options.titleSeen && !(first && 'confidence' in first && first.confidence === 'exact')) return null;
    const found = known(lookup(text), text, 'heading');
    if (found) return found;
    return text.length > 0 && text.length <= 80 ? { kind: 'unknown', text, ambiguous: [] } : null;
  }
  if (block.type === 'list') return numberedHeader(block);
  if (block.type !== 'paragraph') return null;
  const meaningful = block.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const only = meaningful[0];
  if (meaningful.length === 1 && only && (only.type === 'strong' || only.type === 'emphasis')) {
    const text = cleanName(textOf(block));
    const found = known(lookup(text), text, 'emphasis');
    if (found) return found;
    // "_All times are Hong Kong time._": an italic sentence is a note, not a heading.
    if (/[.!?]$/.test(text) && text.split(/\s+/).length > 3) return null;
    return text.length > 0 && text.length <= 80 ? { kind: 'unknown', text, ambiguous: [] } : null;
  }
  const [first = '', ...more] = textOf(block).split('\n');
  const firstLine = first.trim();
  const whole = firstLine.length <= 60 ? lookup(cleanName(firstLine)) : null;
  // A plain line guessed from a typo must at least end in a colon, so "Incident closed." in a timeline stays text;
  // one read by a keyword must be set apart (colon, capitals, numbering).
  // "**Equipment**" then a line break: a bold first line is set apart as a heading is.
  const boldFirst = (only?.type === 'strong' || only?.type === 'emphasis') && meaningful[1]?.type === 'break';
  const apart = (line: string) => boldFirst || setApart(line);
  const plainOk =
    whole !== null &&
    ('ambiguous' in whole ? apart(firstLine) : whole.id === 'period' ? apart(firstLine) && more.length === 0 : whole.confidence === 'exact' || (whole.confidence === 'typo' ? /[:：]$/.test(firstLine) || boldFirst : apart(firstLine)));
  if (plainOk) return known(whole, cleanName(firstLine), 'plain', more.join('\n').trim(), true);
  // "Section 2 – Background", "SECTION 3: SCOPE": a numbered section line is a heading whatever it names.
  if (more.length === 0 && whole === null && SECTION_NUMBERED.test(firstLine)) return { kind: 'unknown', text: cleanName(firstLine), ambiguous: [] };
  if (!options.allowInline) return null;
  const inline = /^([^:：]{3,40})[:：]\s*(.+)$/s.exec(textOf(block));
  if (!inline) return null;
  const name = lookup(cleanName(inline[1] ?? ''));
  // Only a symptoms line is read with its content on the same line; "Impact: ..." inside a timeline stays text.
  // A parties line is too when it lists several people ("People involved: A / Title; B / Title").
  const partiesInline = name !== null && 'guessed' in name && name.id === 'parties' && /;/.test(inline[2] ?? '');
  // "Equipment: the two gateways MX-GW-01 and MX-GW-02": what the incident touched, on the label's own line.
  const informationInline = name !== null && 'guessed' in name && name.id === 'information';
  if (!partiesInline && !informationInline && (name === null || !('guessed' in name) || name.id !== 'symptoms' || name.guessed)) return null;
  return known(name, cleanName(inline[1] ?? ''), 'plain', (inline[2] ?? '').trim(), false);
}

/**
 * "3) Timeline" or "6. CONTRIBUTING FACTORS" on its own is parsed as a one-item numbered list; it is a header when
 * its text is a section name (exactly, or by a keyword when written in capitals or with a colon).
 */
function numberedHeader(block: Block): HeaderMatch {
  if (block.type !== 'list' || !block.ordered || block.children.length !== 1) return null;
  const item = block.children[0];
  if (!item || item.children.length !== 1 || item.children[0]?.type !== 'paragraph') return null;
  const text = textOf(item);
  if (text.includes('\n') || text.length > 40) return null;
  const found = lookup(cleanName(text));
  // "2. BACKGROUND": a numbered line in capitals is a heading even when the importer does not know its name,
  // so it never becomes a party or an item of the section before it.
  if (found === null && isCapitalHeading(text)) return { kind: 'unknown', text: cleanName(text), ambiguous: [] };
  if (found === null || 'ambiguous' in found) return null;
  if (found.id === 'period') return null;
  if (found.confidence !== 'exact' && !setApart(text)) return null;
  return known(found, cleanName(text), 'plain');
}

/** A line written on its own that names a section or the period ("TIMELINE", "3) Next steps:", "Root cause"). */
export function isSectionLine(line: string): boolean {
  const text = cleanName(line.replace(/^\s*\d{1,2}[.)]\s+/, (m) => (setApart(line) ? '' : m)));
  if (text === '' || text.length > 60) return false;
  const found = lookup(text);
  if (found === null) return false;
  if ('confidence' in found && found.confidence === 'exact') return true;
  return setApart(line);
}
