import type { CauseCategory } from '../import/extract/fact-types.js';
import type { LabelledSentence } from './corpus.js';
import type { CauseClassifier } from './types.js';

export interface CategoryScore {
  category: CauseCategory;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
}

export interface Evaluation {
  sentences: number;
  perCategory: CategoryScore[];
  micro: { precision: number; recall: number };
  /** Sentences labelled with a category that came out with none and were not flagged for review (nor read as a recovery, which a listed cause flags). */
  silentlyUncategorised: number;
  /** Sentences the classifier flagged for review. */
  flagged: number;
  mistakes: { text: string; expected: CauseCategory[]; got: CauseCategory[] }[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function evaluate(classifier: CauseClassifier, sentences: readonly LabelledSentence[]): Evaluation {
  const counts = new Map<CauseCategory, { tp: number; fp: number; fn: number }>();
  const bump = (c: CauseCategory, k: 'tp' | 'fp' | 'fn') => {
    const row = counts.get(c) ?? { tp: 0, fp: 0, fn: 0 };
    row[k]++;
    counts.set(c, row);
  };
  let silentlyUncategorised = 0;
  let flagged = 0;
  const mistakes: Evaluation['mistakes'] = [];
  for (const s of sentences) {
    const result = classifier.classify(s.text);
    // As the importer treats a listed cause: one that reads as a recovery is flagged for review too.
    const flaggedHere = result.needsReview || result.resolution;
    if (flaggedHere) flagged++;
    if (s.categories.length > 0 && result.categories.length === 0 && !flaggedHere) silentlyUncategorised++;
    for (const c of result.categories) bump(c, s.categories.includes(c) ? 'tp' : 'fp');
    for (const c of s.categories) if (!result.categories.includes(c)) bump(c, 'fn');
    const same = result.categories.length === s.categories.length && s.categories.every((c) => result.categories.includes(c));
    if (!same) mistakes.push({ text: s.text, expected: s.categories, got: result.categories });
  }
  const perCategory = [...counts.entries()]
    .map(([category, { tp, fp, fn }]) => ({ category, truePositives: tp, falsePositives: fp, falseNegatives: fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) }))
    .sort((a, b) => a.category.localeCompare(b.category));
  const tp = perCategory.reduce((n, c) => n + c.truePositives, 0);
  const fp = perCategory.reduce((n, c) => n + c.falsePositives, 0);
  const fn = perCategory.reduce((n, c) => n + c.falseNegatives, 0);
  return { sentences: sentences.length, perCategory, micro: { precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) }, silentlyUncategorised, flagged, mistakes };
}
