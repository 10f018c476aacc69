import type { CauseCategory } from '../import/extract/fact-types.js';
import { createCauseClassifier, createFeaturiser } from './classifier.js';
import type { LabelledSentence } from './corpus.js';
import type { CategoryScore, Evaluation } from './evaluate.js';
import { evaluate } from './evaluate.js';
import { features } from './features.js';
import type { Decision, LinearModel } from './linear-model.js';
import type { LogisticOptions } from './logistic.js';
import { LOGISTIC_DEFAULTS, trainLogistic } from './logistic.js';
import { trainNaiveBayes } from './naive-bayes.js';
import type { Tokenise } from './types.js';

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export interface TrainingChoice {
  model: 'naive-bayes' | 'logistic';
  logistic?: LogisticOptions;
  decision?: Decision;
}

/**
 * What `npm run train:causes` ships, chosen by 5-fold cross-validation on the
 * training sentences only (`scripts/tune-causes.ts`). On 1,701 sentences, with
 * the word classes beside their neighbours (`classContextFeatures`), L2 0.0005
 * scored better than 0.001 (micro F1 84.2 against 83.8 on the earlier
 * sentences' folds; 0.002 82.7 and 0.0002 84.1), positives ×2 better than ×1.5
 * or ×3; weights under 0.05 are dropped (0.3 point of F1 below 0.02, and a file
 * of 390 KB instead of 680 KB). A greedy pass per category (one round, on
 * 1,701 sentences) then chose the `alone` and second-category thresholds: the
 * model alone proposes NETWORK_ROUTING and PROCESS from the shared 0.5 again
 * (0.35 before), REDUNDANCY from 0.35, CONFIGURATION, MONITORING_GAP and
 * ENVIRONMENT from 0.7; THIRD_PARTY as a second category from 0.2. The
 * best-guess floor stays 0.2. Four second-category thresholds are set lower
 * by hand so that the shipped reports keep their second categories (the model
 * trained with less L2 gives a hinted second category less probability than
 * before), at 0.2 point of cross-validated F1: CHANGE_MANAGEMENT 0.03 (a
 * destructive command run on the wrong node is a change-management miss as well
 * as a slip; p ≈ 0.03), DATA_REPLICATION 0.15 ("database not sync … not
 * discovered", p ≈ 0.18), CONFIGURATION 0.1 (snapshot storage sharing
 * production disks, p ≈ 0.15) and BACKUP 0.35 (the hourly backup recommended
 * and never put in place, p ≈ 0.39); SOFTWARE_BUG stays at 0.05.
 */
export const SHIPPED_CHOICE: TrainingChoice = {
  model: 'logistic',
  logistic: { l2: 0.0005, epochs: 60, rate: 0.5, minCount: 2, positiveWeight: 2, minWeight: 0.05 },
  decision: {
    alone: 0.5,
    secondWords: 0.3,
    floor: 0.2,
    aloneBy: { MONITORING_GAP: 0.7, CONFIGURATION: 0.7, REDUNDANCY: 0.35, ENVIRONMENT: 0.7 },
    secondWordsBy: {
      CHANGE_MANAGEMENT: 0.03,
      HARDWARE_FAILURE: 0.5,
      SOFTWARE_BUG: 0.05,
      DATA_REPLICATION: 0.15,
      BACKUP: 0.35,
      MONITORING_GAP: 0.5,
      CONFIGURATION: 0.1,
      REDUNDANCY: 0.5,
      PROCESS: 0.5,
      THIRD_PARTY: 0.2,
      ENVIRONMENT: 0.5,
    },
  },
};

/** Trains the chosen model on labelled sentences, with the features the classifier will compute. */
export function trainModel(tokenise: Tokenise, sentences: readonly LabelledSentence[], categories: readonly CauseCategory[], choice: TrainingChoice = SHIPPED_CHOICE): LinearModel {
  if (choice.model === 'naive-bayes') {
    return trainNaiveBayes(sentences.map((s) => ({ features: features(tokenise(s.text)), categories: s.categories })), categories);
  }
  const featurise = createFeaturiser(tokenise);
  const model = trainLogistic(sentences.map((s) => ({ features: featurise(tokenise(s.text)).features, categories: s.categories })), categories, choice.logistic ?? LOGISTIC_DEFAULTS);
  if (choice.decision) model.decision = choice.decision;
  return model;
}

/**
 * k-fold cross-validation on the train split: the model is retrained without
 * each fold and scored on it. Settings are chosen by this alone, never by the
 * test split or the independent held-out set.
 */
export function crossValidate(tokenise: Tokenise, sentences: readonly LabelledSentence[], categories: readonly CauseCategory[], folds = 5, choice: TrainingChoice = SHIPPED_CHOICE): Pick<Evaluation, 'perCategory' | 'micro' | 'silentlyUncategorised' | 'mistakes'> {
  const totals = new Map<CauseCategory, { tp: number; fp: number; fn: number }>();
  let silentlyUncategorised = 0;
  const mistakes: Evaluation['mistakes'] = [];
  for (let k = 0; k < folds; k++) {
    const fit = sentences.filter((_, i) => i % folds !== k);
    const held = sentences.filter((_, i) => i % folds === k);
    const result = evaluate(createCauseClassifier(tokenise, trainModel(tokenise, fit, categories, choice)), held);
    silentlyUncategorised += result.silentlyUncategorised;
    mistakes.push(...result.mistakes);
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
  return { perCategory, micro: { precision: ratio(tp, tp + sum('falsePositives')), recall: ratio(tp, tp + sum('falseNegatives')) }, silentlyUncategorised, mistakes };
}
