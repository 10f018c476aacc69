import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/import/extract-facts.js';
import { parseReport, ReportParseError } from '../../src/import/parse-report.js';
import { readReport, REPORTS } from './reports.js';

const originals = Object.values(REPORTS).map(readReport);

const hostile = fc.constantFrom(
  "'; DROP TABLE incidents; --",
  '1 OR 1=1',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '**Related Parties:**',
  '**Incident Caused:**',
  '- 31 Feb 2025',
  '- 29 Feb 2024',
  'Date: 13 Aug 2024 - 1 Aug 2024',
  '3.',
  '3. - Title',
  'Report by: ',
  'Verified by: ,,,',
  '- 13 Aug 2024 & ',
  '> > > > >',
  '[link](javascript:alert(1))',
  '\u202e\u2066',
  '\u0000',
  'VMS-010/011/012 on VMS-0000000000001',
  '𝕄𝔸𝕊𝕋𝔼ℝ-０１ 曾國和 – Ｅngineer',
  'x'.repeat(10_000),
);

const injected = fc.oneof(hostile, fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }));

type Edit =
  | { op: 'delete'; at: number }
  | { op: 'duplicate'; at: number }
  | { op: 'swap'; at: number; with: number }
  | { op: 'inject'; at: number; text: string }
  | { op: 'append'; at: number; text: string }
  | { op: 'truncate'; at: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ op: fc.constant('swap' as const), at: fc.nat(), with: fc.nat() }),
  fc.record({ op: fc.constant('inject' as const), at: fc.nat(), text: injected }),
  fc.record({ op: fc.constant('append' as const), at: fc.nat(), text: injected }),
  fc.record({ op: fc.constant('truncate' as const), at: fc.nat() }),
);

function apply(markdown: string, edits: Edit[]): string {
  let lines = markdown.split('\n');
  for (const e of edits) {
    if (lines.length === 0) lines = [''];
    const i = e.at % lines.length;
    const line = lines[i] ?? '';
    switch (e.op) {
      case 'delete':
        lines.splice(i, 1);
        break;
      case 'duplicate':
        lines.splice(i, 0, line);
        break;
      case 'swap': {
        const j = e.with % lines.length;
        lines[i] = lines[j] ?? '';
        lines[j] = line;
        break;
      }
      case 'inject':
        lines.splice(i, 0, e.text);
        break;
      case 'append':
        lines[i] = `${line} ${e.text}`;
        break;
      case 'truncate': {
        const text = lines.join('\n');
        lines = text.slice(0, e.at % (text.length + 1)).split('\n');
        break;
      }
    }
  }
  return lines.join('\n');
}

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
