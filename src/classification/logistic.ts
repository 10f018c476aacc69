import type { CauseCategory } from '../import/extract/fact-types.js';
import type { LinearModel } from './linear-model.js';

export interface Example {
  features: string[];
  categories: CauseCategory[];
}

export interface LogisticOptions {
  /** L2 penalty per example: keeps a word seen in two sentences from deciding alone. */
  l2: number;
  epochs: number;
  rate: number;
  /** Features must occur in at least this many training sentences. */
  minCount: number;
  /** Gradient weight of a sentence that has the category. */
  positiveWeight: number;
  /** Weights smaller than this are dropped from the trained model (0.02 when unset). */
  minWeight?: number;
}

export const LOGISTIC_DEFAULTS: LogisticOptions = { l2: 0.01, epochs: 60, rate: 0.5, minCount: 2, positiveWeight: 2 };

/** Weights below this are dropped so the shipped file stays small; they change almost no decision. */
const MIN_WEIGHT = 0.02;

/** A fixed pseudo-random order, so training gives the same weights every run. */
function order(n: number, epoch: number): number[] {
  const idx = [...Array(n).keys()];
  let seed = 7919 * (epoch + 1);
  for (let i = n - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    const j = seed % (i + 1);
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  return idx;
}

/**
 * One-vs-rest logistic regression on binary features, by stochastic gradient
 * descent with L2 and a decaying step. Unlike naive Bayes it weighs features
 * jointly, so a synonym cue that usually co-occurs with stronger words of
 * another category learns a small weight instead of adding that category.
 */
export function trainLogistic(examples: readonly Example[], categories: readonly CauseCategory[], options: LogisticOptions = LOGISTIC_DEFAULTS): LinearModel {
  // A feature seen in one sentence only can do nothing but memorise that sentence.
  const seen = new Map<string, number>();
  for (const e of examples) for (const f of new Set(e.features)) seen.set(f, (seen.get(f) ?? 0) + 1);
  const rows = examples.map((e) => ({ features: [...new Set(e.features)].filter((f) => (seen.get(f) ?? 0) >= options.minCount), categories: e.categories }));
  const model: LinearModel = { kind: 'logistic', trainedOn: examples.length, categories: {} };
  for (const category of categories) {
    if (!rows.some((r) => r.categories.includes(category))) continue;
    const w = new Map<string, number>();
    let bias = 0;
    for (let epoch = 0; epoch < options.epochs; epoch++) {
      const rate = options.rate / (1 + epoch * 0.1);
      for (const i of order(rows.length, epoch)) {
        const r = rows[i]!;
        let logit = bias;
        for (const f of r.features) logit += w.get(f) ?? 0;
        const p = 1 / (1 + Math.exp(-logit));
        // Positives are few (one sentence in fifteen); weighting them keeps the model from learning "never".
        const g = r.categories.includes(category) ? options.positiveWeight * (1 - p) : -p;
        bias += rate * g;
        for (const f of r.features) {
          const old = w.get(f) ?? 0;
          w.set(f, old + rate * g);
        }
      }
      // L2 on every weight once per epoch (as if applied at each of the epoch's steps), so rare words shrink as much as common ones.
      const shrink = Math.max(0, 1 - rate * options.l2 * rows.length);
      for (const [f, v] of w) w.set(f, v * shrink);
    }
    const weights: Record<string, number> = {};
    for (const [f, v] of w) if (Math.abs(v) >= (options.minWeight ?? MIN_WEIGHT)) weights[f] = Math.round(v * 1000) / 1000;
    model.categories[category] = { bias: Math.round(bias * 1000) / 1000, weights };
  }
  return model;
}
