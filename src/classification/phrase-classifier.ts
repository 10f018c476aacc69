import { categorise } from '../import/extract/categories.js';
import { CATEGORY_CUES } from '../import/extract/vocabulary.js';
import type { CauseClassifier } from './types.js';

/**
 * The fixed-phrase reading without a language model, for callers that read a
 * report synchronously (parsers' own tests, quick checks). Imports use the
 * lemma-and-model classifier from `load.ts`.
 */
export const phraseClassifier: CauseClassifier = {
  classify(text) {
    const { categories, rules } = categorise(text, CATEGORY_CUES);
    const evidence = categories.map((category, i) => ({ category, confidence: 0.9, source: 'WORDS' as const, evidence: (rules[i] ?? '').replace(/->[A-Z_]+$/, '') }));
    return { categories, evidence, needsReview: categories.length === 0, reviewReason: categories.length === 0 ? 'no category found' : null, resolution: false };
  },
};
