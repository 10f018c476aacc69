import { beforeAll, describe, expect, it } from 'vitest';
import { HOLDOUT_CORPUS, readCorpus } from '../../src/classification/corpus.js';
import { evaluate } from '../../src/classification/evaluate.js';
import { loadCauseClassifier } from '../../src/classification/load.js';
import type { CauseClassifier } from '../../src/classification/types.js';

let classifier: CauseClassifier;
beforeAll(async () => {
  classifier = await loadCauseClassifier();
});

describe('reading cause categories from words in any order and form', () => {
  it.each([
    ['the failover promoted a primary without a quorum, which allowed a split brain', 'DATA_REPLICATION'],
    ['unannounced maintenance by the provider on the only interconnect link', 'THIRD_PARTY'],
    ['not enough free memory to fail over all VMs of one host', 'CAPACITY'],
    ['two disks of the RAID 5 array died within two days', 'HARDWARE_FAILURE'],
    ['restore drills were never carried out', 'PROCESS'],
    ['nobody watched the backups', 'MONITORING_GAP'],
  ] as const)('reads "%s" as %s', (text, category) => {
    expect(classifier.classify(text).categories).toContain(category);
  });

  it('gives each category its confidence and the words that produced it', () => {
    const result = classifier.classify('Two disks of the RAID 5 array died within two days.');
    const hardware = result.evidence.find((e) => e.category === 'HARDWARE_FAILURE');
    expect(hardware?.source).toBe('WORDS');
    expect(hardware?.evidence).toMatch(/disk/);
    expect(hardware?.evidence).toMatch(/died/);
    expect(hardware!.confidence).toBeGreaterThan(0.5);
    expect(hardware!.confidence).toBeLessThanOrEqual(1);
  });

  it('does not read a negated failure as a failure', () => {
    expect(classifier.classify('The disks did not fail during the test.').categories).not.toContain('HARDWARE_FAILURE');
  });

  it('reads a negated watch as a monitoring gap', () => {
    expect(classifier.classify('The replication state was not monitored by anyone.').categories).toContain('MONITORING_GAP');
  });
});

describe('recovery sentences are not causes', () => {
  it.each([
    'Replication was confirmed in sync.',
    'The service resumed at 10:00.',
    'All nodes were confirmed healthy after the reboot.',
  ])('"%s" has no category and is marked a resolution', (text) => {
    const result = classifier.classify(text);
    expect(result.resolution).toBe(true);
    expect(result.categories).toEqual([]);
  });

  it('still reads a failed restore as a cause, not a recovery', () => {
    const result = classifier.classify('The team tried to restore the nightly dump and found that every dump was 0 bytes.');
    expect(result.resolution).toBe(false);
    expect(result.categories).toContain('BACKUP');
  });
});

describe('unsure readings go to review', () => {
  it('flags a sentence with no category rather than leaving it silently uncategorised', () => {
    const result = classifier.classify('The meeting room was booked for Tuesday.');
    expect(result.categories).toEqual([]);
    expect(result.needsReview).toBe(true);
    expect(result.reviewReason).toBe('no category found');
  });
});

describe('learned cues', () => {
  it('consults an analyst-taught cue before the synonym sets', async () => {
    const taught = await loadCauseClassifier([{ phrase: 'licence dongle expired', categories: ['THIRD_PARTY'] }]);
    const result = taught.classify('The licence dongle of the scheduler expired overnight.');
    expect(result.categories[0]).toBe('THIRD_PARTY');
    expect(result.evidence[0]?.source).toBe('LEARNED');
    expect(classifier.classify('The licence dongle of the scheduler expired overnight.').categories).not.toContain('THIRD_PARTY');
  });
});

describe('the labelled corpus', () => {
  const corpus = readCorpus();

  it('holds at least 300 sentences with a held-back test split', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(300);
    const test = corpus.filter((s) => s.split === 'test');
    expect(test.length).toBeGreaterThan(40);
    expect(test.length).toBeLessThan(corpus.length / 3);
  });

  it('keeps an independent held-out set of at least 80 sentences that shares none with the corpus', () => {
    const holdout = readCorpus(HOLDOUT_CORPUS);
    expect(holdout.length).toBeGreaterThanOrEqual(80);
    const seen = new Set(corpus.map((s) => s.text.toLowerCase()));
    expect(holdout.filter((s) => seen.has(s.text.toLowerCase()))).toEqual([]);
  });

  it('leaves no test sentence that has a cause without a category unless it is flagged for review', () => {
    const result = evaluate(classifier, corpus.filter((s) => s.split === 'test'));
    expect(result.silentlyUncategorised).toBe(0);
  });
});
