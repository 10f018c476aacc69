import { causeCategory } from '../db/schema/enums.js';
import { readCorpus } from '../src/classification/corpus.js';
import type { TrainingChoice } from '../src/classification/cross-validate.js';
import { crossValidate } from '../src/classification/cross-validate.js';
import type { Token } from '../src/classification/types.js';
import { winkTokeniser } from '../src/classification/wink-tokeniser.js';
import type { CauseCategory } from '../src/import/fact-types.js';

/**
 * Chooses the model's settings by 5-fold cross-validation on the train split
 * only (the test split and the independent held-out set are never read here).
 * Prints micro and worst-category figures per setting; `--mistakes` lists the
 * cross-validation misses of the first setting.
 */
const wink = winkTokeniser();
const cache = new Map<string, Token[]>();
const tokenise = (text: string) => {
  let t = cache.get(text);
  if (!t) cache.set(text, (t = wink(text)));
  return t;
};
const train = readCorpus().filter((s) => s.split === 'train');
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
