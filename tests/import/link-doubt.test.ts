import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/import/parse/parse-report.js';
import { extractFacts } from '../../src/import/extract/extract-facts.js';
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

describe('a recommendation that asks for two things, or ties between causes', () => {
  it('links a second cause that a part of the recommendation clearly singles out', async () => {
    const md = variantReport({
      causes: '- The update server approved the patch for the mail relays automatically.\n- Both mail relays rebooted in the same window.\n- Nobody read the release notes that listed the known issue.',
      recommendations: '- Remove the mail relays from automatic patch approval on the update server, after reading the release notes.',
    });
    const facts = extractFacts(parseReport(md), await loadCauseClassifier([]));
    expect(facts.recommendations[0]?.addressesCauseOrders).toEqual([1, 3]);
    expect(facts.recommendations[0]?.rule).toMatch(/part "after reading the release notes\.":cause 3/);
  });

  it('keeps one link and warns when a part points at another cause only weakly', async () => {
    const md = variantReport({
      causes: '- The update server approved the patch for the mail relays automatically.\n- The relays have no test copy.',
      recommendations: '- Remove the mail relays from automatic patch approval on the update server, and keep a test copy.',
    });
    const facts = extractFacts(parseReport(md), await loadCauseClassifier([]));
    expect(facts.recommendations[0]?.addressesCauseOrders).toEqual([1]);
    const warning = facts.warnings.find((w) => w.code === 'RECOMMENDATION_LINK_UNSURE' && w.span?.startLine === lineOf(md, 'keep a test copy'));
    expect(warning?.message).toMatch(/its part "keep a test copy\." points at cause 2/);
  });

  it('breaks a tie by the rarer shared words and still warns on the line', () => {
    const md = variantReport({
      causes: '- The HR update changed the export layout without telling finance or the bank.\n- The export was never tested against the bank checker after an update.',
      recommendations: '- List every export layout change in the notes of each HR update.\n- Test the export against the bank checker after each update.\n- Keep finance and the bank checker informed of every update.',
    });
    const facts = extractFacts(parseReport(md));
    expect(facts.recommendations[2]?.addressesCauseOrders).toEqual([1]);
    const warning = facts.warnings.find((w) => w.span?.startLine === lineOf(md, 'Keep finance'));
    expect(warning).toMatchObject({ code: 'RECOMMENDATION_LINK_UNSURE' });
    expect(warning?.message).toMatch(/cause 2 scores the same/);
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
