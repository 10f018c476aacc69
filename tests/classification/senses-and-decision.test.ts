import { describe, expect, it } from 'vitest';
import { createCauseClassifier } from '../../src/classification/classifier.js';
import { conceptFeatures } from '../../src/classification/concepts.js';
import { HOLDOUT_CORPUS, readCorpus, readTrainingSentences, TRAIN_ONLY_CORPUS } from '../../src/classification/corpus.js';
import { compileCue, matchCue } from '../../src/classification/lexicon.js';
import type { Decision, LinearModel } from '../../src/classification/linear-model.js';
import { readSenses } from '../../src/classification/senses.js';
import { winkTokeniser } from '../../src/classification/wink-tokeniser.js';

// The real tokeniser (wink's English model): these layers work on its lemmas and negation scope.
const tokenise = winkTokeniser();
const lemmas = (text: string) => readSenses(tokenise(text)).map((t) => t.lemma);

describe('word senses', () => {
  it('reads a backup link, unit or generator as a redundant one, not a copy of data', () => {
    expect(lemmas('the interconnect had no backup link')).toContain('redundant');
    expect(lemmas('the backup generator did not start')).toContain('redundant');
    expect(lemmas('the backup job failed')).toContain('backup');
  });

  it('reads "without notice" as unannounced and "core dumped" as a crash', () => {
    expect(lemmas('the provider rebooted the servers without notice')).toContain('unannounced');
    expect(readSenses(tokenise('rebooted without notice')).find((t) => t.lemma === 'unannounced')?.negated).toBe(false);
    expect(lemmas('segmentation fault (core dumped)')).toContain('coredump');
    expect(lemmas('the dumps were empty')).toContain('dump');
  });
});

describe('word classes as model features', () => {
  it('gives a part that breaks its classes and their pair, whatever the words', () => {
    const f = conceptFeatures(tokenise('the psu popped'));
    expect(f).toEqual(expect.arrayContaining(['@part', '@break', '@break+@part']));
    expect(conceptFeatures(tokenise('a dimm went bad'))).toContain('@break+@part');
  });

  it('marks a negated class apart and pairs only what is not negated', () => {
    const f = conceptFeatures(tokenise('the alarm on the failing disk was ignored'));
    expect(f).toEqual(expect.arrayContaining(['@watch', '@part+@watch']));
    const negated = conceptFeatures(tokenise('the disk failed and no alert was sent'));
    expect(negated).toContain('not@watch');
    expect(negated).not.toContain('@part+@watch');
  });
});

describe('per-category thresholds for a further category', () => {
  // Synonym sets match HARDWARE_FAILURE ("disks died") and BACKUP ("backups ... lost"); the model gives BACKUP p ≈ 0.27.
  const model = (secondWordsBy?: Decision['secondWordsBy']): LinearModel => ({
    kind: 'logistic',
    trainedOn: 2,
    categories: {
      HARDWARE_FAILURE: { bias: 2, weights: {} },
      BACKUP: { bias: -1, weights: {} },
    },
    decision: { alone: 0.5, secondWords: 0.2, floor: 0.2, ...(secondWordsBy ? { secondWordsBy } : {}) },
  });
  const text = 'two disks died and the backups on them were lost';

  it('keeps a further synonym category the model supports above the shared threshold', () => {
    expect(createCauseClassifier(tokenise, model()).classify(text).categories).toEqual(['HARDWARE_FAILURE', 'BACKUP']);
  });

  it("drops it when that category's own threshold is higher", () => {
    expect(createCauseClassifier(tokenise, model({ BACKUP: 0.4 })).classify(text).categories).toEqual(['HARDWARE_FAILURE']);
  });
});

describe('negation per alternative in a cue slot', () => {
  const cue = compileCue('SPARE_SHORTAGE', 'spare|spares ~available|empty|used');
  const matches = (text: string) => matchCue(cue, readSenses(tokenise(text))) !== null;

  it('matches a negated alternative only inside a negation and a plain one only outside', () => {
    expect(matches('the spares were not available')).toBe(true);
    expect(matches('the only spare had been used')).toBe(true);
    expect(matches('a spare was available on site')).toBe(false);
    expect(matches('the spare had not been used')).toBe(false);
  });
});

describe('the train-only sentences', () => {
  it('share none with the test split or the independent held-out set, and are all trained on', () => {
    const extra = readCorpus(TRAIN_ONLY_CORPUS).map((s) => s.text.toLowerCase());
    expect(extra.length).toBeGreaterThan(100);
    const scored = new Set([...readCorpus().filter((s) => s.split === 'test'), ...readCorpus(HOLDOUT_CORPUS)].map((s) => s.text.toLowerCase()));
    expect(extra.filter((t) => scored.has(t))).toEqual([]);
    const training = new Set(readTrainingSentences().map((s) => s.text.toLowerCase()));
    expect(extra.filter((t) => !training.has(t))).toEqual([]);
  });
});
