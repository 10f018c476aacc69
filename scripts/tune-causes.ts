import { causeCategory } from '../db/schema/enums.js';
import { readTrainingSentences } from '../src/classification/corpus.js';
import type { TrainingChoice } from '../src/classification/cross-validate.js';
import { createCauseClassifier } from '../src/classification/classifier.js';
import { crossValidate, trainModel } from '../src/classification/cross-validate.js';
import { evaluate } from '../src/classification/evaluate.js';
import type { Decision } from '../src/classification/linear-model.js';
import type { Token } from '../src/classification/types.js';
import { winkTokeniser } from '../src/classification/wink-tokeniser.js';
import type { CauseCategory } from '../src/import/extract/fact-types.js';

/**
 * Chooses the model's settings by 5-fold cross-validation on the train split
 * only (the test split and the independent held-out set are never read here).
 * Prints micro and worst-category figures per setting; `--mistakes` lists the
 * cross-validation misses of the first setting; `--per-category` then chooses
 * per-category thresholds for it (below).
 */
const wink = winkTokeniser();
const cache = new Map<string, Token[]>();
const tokenise = (text: string) => {
  let t = cache.get(text);
  if (!t) cache.set(text, (t = wink(text)));
  return t;
};
const train = readTrainingSentences();
const categories = causeCategory.enumValues as readonly CauseCategory[];
const pct = (n: number) => `${(n * 100).toFixed(1)}`;
const grid: TrainingChoice[] = JSON.parse(process.argv[2] ?? '[{"model":"naive-bayes"},{"model":"logistic"}]') as TrainingChoice[];
for (const [i, choice] of grid.entries()) {
  const cv = crossValidate(tokenise, train, categories, 5, choice);
  const f1 = (2 * cv.micro.precision * cv.micro.recall) / (cv.micro.precision + cv.micro.recall);
  const worstP = cv.perCategory.reduce((a, b) => (b.precision < a.precision ? b : a));
  const worstR = cv.perCategory.reduce((a, b) => (b.recall < a.recall ? b : a));
  console.log(`${JSON.stringify(choice)}\n  P ${pct(cv.micro.precision)} R ${pct(cv.micro.recall)} F1 ${pct(f1)}; worst P ${worstP.category} ${pct(worstP.precision)}; worst R ${worstR.category} ${pct(worstR.recall)}; silent ${cv.silentlyUncategorised}`);
  if (process.argv.includes('--table')) for (const r of cv.perCategory) console.log(`    ${r.category.padEnd(18)} P ${pct(r.precision).padStart(5)} R ${pct(r.recall).padStart(5)}  tp ${r.truePositives} fp ${r.falsePositives} fn ${r.falseNegatives}`);
  if (i === 0 && process.argv.includes('--mistakes')) for (const m of cv.mistakes) console.log(`  expected ${m.expected.join(',') || 'none'} got ${m.got.join(',') || 'none'}: ${m.text}`);
}

/**
 * `--per-category`: starting from the first setting, one greedy pass per
 * category over its own `secondWords` and `alone` thresholds, keeping a value
 * only when it raises the cross-validated micro F1 (ties keep the shared value).
 * The fold models are trained once; only the decision changes between runs.
 */
if (process.argv.includes('--per-category')) {
  const base = grid[0]!;
  const folds = [...Array(5).keys()].map((k) => ({
    model: trainModel(tokenise, train.filter((_, i) => i % 5 !== k), categories, base),
    held: train.filter((_, i) => i % 5 === k),
  }));
  const score = (decision: Decision) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const { model, held } of folds) {
      const result = evaluate(createCauseClassifier(tokenise, { ...model, decision }), held);
      for (const c of result.perCategory) {
        tp += c.truePositives;
        fp += c.falsePositives;
        fn += c.falseNegatives;
      }
    }
    const p = tp / (tp + fp);
    const r = tp / (tp + fn);
    return { p, r, f1: (2 * p * r) / (p + r) };
  };
  const decision: Decision = { ...base.decision!, aloneBy: {}, secondWordsBy: {} };
  let best = score(decision);
  console.log(`start P ${pct(best.p)} R ${pct(best.r)} F1 ${pct(best.f1)}`);
  for (const category of categories) {
    for (const [key, values] of [['secondWordsBy', [0.1, 0.2, 0.3, 0.4, 0.5]], ['aloneBy', [0.35, 0.4, 0.5, 0.6, 0.7]]] as const) {
      for (const v of values) {
        const trial: Decision = { ...decision, [key]: { ...decision[key], [category]: v } };
        const s = score(trial);
        if (s.f1 > best.f1 + 1e-9) {
          best = s;
          decision[key] = trial[key];
        }
      }
    }
  }
  console.log(`per category P ${pct(best.p)} R ${pct(best.r)} F1 ${pct(best.f1)}\n${JSON.stringify(decision)}`);
}
