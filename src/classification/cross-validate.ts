import type { CauseCategory } from '../import/fact-types.js';
import { createCauseClassifier } from './classifier.js';
import type { LabelledSentence } from './corpus.js';
import type { CategoryScore, Evaluation } from './evaluate.js';
import { evaluate } from './evaluate.js';
import { features } from './features.js';
import { trainNaiveBayes } from './naive-bayes.js';
import type { Tokenise } from './types.js';

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** k-fold cross-validation on the train split: the model is retrained without each fold and scored on it. */
export function crossValidate(tokenise: Tokenise, sentences: readonly LabelledSentence[], categories: readonly CauseCategory[], folds = 5): Pick<Evaluation, 'perCategory' | 'micro' | 'silentlyUncategorised'> {
  const totals = new Map<CauseCategory, { tp: number; fp: number; fn: number }>();
  let silentlyUncategorised = 0;
  for (let k = 0; k < folds; k++) {
    const fit = sentences.filter((_, i) => i % folds !== k);
    const held = sentences.filter((_, i) => i % folds === k);
    const model = trainNaiveBayes(fit.map((s) => ({ features: features(tokenise(s.text)), categories: s.categories })), categories);
    const result = evaluate(createCauseClassifier(tokenise, model), held);
    silentlyUncategorised += result.silentlyUncategorised;
    for (const c of result.perCategory) {
      const row = totals.get(c.category) ?? { tp: 0, fp: 0, fn: 0 };
      row.tp += c.truePositives;
      row.fp += c.falsePositives;
      row.fn += c.falseNegatives;
      totals.set(c.category, row);
    }
  }
  const perCategory: CategoryScore[] = [...totals.entries()]
    .map(([category, { tp, fp, fn }]) => ({ category, truePositives: tp, falsePositives: fp, falseNegatives: fn, precision: ratio(tp, tp + fp), recall: ratio(tp, tp + fn) }))
    .sort((a, b) => a.category.localeCompare(b.category));
  const sum = (k: 'truePositives' | 'falsePositives' | 'falseNegatives') => perCategory.reduce((n, c) => n + c[k], 0);
  const tp = sum('truePositives');
  return { perCategory, micro: { precision: ratio(tp, tp + sum('falsePositives')), recall: ratio(tp, tp + sum('falseNegatives')) }, silentlyUncategorised };
}
