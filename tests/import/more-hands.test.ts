import { describe, expect, it } from 'vitest';
import { findAssets } from '../../src/import/extract/asset-mentions.js';
import { extractFacts } from '../../src/import/extract/extract-facts.js';
import { plainTextToMarkdown } from '../../src/import/input/plain-text.js';
import { reportText } from '../../src/import/input/report-document.js';
import { readCauseReferences } from '../../src/import/parse/cause-references.js';
import { contentTokens, normaliseTitleKey } from '../../src/import/parse/normalise.js';
import { parseReport } from '../../src/import/parse/parse-report.js';
import { readDateRange } from '../../src/import/parse/read-dates.js';
import { findTimes } from '../../src/import/parse/times.js';
import { lineOf, variantReport } from './variant-reports.js';

const dayFirst = { order: 'day-first' as const, period: { start: '2026-03-09', end: '2026-03-10' } };
const signOffsOf = (md: string) => parseReport(md).signOffs.map((s) => [s.kind, s.names.join(', ')]);
const partiesOf = (md: string) => parseReport(md).parties.map((p) => [p.name, p.title]);

describe('dates and times written by other hands', () => {
  it('reads day headings with a weekday, a hyphenated month or a bare day and month as the entries they open', () => {
    const md = variantReport({
      period: 'Date: 05-Mar-2026 to 06-Mar-2026',
      timeline: '**Thu 05-Mar-2026**\n\n- 07:55 — first calls\n- 08:20 — controller CPU at 100 %\n\n**Fri 06-Mar-2026**\n\n- 06:30 — controller upgraded',
    });
    const report = parseReport(md);
    expect(report.timeline.map((e) => [e.startDate, e.span.startLine])).toEqual([
      ['2026-03-05', lineOf(md, 'Thu 05-Mar')],
      ['2026-03-06', lineOf(md, 'Fri 06-Mar')],
    ]);
    expect(report.warnings.map((w) => w.code)).not.toContain('UNKNOWN_SECTION');
  });

  it('reads "Mon 9/3" day-first inside the report period, and "Mar. 14–15" as a range of two days', () => {
    expect(readDateRange('Mon 9/3', dayFirst)).toMatchObject({ ok: true, start: '2026-03-09', end: '2026-03-09', yearInferred: true });
    expect(readDateRange('Mar. 14–15', { ...dayFirst, period: { start: '2026-03-12', end: '2026-03-15' } })).toMatchObject({ ok: true, start: '2026-03-14', end: '2026-03-15' });
    expect(readDateRange('March 12–15, 2026', { order: 'day-first', period: null })).toMatchObject({ ok: true, start: '2026-03-12', end: '2026-03-15' });
  });

  it('takes "Date of incident:" and "Period under review:" as the period line', () => {
    const md = variantReport({ period: 'Date of incident: 09/03/2026 – 10/03/2026', timeline: '- 09/03/2026: first tickets at 08:45.' });
    expect(parseReport(md).period).toMatchObject({ start: '2026-03-09', end: '2026-03-10' });
    const review = variantReport({ period: 'Period under review: 9–11 April 2026', timeline: '- 9 April 2026: battery fault at 06:10.' });
    expect(parseReport(review).period).toMatchObject({ start: '2026-04-09', end: '2026-04-11' });
  });

  it('reads four digits leading a log line as a 24-hour time, but not a year', () => {
    expect(findTimes('0715   Priya sees 14 failed jobs.').map((t) => t.time)).toEqual(['07:15']);
    expect(findTimes('0715 – Priya sees 14 failed jobs.').map((t) => t.time)).toEqual(['07:15']);
    expect(findTimes('2026 March was a busy month.').map((t) => t.time)).toEqual([]);
    expect(findTimes('2026 was a busy year.').map((t) => t.time)).toEqual([]);
  });

  it('opens a prose entry on "The following day, 10 April," and keeps its times on that day', () => {
    const md = variantReport({
      period: 'Date: 9 Apr 2026 - 11 Apr 2026',
      timelineHeader: '## Timeline',
      timeline: 'On Thursday 9 April 2026, shortly after 6 a.m., the battery failed.\n\nThe following day, 10 April, the battery was replaced at 14.20 and the resync started at 19:00.',
    });
    const report = parseReport(md);
    expect(report.timeline.map((e) => e.startDate)).toEqual(['2026-04-09', '2026-04-10']);
    expect(report.timeline[1]?.paragraphs.flatMap((p) => p.times.map((t) => t.time))).toEqual(['14:20', '19:00']);
  });

  it('reads a "When" header over a table of dated rows as the timeline, not as the period', () => {
    const table = '| Date | Time | What happened |\n|------|------|---------------|\n| 16 May 2026 | 22:00 | Patch job starts. |\n| 17 May 2026 | 00:40 | Job stopped. |';
    const md = variantReport({ period: 'Date: 16 May 2026 – 18 May 2026', timelineHeader: '## When', timeline: table });
    const report = parseReport(md);
    expect(report.timeline.map((e) => e.startDate)).toEqual(['2026-05-16', '2026-05-17']);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'SECTION_GUESSED_FROM_CONTENT', line: lineOf(md, '## When') }));
  });
});

describe('parties and sign-offs written by other hands', () => {
  it('reads "Name: … | Role: …" as a ticket export lists people', () => {
    const md = variantReport({ parties: 'Name: Anson Tsang | Role: Network Architect\nName: Jia Jun | Role: Security Architect' });
    expect(partiesOf(md)).toEqual([
      ['Anson Tsang', 'Network Architect'],
      ['Jia Jun', 'Security Architect'],
    ]);
  });

  it('drops an aside in brackets after "Name – Title" instead of taking it for the name', () => {
    const md = variantReport({ parties: '- Ken Ma – Virtualisation Engineer (ran the patching)\n- Dicky Fung – CFO' });
    expect(partiesOf(md)).toEqual([
      ['Ken Ma', 'Virtualisation Engineer'],
      ['Dicky Fung', 'CFO'],
    ]);
  });

  it('reads people named with a title in brackets inside a sentence of the parties section, with a warning', () => {
    const md = variantReport({
      parties: 'This review was carried out with Ivan Cheung (Cloud and Infrastructure Administrator), who led the response, and Oscar Fung (Database Administrator).',
    });
    const report = parseReport(md);
    expect(report.parties.map((p) => [p.name, p.title])).toEqual([
      ['Ivan Cheung', 'Cloud and Infrastructure Administrator'],
      ['Oscar Fung', 'Database Administrator'],
    ]);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'PARTIES_FROM_PROSE', line: lineOf(md, 'This review') }));
  });

  it('reads several sign-offs on one line, a dash after the label and a dotted date after the name', () => {
    expect(signOffsOf(variantReport({ signOffs: 'Written by Ken Ma · Reviewed by Ivan Cheung · Signed off by Alex Liang' }))).toEqual([
      ['REPORT_BY', 'Ken Ma'],
      ['REVIEWED_BY', 'Ivan Cheung'],
      ['SIGNED_OFF_BY', 'Alex Liang'],
    ]);
    expect(signOffsOf(variantReport({ signOffs: 'Prepared — Leo Chan, 11/03/2026\nApproved — Alex Liang (Chairman, ERG), 12/03/2026' }))).toEqual([
      ['REPORT_BY', 'Leo Chan'],
      ['APPROVED_BY', 'Alex Liang'],
    ]);
    expect(signOffsOf(variantReport({ signOffs: 'Verified: Ivan Cheung      05.06.2026' }))).toEqual([['VERIFIED_BY', 'Ivan Cheung']]);
  });

  it('reads "Sign-off:" over the lines as their heading, not as an unread line', () => {
    const md = variantReport({ signOffs: 'Sign-off:\nPrepared by: Anson Tsang\nVerified by: Jia Jun' });
    const report = parseReport(md);
    expect(report.signOffs.map((s) => s.kind)).toEqual(['REPORT_BY', 'VERIFIED_BY']);
    expect(report.warnings.filter((w) => w.line === lineOf(md, 'Sign-off:'))).toEqual([]);
  });

  it('takes a signer written with an initial for the one listed party with that initial and surname', () => {
    const md = variantReport({ parties: '1. Priya Raman - Backup Administrator\n2. Jia Jun - Security Architect', signOffs: 'Report by: P. Raman\n\nVerified by: Jia Jun' });
    const facts = extractFacts(parseReport(md));
    expect(facts.signOffs.map((s) => s.partyName)).toEqual(['Priya Raman', 'Jia Jun']);
    expect(facts.warnings).toContainEqual(expect.objectContaining({ code: 'PARTY_ALIAS_MERGED' }));
  });
});

describe('causes and recommendations written by other hands', () => {
  it('reads "[RC 1, 3]" and "→ Why #1, #3" as pointers to causes and leaves them out of the text', () => {
    expect(readCauseReferences('Update every RADIUS client in the same change. [RC 1, 3]', 4)).toMatchObject({ text: 'Update every RADIUS client in the same change.', references: [{ numbers: [1, 3] }] });
    expect(readCauseReferences('Patch only while an engineer watches. → Why #1, #3', 4)).toMatchObject({ text: 'Patch only while an engineer watches.', references: [{ numbers: [1, 3] }] });
    // An unspaced label stays a label, matched against causes labelled so.
    expect(readCauseReferences('Fix it. (RC2)', 4).references[0]).toMatchObject({ labels: ['RC2'], numbers: [] });
  });

  it('skips the sentence introducing the causes, and drops roman numerals from recommendations', () => {
    const md = variantReport({
      causes: 'In our assessment two causes combined into a serious exposure:\n\n(a) The firmware upgrade reset the replication ports.\n\n(b) Storage alerts went to an unread mailbox.',
      recommendations: '(i) Check replication after every array change (cause a).\n\n(ii) Send storage alerts to the on-call rota (cause b).',
    });
    const facts = extractFacts(parseReport(md));
    expect(facts.causes.map((c) => c.text)).toEqual(['The firmware upgrade reset the replication ports.', 'Storage alerts went to an unread mailbox.']);
    expect(facts.recommendations.map((r) => [r.text, r.addressesCauseOrders])).toEqual([
      ['Check replication after every array change.', [1]],
      ['Send storage alerts to the on-call rota.', [2]],
    ]);
  });

  it('still reads "Against cause 1:" at the head of the recommendations as a group line', () => {
    const md = variantReport({
      causes: '1. The firmware upgrade stopped halfway.\n2. Nobody checked the versions.',
      recommendations: 'Against cause 1:\n\n- Finish every firmware change.\n\nAgainst cause 2:\n\n- Add a version check to the checklist.',
    });
    const facts = extractFacts(parseReport(md));
    expect(facts.recommendations.map((r) => r.addressesCauseOrders)).toEqual([[1], [2]]);
  });

  it('reads a "Fixes cause" column of a recommendations table as its links', () => {
    const table = '| # | Action | Fixes cause | Owner | Due |\n|---|---|---|---|---|\n| 1 | Vendor work is done only under a change request. | 1, 2 | Jia Jun | 31/03/2026 |\n| 2 | The sync alerts when cards do not match. | 3 | Samuel Lo | 15/04/2026 |';
    const md = variantReport({ causes: '1. Export format changed.\n2. No change request.\n3. The sync reported success.', recommendations: table });
    const facts = extractFacts(parseReport(md));
    expect(facts.recommendations.map((r) => [r.text, r.addressesCauseOrders])).toEqual([
      ['Vendor work is done only under a change request.', [1, 2]],
      ['The sync alerts when cards do not match.', [3]],
    ]);
  });

  it('reads printer codes that hold a floor as assets', () => {
    expect(findAssets('Carmen reproduces on MFP-3F-01 and MFP-5F-02.').map((a) => a.name)).toEqual(['MFP-3F-01', 'MFP-5F-02']);
  });
});

describe('HTML as a wiki exports it', () => {
  const html = (body: string) => Buffer.from(`<html><body><h1>Incident report: CRL expiry</h1><p>Date: 12 Mar 2026 - 13 Mar 2026</p>${body}</body></html>`);

  it('reads a definition list of people as party lines and one of days as dated entries with their events', async () => {
    const md = await reportText(
      html(
        '<h2>Related Parties</h2><dl><dt>Samuel Lo</dt><dd>Windows Systems Engineer</dd><dt>Grace Wong</dt><dd>Service Desk Supervisor</dd></dl>' +
          '<h2>Timeline</h2><dl><dt>Mar. 12</dt><dd>7:50 AM – Laptops fail.</dd><dd>10:40 AM – Working again.</dd><dt>Mar. 13</dt><dd>9:00 AM – Job moved.</dd></dl>' +
          '<h2>Incident Caused</h2><ol><li>The copy job failed.</li></ol><p>Report by: Samuel Lo</p>',
      ),
      'HTML',
    );
    const report = parseReport(md);
    expect(report.parties.map((p) => [p.name, p.title])).toEqual([
      ['Samuel Lo', 'Windows Systems Engineer'],
      ['Grace Wong', 'Service Desk Supervisor'],
    ]);
    expect(report.timeline.map((e) => [e.startDate, e.paragraphs.flatMap((p) => p.times.map((t) => t.time))])).toEqual([
      ['2026-03-12', ['07:50', '10:40']],
      ['2026-03-13', ['09:00']],
    ]);
  });

  it('keeps the columns of a recommendations table with Owner and Due', async () => {
    const md = await reportText(
      html(
        '<h2>Incident Caused</h2><ol><li>The heartbeat cable was moved.</li><li>The pair has one heartbeat link.</li></ol>' +
          '<h2>Follow up recommendation</h2><table><tr><th>#</th><th>Recommendation</th><th>Cause</th><th>Owner</th></tr>' +
          '<tr><td>1</td><td>Label the heartbeat cables.</td><td>1</td><td>Eddie Kwan</td></tr><tr><td>2</td><td>Add a second heartbeat link.</td><td>2</td><td>Anson Tsang</td></tr></table>',
      ),
      'HTML',
    );
    const facts = extractFacts(parseReport(md));
    expect(facts.recommendations.map((r) => [r.text, r.addressesCauseOrders])).toEqual([
      ['Label the heartbeat cables.', [1]],
      ['Add a second heartbeat link.', [2]],
    ]);
  });
});

describe('more layouts by other hands', () => {
  it('reads "**When:** Sep 16, 2025 – Sep 18, 2025" as the period, and "What went wrong" over dated lines as the timeline', () => {
    const md = [
      '# Incident report: Kerberos failures',
      '',
      '**People involved**',
      '',
      '- Victor Lam (Windows Server Engineer)',
      '',
      '**When:** Sep 16, 2025 – Sep 18, 2025',
      '',
      '**What went wrong**',
      '',
      '- Sep 16, 2025',
      '  - 7:50 am – first calls.',
      '- Sep 17, 2025',
      '  - 6:30 am – clock fixed.',
      '',
      '**Why it happened**',
      '',
      '- The clock had no second time source.',
      '',
      'Written by: Victor Lam',
    ].join('\n');
    const report = parseReport(md);
    expect(report.period).toMatchObject({ start: '2025-09-16', end: '2025-09-18' });
    expect(report.timeline.map((e) => e.startDate)).toEqual(['2025-09-16', '2025-09-17']);
    expect(extractFacts(report).causes.map((c) => c.text)).toEqual(['The clock had no second time source.']);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'SECTION_GUESSED_FROM_CONTENT', line: lineOf(md, 'What went wrong') }));
  });

  it('reads a signature block whose label has the line to sign on beside it, with the title and date under the name', () => {
    const md = variantReport({ signOffs: 'Prepared by:   ______________________\nKevin Li\nDC Support Engineer\nDate: 28/10/2025\n\nApproved by:   ______________________\nAlex Liang' });
    const report = parseReport(md);
    expect(report.signOffs.map((s) => [s.kind, s.names.join(', ')])).toEqual([
      ['REPORT_BY', 'Kevin Li'],
      ['APPROVED_BY', 'Alex Liang'],
    ]);
    expect(report.warnings.filter((w) => w.line !== null && w.line >= lineOf(md, 'Prepared by:')).map((w) => w.code)).toEqual([]);
  });

  it('reads "Prepared: A (date); Reviewed: B; Approved: C" as three sign-offs', () => {
    expect(signOffsOf(variantReport({ signOffs: 'Prepared: Anson Tsang (20 Jan 2026); Reviewed: Jia Jun; Approved: Alex Liang' }))).toEqual([
      ['REPORT_BY', 'Anson Tsang'],
      ['REVIEWED_BY', 'Jia Jun'],
      ['APPROVED_BY', 'Alex Liang'],
    ]);
  });

  it('reads "(Ref: b, c)", "→ fixes #2, #4" and "(→ 2, 3)" as pointers to causes', () => {
    expect(readCauseReferences('Run a load test. (Ref: b, c)', 1)).toMatchObject({ text: 'Run a load test.', references: [{ numbers: [2, 3] }] });
    expect(readCauseReferences('Alert on clock offset. → fixes #2, #4', 1)).toMatchObject({ text: 'Alert on clock offset.', references: [{ numbers: [2, 4] }] });
    expect(readCauseReferences('Order a third path (→ 2, 3)', 1)).toMatchObject({ text: 'Order a third path', references: [{ numbers: [2, 3] }] });
    expect(readCauseReferences('Keep the kit ready (2 weeks)', 1).references).toEqual([]);
  });

  it('reads asset codes with a building part and a number part: ASW-TB2-01', () => {
    expect(findAssets('ASW-TB2-01 and ASW-TB3-01 lost power.').map((a) => a.name)).toEqual(['ASW-TB2-01', 'ASW-TB3-01']);
  });

  it('reads a party list separated by semicolons that runs over its line breaks', () => {
    const md = variantReport({ parties: 'Nick Hung – E&O Manager; Kevin Li – DC\nSupport Engineer; Alex Liang – Chairman of Emergency Response\nGroup.' });
    expect(partiesOf(md)).toEqual([
      ['Nick Hung', 'E&O Manager'],
      ['Kevin Li', 'DC Support Engineer'],
      ['Alex Liang', 'Chairman of Emergency Response Group'],
    ]);
  });

  it('takes a plain-text line at the margin over indented lines as their heading', () => {
    const md = plainTextToMarkdown('Web pool marked down\n\nDates: 14 Jan 2026 - 15 Jan 2026\n\nInvolved\n    Network Architect: Anson Tsang\n    E&O Manager: Nick Hung\n');
    expect(md.split('\n')[4]).toBe('## Involved');
    expect(parseReport(md).parties.map((p) => [p.name, p.title])).toEqual([
      ['Anson Tsang', 'Network Architect'],
      ['Nick Hung', 'E&O Manager'],
    ]);
  });

  it('reads a dotted time after a date or leading a log line before a dash', () => {
    expect(findTimes('Restore started (last good backup 2 Mar, 22.00).').map((t) => t.time)).toEqual(['22:00']);
    expect(findTimes('9.30 - Oscar Fung moves the job.').map((t) => t.time)).toEqual(['09:30']);
    expect(findTimes('Version 4.10 - Released').map((t) => t.time)).toEqual([]);
  });
});

describe('questionnaires, e-mails and decorated headings', () => {
  it('reads a report written as "Q: … ?" and "A: …" with the questions as its sections', () => {
    const text = [
      'Payroll batch overrun',
      '',
      'Period covered: 29/04/26 - 01/05/26',
      '',
      'Q: Who was involved?',
      'A: Oscar Fung, Database Administrator',
      '',
      'Q: What happened, and when?',
      'A:',
      '29/04/26',
      '- 18:00 The batch started.',
      '- 21:30 Step 4 still running.',
      '',
      'Q: Why did it happen?',
      'A: The statistics job had been failing since March.',
      '',
      'Q: What will we do about it?',
      'A: Fix the statistics job. (fixes 1)',
      '',
      'Prepared by: Oscar Fung',
    ].join('\n');
    const report = parseReport(text);
    expect(report.period).toMatchObject({ start: '2026-04-29', end: '2026-05-01' });
    expect(report.parties.map((p) => p.name)).toEqual(['Oscar Fung']);
    expect(report.timeline[0]?.paragraphs.flatMap((p) => p.times.map((t) => t.time))).toEqual(['18:00', '21:30']);
    const facts = extractFacts(report);
    expect(facts.causes.map((c) => c.text)).toEqual(['The statistics job had been failing since March.']);
    expect(facts.recommendations.map((r) => [r.text, r.addressesCauseOrders])).toEqual([['Fix the statistics job.', [1]]]);
  });

  it('reads a report ending like an e-mail: "Regards," over the name and title is the writer signing', () => {
    expect(signOffsOf(variantReport({ signOffs: 'Regards,\nAnson Tsang\nNetwork Architect\n\nApproved: Alex Liang' }))).toEqual([
      ['REPORT_BY', 'Anson Tsang'],
      ['APPROVED_BY', 'Alex Liang'],
    ]);
  });

  it('reads "Reviewed and accepted by …", "Approved (Name, Title) on …", "Name / Title / Date" and a closing "— Name"', () => {
    expect(signOffsOf(variantReport({ signOffs: 'Reviewed and accepted by Nick Huang, E&O Manager, 20 March 2026\n\n— Kevin Li' }))).toEqual([
      ['REVIEWED_BY', 'Nick Huang'],
      ['REPORT_BY', 'Kevin Li'],
    ]);
    expect(signOffsOf(variantReport({ signOffs: 'Approved (Alex Liang, Chairman of ERG) on 16 Jan 2026' }))).toEqual([['APPROVED_BY', 'Alex Liang']]);
    expect(signOffsOf(variantReport({ signOffs: 'Prepared — Ryan Mok / Platform Engineer / 21 Sep 2026' }))).toEqual([['REPORT_BY', 'Ryan Mok']]);
  });

  it('reads pictographs before headings and labels, a one-letter slip in a short heading, and "3rd June \'26"', () => {
    const md = ['# 🔐 Cluster certificates expired', '', '📅 **Dates:** 17–18 Sep 2026', '', '## 👥 WHO', '', '- **Ryan Mok** — Platform Engineer', '', '## 🕐 TIMLINE', '', "### 17th Sep '26", '', '- 09:02 — deploys fail.', '', '## Causes', '', '- The certificates expired.'].join('\n');
    const report = parseReport(md);
    expect(report.period).toMatchObject({ start: '2026-09-17', end: '2026-09-18' });
    expect(report.parties.map((p) => [p.name, p.title])).toEqual([['Ryan Mok', 'Platform Engineer']]);
    expect(report.timeline.map((e) => e.startDate)).toEqual(['2026-09-17']);
    expect(readDateRange("3rd June '26", { order: 'day-first', period: null })).toMatchObject({ ok: true, start: '2026-06-03' });
    expect(readDateRange('Wednesday the 3rd of June', { order: 'day-first', period: { start: '2026-06-01', end: '2026-06-05' } })).toMatchObject({ ok: true, start: '2026-06-03' });
  });

  it('takes "Name (Title) - what they did" and "Name — Title — Team" apart', () => {
    expect(partiesOf(variantReport({ parties: '- Anson Tsang (Network Architect) - troubleshooting and the fix\n- Ivan Cheung — Cloud and Infrastructure Administrator — Cloud & Infra' }))).toEqual([
      ['Anson Tsang', 'Network Architect'],
      ['Ivan Cheung', 'Cloud and Infrastructure Administrator'],
    ]);
  });

  it('reads "Owner:" and "Causes: 1, 3" written under a recommendation as its owner and links', async () => {
    const html = '<h1>Incident report: push prompts lost</h1><p>Date: 3 Jun 2026 - 4 Jun 2026</p><h2>Timeline</h2><ul><li>3 Jun 2026: prompts stop at 08:45.</li></ul>' +
      '<h2>Root causes</h2><ol><li>The allow-list was rewritten.</li><li>Nobody read the notices.</li><li>No alert on failed pushes.</li></ol>' +
      '<h2>Actions</h2><ol><li>Test sign-in after every proxy change.<br>Owner: Jia Jun<br>Causes: 1, 3</li></ol><p>Prepared by: Carmen Lau</p>';
    const facts = extractFacts(parseReport(await reportText(Buffer.from(html), 'HTML')));
    expect(facts.recommendations.map((r) => [r.text, r.addressesCauseOrders])).toEqual([['Test sign-in after every proxy change.', [1, 3]]]);
  });

  it('skips a label over part of the causes ("Things that made it worse:")', () => {
    const md = variantReport({ causes: '- The router ran out of memory.\n\nThings that made it worse:\n\n- The second link was never cabled.' });
    expect(extractFacts(parseReport(md)).causes.map((c) => c.text)).toEqual(['The router ran out of memory.', 'The second link was never cabled.']);
  });

  it('reads a zero-padded role part and a one-letter unit in codes: K8S-PRD-CP01, K8S-PRD-W04', () => {
    expect(findAssets('Control plane K8S-PRD-CP01 and worker K8S-PRD-W04.').map((a) => a.name)).toEqual(['K8S-PRD-CP01', 'K8S-PRD-W04']);
  });
});

describe('what ordinary colleagues add', () => {
  it('reads bare numbers in brackets after the full stop as pointers, and "[Root cause: b]" and "(This addresses cause 1.)"', () => {
    expect(readCauseReferences('Use a version check, not string match. (1, 2)', 1)).toMatchObject({ text: 'Use a version check, not string match.', references: [{ numbers: [1, 2] }] });
    expect(readCauseReferences('Keep two spare disks in the store. [Root cause: c]', 1)).toMatchObject({ text: 'Keep two spare disks in the store.', references: [{ numbers: [3] }] });
    expect(readCauseReferences('Write a standard access list. (This addresses causes 1 and 3.)', 1)).toMatchObject({ text: 'Write a standard access list.', references: [{ numbers: [1, 3] }] });
    // A number inside the sentence is part of it.
    expect(readCauseReferences('Keep spares for the core switches (2) on site', 1).references).toEqual([]);
  });

  it('drops task and outline numbers and an @mention owner from a recommendation', () => {
    const md = variantReport({
      causes: '1. Logging was off.\n2. Storage was too small.',
      recommendations: 'TASK0031877 - Enable verbose logging for every migration. [cause 1]\nTASK0031878 - Size the archive storage with 30% headroom. [cause 2]\n\n6.3 Review the storage plan - @Carmen Lau - due 31 Jul 2026',
    });
    const facts = extractFacts(parseReport(md));
    expect(facts.recommendations.map((r) => [r.text, r.addressesCauseOrders])).toEqual([
      ['Enable verbose logging for every migration.', [1]],
      ['Size the archive storage with 30% headroom.', [2]],
      ['Review the storage plan', expect.any(Array)],
    ]);
  });

  it('splits causes written a), b), c) on their own lines without blank lines between them', () => {
    const md = variantReport({ causes: 'a) Two disks of the array failed.\nb) The disk alarm went to a leaver.\nc) No spare disk was kept.' });
    expect(extractFacts(parseReport(md)).causes.map((c) => c.text)).toEqual(['Two disks of the array failed.', 'The disk alarm went to a leaver.', 'No spare disk was kept.']);
  });

  it('drops a courtesy title from a name and reads a shortened title word as the same title', () => {
    expect(partiesOf(variantReport({ parties: 'Ms. Sandy Yip, Audio-Visual Technician\nMr. Anson Tsang, Network Architect' }))).toEqual([
      ['Sandy Yip', 'Audio-Visual Technician'],
      ['Anson Tsang', 'Network Architect'],
    ]);
    expect(normaliseTitleKey('Network Eng.')).toBe(normaliseTitleKey('Network Engineer'));
    expect(normaliseTitleKey('CFO')).toBe(normaliseTitleKey('Chief Finance Officer'));
  });

  it('compares "email" and "mail" as one word when a recommendation is matched to its cause', () => {
    expect([...contentTokens('Send backup alerts to the on-call channel instead of email.')]).toContain('mail');
    expect([...contentTokens('Backup failure alerts went to a mail relay.')]).toContain('mail');
  });
});
