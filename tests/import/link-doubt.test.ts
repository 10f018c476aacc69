import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/import/parse-report.js';
import { extractFacts } from '../../src/import/extract-facts.js';
import { loadCauseClassifier } from '../../src/classification/load.js';
import { htmlToMarkdown } from '../../src/import/input/html.js';
import { lineOf, variantReport } from './variant-reports.js';

describe('a recommendation link the scores leave in doubt is kept and warned about', () => {
  it('warns when the classifier\'s categories and the words point at different causes', async () => {
    const md = variantReport({
      causes: '- The backup share on BKP-NAS-02 filled up and the backup job failed every night.\n- Backup failure alerts went to a mail relay that no longer existed.',
      recommendations: '- Send backup alerts to the on-call channel instead of email.',
    });
    const facts = extractFacts(parseReport(md), await loadCauseClassifier([]));
    const rec = facts.recommendations[0];
    expect(rec?.addressesCauseOrders).toHaveLength(1);
    expect(rec?.linkDoubt).not.toBeNull();
    const line = lineOf(md, 'Send backup alerts');
    const warning = facts.warnings.find((w) => w.code === 'RECOMMENDATION_LINK_UNSURE' && w.span?.startLine === line);
    expect(warning?.message).toMatch(/linked to cause \d, but/);
  });

  it('does not warn about a link the words and categories agree on', () => {
    const md = variantReport({
      causes: '- The relay disk filled up.\n- The mail relay certificate expired.',
      recommendations: '- Monitor the relay disk and alert at 80% full.',
    });
    const facts = extractFacts(parseReport(md));
    expect(facts.recommendations[0]?.addressesCauseOrders).toEqual([1]);
    expect(facts.recommendations[0]?.linkDoubt).toBeNull();
    expect(facts.warnings.filter((w) => w.code === 'RECOMMENDATION_LINK_UNSURE')).toEqual([]);
  });
});

describe('lines as converted documents write them', () => {
  it('reads an HTML <br> as the end of a line, so two sign-offs in one paragraph stay two', () => {
    const md = htmlToMarkdown('<p>Report by: Anson Tsang<br>Verified by: Jia Jun</p>');
    const report = parseReport(variantReport({ signOffs: md }));
    expect(report.signOffs.map((s) => [s.kind, s.names])).toEqual([['REPORT_BY', ['Anson Tsang']], ['VERIFIED_BY', ['Jia Jun']]]);
  });

  it('keeps a bullet led by a clock time and a capitalised word, with no separator, in its date\'s entry', () => {
    const md = variantReport({ timeline: '**13 Aug 2024**\n\n- 09:10 Anson Tsang saw the queue grow.\n- 09:40 The relay disk was found full.' });
    const report = parseReport(md);
    expect(report.timeline.map((e) => [e.startDate, e.paragraphs.length])).toEqual([['2024-08-13', 2]]);
    expect(report.timeline.flatMap((e) => e.paragraphs.flatMap((p) => p.times.map((t) => t.time)))).toEqual(['09:10', '09:40']);
  });
});
