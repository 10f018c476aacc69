import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/import/extract/extract-facts.js';
import { parseReport, ReportParseError } from '../../src/import/parse/parse-report.js';
import { applyEdits as apply, reportEdit as edit } from '../support/mangled-reports.js';
import { readReport, REPORTS } from './reports.js';

const originals = Object.values(REPORTS).map(readReport);

/** Succeeds, or fails with a ReportParseError that names real problems; never any other exception. */
function importOutcome(markdown: string): 'imported' | 'rejected' {
  try {
    extractFacts(parseReport(markdown));
    return 'imported';
  } catch (error) {
    expect(error).toBeInstanceOf(ReportParseError);
    const problems = (error as ReportParseError).problems;
    expect(problems.length).toBeGreaterThan(0);
    // UNREADABLE is the safety net for internal failures; a mangled report should be explained, not caught.
    expect(problems.map((p) => p.code)).not.toContain('UNREADABLE');
    for (const p of problems) expect(p.message).not.toBe('');
    return 'rejected';
  }
}

describe('importing mangled reports', () => {
  it('either imports or rejects with ReportParseError, for random line edits and injected strings', () => {
    const outcomes = { imported: 0, rejected: 0 };
    fc.assert(
      fc.property(fc.constantFrom(...originals), fc.array(edit, { minLength: 1, maxLength: 6 }), (original, edits) => {
        outcomes[importOutcome(apply(original, edits))] += 1;
      }),
      { numRuns: 400 },
    );
    // Both branches must actually be exercised for the property to mean anything.
    expect(outcomes.imported).toBeGreaterThan(0);
    expect(outcomes.rejected).toBeGreaterThan(0);
  });

  it('never throws anything but ReportParseError for arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        importOutcome(text);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps SQL-looking, HTML and unicode strings verbatim as timeline text', () => {
    const plain = fc.constantFrom(
      "'; DROP TABLE incidents; --",
      '1 OR 1=1',
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '𝕄𝔸𝕊𝕋𝔼ℝ-０１ 曾國和 – Ｅngineer',
      'Ünïcödé “quotes” — dashes',
    );
    fc.assert(
      fc.property(fc.constantFrom(...originals), plain, (original, text) => {
        const markdown = original.replace(/(\n- \d{1,2} \w{3} \d{4}\n\n)/, `$1Note: ${text}\n\n`);
        const report = parseReport(markdown);
        expect(report.timeline[0]?.paragraphs[0]?.text).toBe(`Note: ${text}`);
        expect(() => extractFacts(report)).not.toThrow();
      }),
      { numRuns: 40 },
    );
  });
});
