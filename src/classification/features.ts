import type { Token } from './types.js';

const STOP = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'by', 'with', 'and', 'or', 'be', 'is', 'was', 'were', 'been', 'have', 'has', 'had',
  'it', 'its', 'this', 'that', 'these', 'those', 'we', 'our', 'they', 'their', 'he', 'she', 'from', 'into', 'as', 'than', 'then', 'there',
  'which', 'who', 'so', 'do', 'did', 'does', "'s", 'all', 'any', 'some', 'one', 'two', 'after', 'before', 'when', 'while', 'after',
]);

/** Content lemmas this far apart (one word between) also make a pair: "no tested fallback" gives `no~fallback`. */
const SKIP = 2;

/**
 * Content words of a sentence as model features: lemmas (negated ones prefixed
 * `not_`), adjacent-lemma pairs (prefixed `not_` when negation covers the pair),
 * and pairs with one content word between them, so a phrase still counts when
 * an author puts an adjective or a name inside it.
 */
export function features(tokens: readonly Token[]): string[] {
  const content = tokens.filter((t) => /[a-z]/.test(t.lemma) && !STOP.has(t.lemma));
  const unigrams = content.map((t) => (t.negated ? `not_${t.lemma}` : t.lemma));
  const bigrams = content.slice(1).map((t, i) => `${content[i]!.negated && t.negated ? 'not_' : ''}${content[i]!.lemma}_${t.lemma}`);
  const skips = content.slice(SKIP).map((t, i) => `${content[i]!.lemma}~${t.lemma}`);
  return [...unigrams, ...bigrams, ...skips];
}
