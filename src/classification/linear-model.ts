import type { CauseCategory } from '../import/extract/fact-types.js';

/**
 * A one-vs-rest linear model over sentence features: per category a bias and a
 * weight per feature; p = sigmoid(bias + Σ weights). Naive Bayes (log-odds) and
 * logistic regression both ship in this shape, with the decision rule chosen by
 * cross-validation on the train split.
 */
export interface LinearModel {
  kind?: 'naive-bayes' | 'logistic';
  trainedOn: number;
  categories: Partial<Record<CauseCategory, { bias: number; weights: Record<string, number> }>>;
  decision?: Decision;
}

/**
 * How probabilities become categories, chosen by cross-validation on the train
 * split. The strongest candidate is always kept. The model alone proposes a
 * category from `alone`; a further category found by synonym words is kept only
 * when the model gives it at least `secondWords`, so a broad word ("backup",
 * "provider") does not add a category the rest of the sentence does not support.
 */
export interface Decision {
  alone: number;
  secondWords: number;
  /** When nothing else is found, the model's best category is offered from this probability (for review below MODEL_SURE). */
  floor: number;
  /**
   * Per-category overrides of `alone` and `secondWords`, chosen by the same
   * cross-validation: broad words (a part, "backup", "only") need more of the
   * model's support in some categories than in others.
   */
  aloneBy?: Partial<Record<CauseCategory, number>>;
  secondWordsBy?: Partial<Record<CauseCategory, number>>;
}

export interface ModelScore {
  category: CauseCategory;
  probability: number;
  /** Features that pushed hardest towards the category. */
  top: string[];
}

export function scoreLinear(model: LinearModel, features: readonly string[]): ModelScore[] {
  const present = [...new Set(features)];
  const out: ModelScore[] = [];
  for (const [category, { bias, weights }] of Object.entries(model.categories) as [CauseCategory, { bias: number; weights: Record<string, number> }][]) {
    let logit = bias;
    const contributions: [string, number][] = [];
    for (const f of model.kind === 'logistic' ? present : features) {
      const w = weights[f];
      if (w === undefined) continue;
      logit += w;
      contributions.push([f, w]);
    }
    const top = contributions.filter(([, w]) => w > 0).sort((a, b) => b[1] - a[1]).slice(0, 3).map(([f]) => f);
    out.push({ category, probability: 1 / (1 + Math.exp(-logit)), top });
  }
  return out.sort((a, b) => b.probability - a.probability);
}
