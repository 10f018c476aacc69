import type { CauseCategory } from '../import/extract/fact-types.js';
import type { LinearModel, ModelScore } from './linear-model.js';
import { scoreLinear } from './linear-model.js';

/**
 * One-vs-rest multinomial naive Bayes, stored as log-odds: for each category a
 * bias (prior log-odds) and a weight per feature, log P(f | category) − log P(f | not category).
 * Weights too small to matter are dropped so the shipped file stays small.
 * It ships in the linear model's shape.
 */
export type NaiveBayesModel = LinearModel;

export interface Example {
  features: string[];
  categories: CauseCategory[];
}

const SMOOTHING = 1;
const MIN_WEIGHT = 0.25;

export function trainNaiveBayes(examples: readonly Example[], categories: readonly CauseCategory[]): NaiveBayesModel {
  const vocabulary = new Set(examples.flatMap((e) => e.features));
  const model: NaiveBayesModel = { kind: 'naive-bayes', trainedOn: examples.length, categories: {} };
  for (const category of categories) {
    const yes = new Map<string, number>();
    const no = new Map<string, number>();
    let yesTotal = 0;
    let noTotal = 0;
    let yesDocs = 0;
    for (const e of examples) {
      const inClass = e.categories.includes(category);
      if (inClass) yesDocs++;
      const counts = inClass ? yes : no;
      for (const f of e.features) counts.set(f, (counts.get(f) ?? 0) + 1);
      if (inClass) yesTotal += e.features.length;
      else noTotal += e.features.length;
    }
    if (yesDocs === 0) continue;
    const weights: Record<string, number> = {};
    for (const f of vocabulary) {
      const w = Math.log(((yes.get(f) ?? 0) + SMOOTHING) / (yesTotal + SMOOTHING * vocabulary.size))
        - Math.log(((no.get(f) ?? 0) + SMOOTHING) / (noTotal + SMOOTHING * vocabulary.size));
      if (Math.abs(w) >= MIN_WEIGHT) weights[f] = Math.round(w * 1000) / 1000;
    }
    const bias = Math.log(yesDocs / (examples.length - yesDocs || 1));
    model.categories[category] = { bias: Math.round(bias * 1000) / 1000, weights };
  }
  return model;
}

/** Scores a naive Bayes model (kept for callers that name it so). */
export const scoreNaiveBayes = scoreLinear;
export type { ModelScore };
