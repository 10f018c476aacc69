import type { Block } from './markdown.js';
import { textOf } from './markdown.js';
import { levenshtein } from './normalise.js';

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
export type HeaderMatch =
  | { kind: 'known'; id: SectionId; text: string; guessed: boolean; form: HeaderForm; rest: string; restOnNextLine: boolean }
  | { kind: 'unknown'; text: string }
  | null;

// Typos in a name ("Root Casue", "Reccomendations") are read as the name, with a warning, when they are this close.
const MAX_NAME_TYPOS = 2;
const MIN_GUESS_LENGTH = 8;
const MAX_GUESS_LENGTH = 40;

function lookup(text: string): { id: SectionId; guessed: boolean } | null {
  const known = SECTION_PATTERNS.find((s) => s.pattern.test(text));
  if (known) return { id: known.id, guessed: false };
  const lower = text.toLowerCase();
  if (lower.length < MIN_GUESS_LENGTH || lower.length > MAX_GUESS_LENGTH) return null;
  const near = SECTION_PATTERNS.filter((s) => s.spellings.some((n) => levenshtein(n, lower) <= MAX_NAME_TYPOS));
  return near.length === 1 && near[0] ? { id: near[0].id, guessed: true } : null;
}

const cleanName = (text: string) => text.replace(/^[#*_\s]+|[*_\s]+$/g, '').replace(/[:：]\s*$/, '').replace(/[*_]+$/, '').trim();

/**
 * A section header: a heading of level 2 or more (or level 1 after the title), a paragraph that is wholly
 * bold or italic, or a plain line that is a known section name, with or without a colon. A plain line
 * "Symptoms: text" carries its section's first content on the same line (`rest`).
 */
export function matchHeader(block: Block, options: { allowInline: boolean; titleSeen: boolean }): HeaderMatch {
  if (block.type === 'heading') {
    const text = cleanName(textOf(block));
    const found = lookup(text);
    if (found) return { kind: 'known', ...found, text, form: 'heading', rest: '', restOnNextLine: false };
    if (block.depth === 1 && !options.titleSeen) return null;
    return text.length > 0 && text.length <= 80 ? { kind: 'unknown', text } : null;
  }
  if (block.type !== 'paragraph') return null;
  const meaningful = block.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const only = meaningful[0];
  if (meaningful.length === 1 && only && (only.type === 'strong' || only.type === 'emphasis')) {
    const text = cleanName(textOf(block));
    const found = lookup(text);
    if (found) return { kind: 'known', ...found, text, form: 'emphasis', rest: '', restOnNextLine: false };
    return text.length > 0 && text.length <= 80 ? { kind: 'unknown', text } : null;
  }
  const [first = '', ...more] = textOf(block).split('\n');
  const firstLine = first.trim();
  const whole = lookup(cleanName(firstLine));
  // A plain line guessed from a typo must at least end in a colon, so "Incident closed." in a timeline stays text.
  if (whole && firstLine.length <= 60 && (!whole.guessed || /[:：]$/.test(firstLine))) return { kind: 'known', ...whole, text: cleanName(firstLine), form: 'plain', rest: more.join('\n').trim(), restOnNextLine: true };
  if (!options.allowInline) return null;
  const inline = /^([^:：]{3,40})[:：]\s*(.+)$/s.exec(textOf(block));
  if (!inline) return null;
  const name = lookup(cleanName(inline[1] ?? ''));
  // Only a symptoms line is read with its content on the same line; "Impact: ..." inside a timeline stays text.
  if (name?.id !== 'symptoms' || name.guessed) return null;
  return { kind: 'known', ...name, text: cleanName(inline[1] ?? ''), form: 'plain', rest: (inline[2] ?? '').trim(), restOnNextLine: false };
}
