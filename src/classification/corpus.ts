import { readFileSync } from 'node:fs';
import type { CauseCategory } from '../import/extract/fact-types.js';

export interface LabelledSentence {
  text: string;
  categories: CauseCategory[];
  split: 'train' | 'test';
}

/** One sentence in five goes to the test split, chosen by a hash of its text so the split never depends on file order. */
function splitOf(text: string): 'train' | 'test' {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h % 5 === 0 ? 'test' : 'train';
}

/** The independent held-out set: other authors' wording, never trained or tuned on; every sentence is scored. */
export const HOLDOUT_CORPUS = new URL('./corpus/cause-sentences-holdout.tsv', import.meta.url);

/** Sentences written after the test split was fixed: all of them train, so the test split never changes under new training data. */
export const TRAIN_ONLY_CORPUS = new URL('./corpus/cause-sentences-train.tsv', import.meta.url);

export function readCorpus(path = new URL('./corpus/cause-sentences.tsv', import.meta.url)): LabelledSentence[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => {
      const [labels = '', text = ''] = line.split('\t');
      const categories = labels === 'NONE' ? [] : (labels.split(',') as CauseCategory[]);
      return { text: text.trim(), categories, split: splitOf(text.trim()) };
    });
}

/** What the model is trained and cross-validated on: the corpus's train split and every train-only sentence. */
export function readTrainingSentences(): LabelledSentence[] {
  const train = readCorpus().filter((s) => s.split === 'train');
  const extra = readCorpus(TRAIN_ONLY_CORPUS).map((s) => ({ ...s, split: 'train' as const }));
  return [...train, ...extra];
}
