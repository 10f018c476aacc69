import type { Block } from './markdown.js';
import { textOf } from './markdown.js';

export type SectionId = 'parties' | 'information' | 'symptoms' | 'description' | 'causes' | 'recommendations';

/** Template section names; the full header text must match so a sentence that merely starts with these words is not a header. */
export const SECTION_PATTERNS: readonly { id: SectionId; label: string; pattern: RegExp; required: boolean }[] = [
  { id: 'parties', label: 'Related Parties', pattern: /^(?:related )?part(?:y|ies)( involved)?$/i, required: true },
  { id: 'information', label: 'Related Information', pattern: /^related information$/i, required: false },
  { id: 'symptoms', label: 'Summarized Symptoms', pattern: /^(?:summari[sz]ed )?symptoms?$/i, required: false },
  { id: 'description', label: 'Incident Description', pattern: /^(?:incident description|timeline)$/i, required: true },
  { id: 'causes', label: 'Incident Caused', pattern: /^(?:incident caus(?:e|es|ed)|(?:root )?causes?)$/i, required: true },
  {
    id: 'recommendations',
    label: 'Follow up recommendation',
    pattern: /^(?:follow[- ]?up )?recommendations?$/i,
    required: true,
  },
];

function headerText(block: Block): string | null {
  if (block.type === 'heading' && block.depth >= 2) return textOf(block);
  if (block.type !== 'paragraph') return null;
  const meaningful = block.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  // A header paragraph is bold or italic only: "**Related Parties:**".
  if (meaningful.length !== 1) return null;
  const only = meaningful[0];
  if (!only || (only.type !== 'strong' && only.type !== 'emphasis')) return null;
  return textOf(block);
}

export type HeaderMatch = { kind: 'known'; id: SectionId } | { kind: 'unknown'; text: string } | null;

export function matchHeader(block: Block): HeaderMatch {
  const raw = headerText(block);
  if (raw === null) return null;
  const text = raw.replace(/[:：]\s*$/, '').trim();
  const known = SECTION_PATTERNS.find((s) => s.pattern.test(text));
  if (known) return { kind: 'known', id: known.id };
  return text.length > 0 && text.length <= 80 ? { kind: 'unknown', text } : null;
}
