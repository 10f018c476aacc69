import type { CauseCategory } from '../import/extract/fact-types.js';
import { NEGATORS } from './negation.js';
import type { Token } from './types.js';

/** Slots of a cue must all fall inside this many tokens. */
const WINDOW = 9;

interface Slot {
  /** Forms that match a token outside a negation's scope (or anywhere, when the cue names its own negator). */
  words: Set<string>;
  /** Forms written `~word`: they match only a negated token (`not monitored`). */
  negatedWords: Set<string>;
}

export interface Cue {
  category: CauseCategory;
  text: string;
  slots: Slot[];
  /** The cue names its own negator (`no spare`): other slots may sit in a negation's scope. */
  carriesNegation: boolean;
  /** How many tokens the slots may spread over. */
  window: number;
}

export interface CueHit {
  category: CauseCategory;
  cue: string;
  words: string[];
}

/** The forms a cue word may take in tokens (its lemma and normal spelling, e.g. `licence` → `license`). */
export type WordForms = (word: string) => string[];

/** Each alternative of a slot carries its own `~`: `spare ~available|empty` is a spare not available, or empty. */
export function compileCue(category: CauseCategory, text: string, forms: WordForms = (w) => [w]): Cue {
  const wide = text.trim().startsWith('*');
  const slots = text.trim().replace(/^\*\s*/, '').split(/\s+/).map((slot) => {
    const alternatives = slot.split('|').filter((w) => w.replace(/^~/, '') !== '');
    const expand = (ws: string[]) => new Set(ws.map((w) => w.replace(/^~/, '').toLowerCase()).flatMap((w) => [w, ...forms(w)]));
    return { words: expand(alternatives.filter((w) => !w.startsWith('~'))), negatedWords: expand(alternatives.filter((w) => w.startsWith('~'))) };
  });
  const carriesNegation = slots.some((s) => [...s.words].some((w) => NEGATORS.has(w)));
  return { category, text, slots, carriesNegation, window: wide ? Number.MAX_SAFE_INTEGER : WINDOW };
}

function slotMatches(slot: Slot, token: Token, carriesNegation: boolean): boolean {
  if (token.negated && (slot.negatedWords.has(token.lemma) || slot.negatedWords.has(token.word))) return true;
  if (!slot.words.has(token.lemma) && !slot.words.has(token.word)) return false;
  return carriesNegation || !token.negated || NEGATORS.has(token.lemma);
}

/** The first window in which every slot of the cue matches a different token. */
export function matchCue(cue: Cue, tokens: readonly Token[]): string[] | null {
  if (cue.slots.length === 0) return null;
  for (let i = 0; i < tokens.length; i++) {
    for (let anchor = 0; anchor < cue.slots.length; anchor++) {
      const slot = cue.slots[anchor]!;
      if (!slotMatches(slot, tokens[i]!, cue.carriesNegation)) continue;
      const used = new Set([i]);
      const words = [tokens[i]!.word];
      let ok = true;
      for (let s = 0; s < cue.slots.length && ok; s++) {
        if (s === anchor) continue;
        let found = -1;
        for (let j = Math.max(0, i - cue.window); j < Math.min(tokens.length, i + cue.window + 1); j++) {
          if (!used.has(j) && slotMatches(cue.slots[s]!, tokens[j]!, cue.carriesNegation)) {
            found = j;
            break;
          }
        }
        if (found < 0) ok = false;
        else {
          used.add(found);
          words.push(tokens[found]!.word);
        }
      }
      if (ok && Math.max(...used) - Math.min(...used) < cue.window) return words;
    }
  }
  return null;
}

/** Every category with at least one matching cue, with the words that matched. */
export function lexiconHits(cues: readonly Cue[], tokens: readonly Token[]): CueHit[] {
  const hits: CueHit[] = [];
  for (const cue of cues) {
    if (hits.some((h) => h.category === cue.category)) continue;
    const words = matchCue(cue, tokens);
    if (words) hits.push({ category: cue.category, cue: cue.text, words });
  }
  return hits;
}
