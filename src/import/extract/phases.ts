import type { Phase } from './fact-types.js';
import { hits } from '../parse/text-units.js';
import { PHASE_CUES } from './vocabulary.js';

/** All cued phases; the primary (first) one has the most cue hits, ties broken by which appears first. */
export function readPhases(text: string): { phases: Phase[]; rule: string } {
  const scored = PHASE_CUES.map(({ phase, cue }) => {
    const found = hits(text, cue);
    return { phase, count: found.length, first: found[0]?.index ?? Infinity, words: [...new Set(found.map((f) => f.surface.toLowerCase()))] };
  }).filter((s) => s.count > 0);
  scored.sort((a, b) => b.count - a.count || a.first - b.first);
  return {
    phases: scored.map((s) => s.phase),
    rule: scored.map((s) => `${s.phase}:${s.words.map((w) => `"${w}"`).join(',')}`).join('; ') || 'no phase cue',
  };
}
