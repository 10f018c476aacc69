import { describe, expect, it } from 'vitest';
import { chipText, linesOf, reviewLines, type Fact } from '../../src/explorer/browser/import/review-model.js';

const fact = (kind: Fact['kind'], label: string, startLine: number, endLine: number, more: Partial<Fact> = {}): Fact => ({
  kind, label, startLine, endLine, detail: null, rule: 'test', categories: [], addressesCauses: [], number: null, position: null, needsReview: false, reviewReason: null, ...more,
});

const report = ['# Incident report for X', '', '**Causes:**', '- The change had no rollback.', '- The pair was down.', 'Stray text', '**Recommendations:**', '- Review changes.'].join('\n');
const facts = [
  fact('INCIDENT', 'title', 1, 1),
  fact('CAUSE', 'root cause 1', 4, 4, { number: 1, categories: ['CHANGE_MANAGEMENT'] }),
  fact('CAUSE', 'contributing cause 2', 5, 5, { number: 2, categories: ['REDUNDANCY', 'SPARE_SHORTAGE'] }),
  fact('RECOMMENDATION', 'recommendation 1', 8, 8, { number: 1, addressesCauses: [1] }),
];

describe('the Import view reading a dry run line by line', () => {
  it('marks each line read, unread (with why) or blank, from the spans of the facts', () => {
    const lines = reviewLines(report, facts);
    expect(lines.map((l) => l.state)).toEqual(['read', 'blank', 'unread', 'read', 'read', 'unread', 'unread', 'read']);
    expect(lines[2]!.reason).toBe('a section heading: it places the lines below it, no fact of its own');
    expect(lines[5]!.reason).toBe('no fact was read from this line');
    expect(lines[3]!.facts.map((f) => f.label)).toEqual(['root cause 1']);
  });

  it('puts a fact spanning several lines on each of them, its chip on the first', () => {
    const entry = fact('ENTRY', 'entry 1', 4, 6, { number: 1 });
    const lines = reviewLines(report, [entry]);
    expect(lines.slice(3, 6).map((l) => l.state)).toEqual(['read', 'read', 'read']);
    expect(lines.map((l) => l.starting.length)).toEqual([0, 0, 0, 1, 0, 0, 0, 0]);
  });

  it('takes the API’s own unread list, with its reasons, where it gives one', () => {
    const lines = reviewLines(report, facts, [], [], [{ line: 6, reason: 'not part of the template' }]);
    expect(lines.filter((l) => l.state === 'unread').map((l) => [l.number, l.reason])).toEqual([[6, 'not part of the template']]);
  });

  it('places problems and warnings on their lines', () => {
    const lines = reviewLines(report, [], [{ code: 'UNKNOWN_SECTION', message: 'skipped', line: 7, candidates: [] }], [{ line: 3, code: 'MISSING_SECTION', message: 'Section "Timeline" is missing' }]);
    expect(lines[2]!.problems.map((p) => p.code)).toEqual(['MISSING_SECTION']);
    expect(lines[6]!.warnings.map((w) => w.code)).toEqual(['UNKNOWN_SECTION']);
  });

  it('leads from a recommendation to the lines of the causes it addresses', () => {
    expect(linesOf(facts[3]!, facts)).toEqual({ own: [8], related: [4] });
    expect(linesOf(facts[1]!, facts)).toEqual({ own: [4], related: [] });
  });

  it('labels chips with their kind and what they read, in words', () => {
    expect(chipText(facts[2]!)).toBe('cause · contributing cause 2 · redundancy, spare shortage');
    expect(chipText(facts[3]!)).toBe('recommendation · 1 · → cause 1');
    expect(chipText(fact('ASSET', 'VMS-010', 3, 3))).toBe('asset · VMS-010');
  });
});
