import { describe, expect, it } from 'vitest';
import type { Gold } from '../../bench/import-eval/gold.js';
import { scoreReport } from '../../bench/import-eval/score.js';
import type { StoredFacts } from '../../bench/import-eval/stored.js';

const gold: Gold = {
  parties: [{ name: 'Anson Tsang', title: 'Network Architect' }],
  assets: ['VMS-010'],
  entries: [{ start: '2024-08-13', end: '2024-08-13' }],
  times: [{ date: '2024-08-13', time: '21:40' }],
  causes: ['The relay disk filled up.'],
  recommendations: [{ text: 'Monitor the relay disk.', causes: [1] }],
  signOffs: [{ kind: 'REVIEWED_BY', name: 'Anson Tsang' }],
};

function stored(overrides: Partial<StoredFacts>): StoredFacts {
  return {
    parties: [{ names: ['Anson Tsang'], title: 'Network Architect', lines: [5] }],
    assets: [{ names: ['VMS-010', 'VMS10'], lines: [9] }],
    entries: [{ start: '2024-08-13', end: '2024-08-13', lines: [9, 10] }],
    times: [{ date: '2024-08-13', time: '21:40', lines: [9, 10] }],
    causes: [{ text: 'The relay disk filled up', lines: [14] }],
    recommendations: [{ text: 'Monitor the relay disk.', causeTexts: ['The relay disk filled up.'], inferred: false, lines: [18] }],
    signOffs: [{ kind: 'REVIEWED_BY', names: ['Anson Tsang'], lines: [20] }],
    warningLines: [],
    ...overrides,
  };
}

describe('the import evaluation', () => {
  it('counts a stored fact that matches the gold as correct, by alias and ignoring a final full stop', () => {
    const scores = scoreReport(gold, stored({ assets: [{ names: ['VMS-010', 'VMS10'], lines: [9] }] }));
    for (const s of Object.values(scores)) expect(s).toMatchObject({ correct: 1, silentlyWrong: 0 });
  });

  it('counts a wrong fact as silently wrong unless a warning sits on one of its lines', () => {
    const wrongTime = { times: [{ date: '2024-08-13', time: '09:40', lines: [9, 10] }] };
    expect(scoreReport(gold, stored(wrongTime)).times).toMatchObject({ correct: 0, silentlyWrong: 1, missed: ['2024-08-13 21:40'] });
    expect(scoreReport(gold, stored({ ...wrongTime, warningLines: [10] })).times).toMatchObject({ correct: 0, silentlyWrong: 0 });
  });

  it('counts a recommendation linked to the wrong cause as wrong', () => {
    const scores = scoreReport(gold, stored({ recommendations: [{ text: 'Monitor the relay disk.', causeTexts: [], inferred: false, lines: [18] }] }));
    expect(scores.recommendations).toMatchObject({ correct: 0, silentlyWrong: 1 });
  });

  it('counts a recommendation with the right text and wrong links marked inferred as wrong but flagged, not silent', () => {
    const twoCauses: Gold = { ...gold, causes: ['The relay disk filled up.', 'Nobody watched the queue.'] };
    const linkedElsewhere = { text: 'Monitor the relay disk.', causeTexts: ['Nobody watched the queue.'], lines: [18] };
    const inferred = scoreReport(twoCauses, stored({ recommendations: [{ ...linkedElsewhere, inferred: true }] })).recommendations;
    expect(inferred).toMatchObject({ correct: 0, silentlyWrong: 0, wrong: ['Monitor the relay disk. -> causes 2 (links marked inferred)'] });
    const stated = scoreReport(twoCauses, stored({ recommendations: [{ ...linkedElsewhere, inferred: false }] })).recommendations;
    expect(stated).toMatchObject({ correct: 0, silentlyWrong: 1 });
    // A wrong text is not excused by its links being inferred.
    const wrongText = scoreReport(twoCauses, stored({ recommendations: [{ ...linkedElsewhere, text: 'Monitor the relay.', inferred: true }] })).recommendations;
    expect(wrongText).toMatchObject({ silentlyWrong: 1 });
  });

  it('counts a party with the name and title swapped as wrong', () => {
    const scores = scoreReport(gold, stored({ parties: [{ names: ['Network Architect'], title: 'Anson Tsang', lines: [5] }] }));
    expect(scores.parties).toMatchObject({ correct: 0, silentlyWrong: 1 });
  });
});
