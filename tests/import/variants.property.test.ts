import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/import/extract/extract-facts.js';
import { readReportFile } from '../../src/import/input/read-report-file.js';
import { parseReport, ReportParseError } from '../../src/import/parse/parse-report.js';
import { applyEdits as apply, reportEdit as edit } from '../support/mangled-reports.js';

const folder = new URL('../fixtures/variants/', import.meta.url).pathname;
const files = ['v01-san-controller-failover.md', 'v04-nightly-backup-gap.md', 'v05-vpn-concentrator-license.txt', 'v06-wiki-load-balancer.html', 'v07-storage-migration-rollback.docx', 'v09-payment-api-timeouts.md', 'v11-hr-portal-sso.md', 'v14-firewall-rule-cleanup.md'];
let texts: string[] = [];

beforeAll(async () => {
  texts = await Promise.all(files.map(async (f) => (await readReportFile(`${folder}${f}`)).text));
});

/** Reads the report whole, or refuses it with real problems; never any other exception, never a fact with no line. */
function outcome(markdown: string): 'imported' | 'rejected' {
  try {
    const report = parseReport(markdown);
    const facts = extractFacts(report);
    const lines = markdown.split(/\r\n|\r|\n/).length;
    for (const fact of [...facts.events, ...facts.causes, ...facts.recommendations, ...facts.signOffs]) {
      expect(fact.span.startLine).toBeGreaterThanOrEqual(1);
      expect(fact.span.endLine).toBeLessThanOrEqual(lines);
    }
    for (const u of report.unread) expect(u.reason).not.toBe('');
    return 'imported';
  } catch (error) {
    expect(error).toBeInstanceOf(ReportParseError);
    const problems = (error as ReportParseError).problems;
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.map((p) => p.code)).not.toContain('UNREADABLE');
    return 'rejected';
  }
}

describe('importing mangled variant reports (Markdown, plain text, HTML and Word)', () => {
  it('either reads the whole report, every fact on a real line, or refuses it with its problems', () => {
    const counts = { imported: 0, rejected: 0 };
    fc.assert(
      fc.property(fc.nat({ max: files.length - 1 }), fc.array(edit, { minLength: 1, maxLength: 4 }), (index, edits) => {
        counts[outcome(apply(texts[index] ?? '', edits))] += 1;
      }),
      { numRuns: 200 },
    );
    expect(counts.imported).toBeGreaterThan(0);
    expect(counts.rejected).toBeGreaterThan(0);
  });
});
