import type { CategoryEvidence } from './types.js';

/** The provenance rule text for one category's evidence. */
export function evidenceRule(e: CategoryEvidence): string {
  if (e.evidence.startsWith('phrase:')) return `${e.evidence}->${e.category}`;
  return `${e.source.toLowerCase()}:${e.evidence}->${e.category} (${e.confidence})`;
}
