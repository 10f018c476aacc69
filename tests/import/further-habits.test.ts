import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/import/extract/extract-facts.js';
import { plainTextToMarkdown } from '../../src/import/input/plain-text.js';
import { readPartyLine } from '../../src/import/parse/party-line.js';
import { parseReport } from '../../src/import/parse/parse-report.js';
import { readDateRange } from '../../src/import/parse/read-dates.js';
import { findTimes } from '../../src/import/parse/times.js';
import { lineOf, variantReport } from './variant-reports.js';

// The opening of a word processor's plain-text report: title, one party, period and a one-entry timeline.
const PLAIN_TEXT_HEAD = [
  'Relay queue stall', '', 'Related Parties:', 'Anson Tsang - Network Architect', '', 'Date: 13 Aug 2024', '',
  'Incident Description:', '13 Aug 2024', 'The relay stopped at 23:00.', '',
];
const twoCauses = '- The relay disk filled up with debug logs.\n- Nobody watched the relay queue length.';
const recommendationsOf = (md: string) =>
  parseReport(md).recommendations.map((r) => [r.text, (r.causeReferences ?? []).flatMap((ref) => [...ref.numbers, ...ref.labels])]);

describe('cause tags other authors write', () => {
  it('reads a letter in brackets after an arrow, "-> (a)", and leaves it out of the text', () => {
    const md = variantReport({ causes: twoCauses, recommendations: '- Turn debug logging off after each fix. -> (a)\n- Alert on the queue length. -> (b)' });
    expect(recommendationsOf(md)).toEqual([
      ['Turn debug logging off after each fix.', [1]],
      ['Alert on the queue length.', [2]],
    ]);
  });

  it('reads a pointer sentence after the full stop, "Addresses C1, C2", naming labelled causes', () => {
    const md = variantReport({
      causes: '**C1** The relay disk filled up with debug logs.\n\n**C2** Nobody watched the relay queue length.',
      recommendations: '1. Rotate the relay logs daily. *Addresses C1, C2*\n2. Alert on the queue length. *Addresses C2*',
    });
    const report = parseReport(md);
    expect(report.causes.map((c) => [c.label, c.text])).toEqual([
      ['C1', 'The relay disk filled up with debug logs.'],
      ['C2', 'Nobody watched the relay queue length.'],
    ]);
    expect(recommendationsOf(md)).toEqual([
      ['Rotate the relay logs daily.', ['C1', 'C2']],
      ['Alert on the queue length.', ['C2']],
    ]);
  });

  it('does not take "See 2 below" after the full stop as a pointer: bare numbers there need a cause word', () => {
    const md = variantReport({ causes: twoCauses, recommendations: '- Rotate the relay logs daily. See 2 below' });
    expect(parseReport(md).recommendations[0]?.text).toBe('Rotate the relay logs daily. See 2 below');
  });

  it('reads "(1+2)" and "(3)" at the end as causes when most items of the section end so', () => {
    const md = variantReport({
      causes: `${twoCauses}\n- The relay had no standby.`,
      recommendations: '- Rotate the relay logs daily (1+2)\n- Add a standby relay (3)\n- Write the relay runbook',
    });
    expect(recommendationsOf(md)).toEqual([
      ['Rotate the relay logs daily', [1, 2]],
      ['Add a standby relay', [3]],
      ['Write the relay runbook', []],
    ]);
  });

  it('keeps a single "(2)" at the end as text when the section does not tag its items so', () => {
    const md = variantReport({ causes: twoCauses, recommendations: '- Keep two spare disks (2)\n- Alert on the queue length.\n- Write the relay runbook.' });
    expect(recommendationsOf(md)[0]).toEqual(['Keep two spare disks (2)', []]);
  });
});

describe('lines around the sign-offs', () => {
  it('reads "Author:" as the report\'s writer', () => {
    const md = variantReport({ signOffs: 'Author: Anson Tsang, 12 Mar 2026\n\nReviewed by: Jia Jun' });
    expect(parseReport(md).signOffs.map((s) => [s.kind, s.names.join(', ')])).toEqual([
      ['REPORT_BY', 'Anson Tsang'],
      ['REVIEWED_BY', 'Jia Jun'],
    ]);
  });

  it('lists a "cc:" line as unread with its reason, never as a recommendation, party or sign-off', () => {
    const md = variantReport({ signOffs: 'Report by: Anson Tsang\n\nApproved by: Jia Jun\n\ncc: Dicky Fung, Florence Yeung' });
    const report = parseReport(md);
    expect(report.recommendations.map((r) => r.text)).toEqual(['Monitor the relay disk.']);
    expect(report.signOffs.flatMap((s) => s.names)).toEqual(['Anson Tsang', 'Jia Jun']);
    expect(report.unread).toContainEqual(expect.objectContaining({ line: lineOf(md, 'cc:'), reason: expect.stringContaining('distribution list') }));
  });
});

describe('parties and codes other authors write', () => {
  it('drops a one-word aside after the title, "(contractor)", instead of taking it as the title', () => {
    expect(readPartyLine('Patrick Chow - Mobile Device Management Specialist (contractor)', new Set())).toMatchObject({
      name: 'Patrick Chow',
      title: 'Mobile Device Management Specialist',
    });
    expect(readPartyLine('Anson Tsang (Network Architect)', new Set())).toMatchObject({ name: 'Anson Tsang', title: 'Network Architect' });
  });

  it('reads "HRWEB01" beside "HR-WEB-02" as the code HR-WEB-01, but not a lone dash-less code of unknown letters', () => {
    const md = variantReport({ timeline: '- 13 Aug 2024\n\nHRWEB01 and HR-WEB-02 were slow at 09:10.\n\nQRZ01 was fine.' });
    const assets = extractFacts(parseReport(md)).assets;
    expect(assets.map((a) => a.name)).toEqual(expect.arrayContaining(['HR-WEB-01', 'HR-WEB-02']));
    expect(assets.find((a) => a.name === 'HR-WEB-01')?.aliases).toContain('HRWEB01');
    expect(assets.map((a) => a.name)).not.toContain('QRZ01');
  });
});

describe('dot times and weekdays', () => {
  it('reads a dot time after "for", "until" or "Closed" when the text already writes dot times plainly', () => {
    expect(findTimes('Elaine called at 9.40 about a booking for 10.30.').map((t) => t.time)).toEqual(['09:40', '10:30']);
    expect(findTimes('08.45 found the password expired. The resync took until 15.50. Closed 16.30.').map((t) => t.time)).toEqual(['08:45', '15:50', '16:30']);
  });

  it('does not read "until 15.50" or "upgraded to 2.10" as times in a text that writes no dot time plainly', () => {
    expect(findTimes('The resync ran until 15.50 on the counter.').map((t) => t.time)).toEqual([]);
    expect(findTimes('At 09:00 the agent was upgraded to 2.10.').map((t) => t.time)).toEqual(['09:00']);
  });

  it('dates a time followed by a weekday, "since 01.00 on Sunday", on that day before the entry', () => {
    const md = variantReport({
      period: 'Date: 19/01/2026 - 20/01/2026',
      timeline: '- **Mon 19 Jan 2026** – At 9.40 I saw nothing had synced since 01.00 on Sunday. Fixed at 11.20.',
    });
    const times = parseReport(md).timeline.flatMap((e) => e.paragraphs.flatMap((p) => p.times.map((t) => [t.date, t.time])));
    expect(times).toEqual([
      ['2026-01-19', '09:40'],
      ['2026-01-18', '01:00'],
      ['2026-01-19', '11:20'],
    ]);
  });
});

describe('lists and labels of a fourth kind', () => {
  it('reads roman-numbered causes in plain text as separate items, and "-> ii" / "-> i, ii" as their numbers', () => {
    const txt = [
      ...PLAIN_TEXT_HEAD,
      'Root causes:', '(i) The relay disk filled up with debug logs.', '(ii) Nobody watched the relay queue length.', '',
      'Follow up recommendation:', '- Rotate the relay debug logs. -> i', '- Alert on the queue length. -> i, ii', '',
      'Report by: Anson Tsang',
    ].join('\r\n');
    const report = parseReport(plainTextToMarkdown(txt));
    expect(report.causes.map((c) => c.text)).toEqual(['The relay disk filled up with debug logs.', 'Nobody watched the relay queue length.']);
    expect(report.recommendations.map((r) => [r.text, r.causeReferences?.flatMap((ref) => ref.numbers)])).toEqual([
      ['Rotate the relay debug logs.', [1]],
      ['Alert on the queue length.', [1, 2]],
    ]);
  });

  it('drops "A.", "Cause 1.", "ROOT CAUSE 2:" and "R1." before an item as place marks, without splitting the item', () => {
    const md = variantReport({
      causes: 'A. The relay disk filled up. It had no rotation.\n\n**Cause 2.** Nobody watched the queue.\n\nROOT CAUSE 3: The relay had no standby.',
      recommendations: '- R1. Rotate the relay logs daily.',
    });
    const report = parseReport(md);
    expect(report.causes.map((c) => c.text)).toEqual(['The relay disk filled up.', 'It had no rotation.', 'Nobody watched the queue.', 'The relay had no standby.']);
    expect(report.recommendations[0]?.text).toBe('Rotate the relay logs daily.');
  });

  it('reads a closing "; this addresses the second cause." and "(addresses the third and fourth causes)" and leaves them out of the text', () => {
    const md = variantReport({
      causes: '1. Disk full.\n2. No queue alert.\n3. No standby relay.\n4. No runbook.',
      recommendations: '- Rotate the relay logs; this addresses the first cause.\n- Buy a standby relay and write its runbook (addresses the third and fourth causes).\n- Alert on the queue, which covers the second cause.',
    });
    expect(recommendationsOf(md)).toEqual([
      ['Rotate the relay logs.', [1]],
      ['Buy a standby relay and write its runbook.', [3, 4]],
      ['Alert on the queue, which covers the second cause.', [2]],
    ]);
  });

  it('reads a root cause section and a contributing factors section as one list, and "(RC, CF1)" as the root cause and the first factor', () => {
    const md = variantReport({
      causesHeader: '**Root cause (RC)**',
      causes: 'The relay disk filled up with debug logs.\n\n**Contributing factors**\n\n- CF1 – Nobody watched the relay queue length.\n- CF2 – The relay had no standby.',
      recommendations: '1. Rotate the relay logs and alert on the queue. (RC, CF1)\n2. Buy a standby relay. (CF2)\n3. Review all relays once a year.',
    });
    const facts = extractFacts(parseReport(md));
    expect(facts.causes.map((c) => c.text)).toEqual([
      'The relay disk filled up with debug logs.', 'Nobody watched the relay queue length.', 'The relay had no standby.',
    ]);
    expect(facts.recommendations.map((r) => r.addressesCauseOrders)).toEqual([[1, 2], [3], []]);
  });

  it('leaves unlinked a recommendation with "–" in the cause column when the others name their causes', () => {
    const md = variantReport({
      causes: 'A. The relay disk filled up with debug logs.\n\nB. Nobody watched the relay queue length.',
      recommendations: '| # | Action | Owner | Fixes |\n|---|---|---|---|\n| 1 | Rotate the relay debug logs | Anson Tsang | A |\n| 2 | Alert on the relay queue length | Jia Jun | B |\n| 3 | Watch the relay debug logs and queue length during every change | Jia Jun | – |',
    });
    const facts = extractFacts(parseReport(md));
    expect(facts.recommendations.map((r) => r.addressesCauseOrders)).toEqual([[1], [2], []]);
  });
});

describe('dates, times and codes of a fourth kind', () => {
  it('opens an entry on a heading of two days, "Monday 13th & Tuesday 14th July", and dates "on Tuesday from 10:00" on the Tuesday', () => {
    const md = variantReport({
      period: 'Date: 11/07/2026 – 14/07/2026',
      timelineHeader: '### Chronology',
      timeline: '**Saturday 11th July**\n\nCRAC-02 tripped at 02:50.\n\n### Monday 13th & Tuesday 14th July\n\nThe hosts returned on Monday at 1800hrs. The motor was fitted on Tuesday from 10:00 to 11:30.',
    });
    const report = parseReport(md);
    expect(report.timeline.map((e) => [e.startDate, e.endDate])).toEqual([['2026-07-11', '2026-07-11'], ['2026-07-13', '2026-07-14']]);
    expect(report.timeline[1]?.paragraphs.flatMap((p) => p.times.map((t) => [t.date, t.time]))).toEqual([
      ['2026-07-13', '18:00'], ['2026-07-14', '10:00'], ['2026-07-14', '11:30'],
    ]);
  });

  it('keeps the day when "next afternoon" tells of a plan, and moves it when "The next morning" starts the telling', () => {
    const md = variantReport({
      period: 'Date: 4 May 2026 - 6 May 2026',
      timeline: '- 5 May 2026\n\nThe vendor confirmed the fault at 7:50 am, ETA next afternoon. Users complained from 8:30 am.\n\nThe next morning the part came at 9:15 am.',
    });
    const times = parseReport(md).timeline.flatMap((e) => e.paragraphs.flatMap((p) => p.times.map((t) => [t.date, t.time])));
    expect(times).toEqual([['2026-05-05', '07:50'], ['2026-05-05', '08:30'], ['2026-05-06', '09:15']]);
  });

  it('reads "approx 23.00" and "~13:00" leading a one-line entry', () => {
    expect(findTimes('Oscar got the alarm at approx 23.00 and phoned me.').map((t) => t.time)).toEqual(['23:00']);
    const md = variantReport({ period: 'Date: 8 Sep 2026', timeline: '2026-09-08 9.45 – Vendor case opened.\n\n2026-09-08 ~13:00 Licence put on WLC-02.' });
    expect(parseReport(md).timeline.map((e) => e.paragraphs.flatMap((p) => p.times.map((t) => t.time)))).toEqual([['09:45'], ['13:00']]);
  });

  it('reads a series of codes of unknown letters, "VMH-11, VMH-12, VMH14", and lettered feeds after a site part, "UPS-DC1-A"', () => {
    const md = variantReport({ timeline: '- 13 Aug 2024\n\nVMH-11, VMH-12 and VMH14 slowed at 09:10. UPS-DC1-A and PDU-R12-B dropped. ABC-12 was fine.' });
    const names = extractFacts(parseReport(md)).assets.map((a) => a.name);
    expect(names).toEqual(expect.arrayContaining(['VMH-11', 'VMH-12', 'VMH-14', 'UPS-DC1-A', 'PDU-R12-B']));
    expect(names).not.toContain('ABC-12');
    expect(names).not.toContain('PDU-R12');
  });

  it('reads "Sign-off: Name (author) / Name (review) / Name (approval), date" as three sign-offs', () => {
    const md = variantReport({ signOffs: 'Sign-off: Anson Tsang (author) / Jia Jun (review) / Alex Liang (approval), 27.08.2026' });
    expect(parseReport(md).signOffs.map((s) => [s.kind, s.names.join(', ')])).toEqual([
      ['REPORT_BY', 'Anson Tsang'], ['REVIEWED_BY', 'Jia Jun'], ['APPROVED_BY', 'Alex Liang'],
    ]);
  });

  it('reads "Equipment involved" as the related information, not the parties', () => {
    const md = variantReport({ extra: '### Equipment involved\n\nCRAC-01 and CRAC-04 cool the hall.' });
    const facts = extractFacts(parseReport(md));
    expect(facts.assets.map((a) => a.name)).toEqual(expect.arrayContaining(['CRAC-01', 'CRAC-04']));
  });
});

describe('ticket exports, minutes, e-mails and wiki pages', () => {
  it('reads "(re #1)", "(ref RC2)", "(Cause No. 3)" and "(Ref. 4.1 & 4.2)" as causes, and drops a task box and a tracker key', () => {
    const md = variantReport({
      causes: '4.1 The relay disk filled up.\n\n4.2 Nobody watched the queue.\n\n4.3 The relay had no standby.',
      recommendations: [
        '- [x] Rotate the relay logs (re #1)',
        '- [ ] Alert on the queue. (Ref. 4.1 & 4.2) OPS-412',
        '- Buy a standby relay. (Cause No. 3)',
      ].join('\n'),
    });
    const facts = extractFacts(parseReport(md));
    expect(facts.recommendations.map((r) => [r.text, r.addressesCauseOrders])).toEqual([
      ['Rotate the relay logs', [1]],
      ['Alert on the queue.', [1, 2]],
      ['Buy a standby relay.', [3]],
    ]);
  });

  it('splits plain-text actions led by "PA1" and ending "(ref RC2)" into items', () => {
    const txt = [
      ...PLAIN_TEXT_HEAD,
      'Root causes:', 'RC1  The relay disk filled up.', 'RC2  Nobody watched the queue.', '',
      'Follow up recommendation:', 'PA1  Rotate the relay logs.  (ref RC1)', 'PA2  Alert on the queue length.  (ref RC2)', '',
      'Report by: Anson Tsang',
    ].join('\n');
    const facts = extractFacts(parseReport(plainTextToMarkdown(txt)));
    expect(facts.recommendations.map((r) => [r.text, r.addressesCauseOrders])).toEqual([
      ['Rotate the relay logs.', [1]],
      ['Alert on the queue length.', [2]],
    ]);
  });

  it('reads sign-offs as commits, e-mails, ticket exports and minutes write them', () => {
    const md = variantReport({
      signOffs: [
        'Reported-by: Anson Tsang <anson.tsang@example.com>',
        'RCA reviewed : Jia Jun          02-Mar-2026',
        'Problem mgr approval : Alex Liang   03-Mar-2026',
        'Noted by: Ms. Joyce Chan (Admin & Facilities Manager)   14/8/2026',
        "OK'd by Nick Huang (E&O Manager), 13/3",
      ].join('\n\n'),
    });
    expect(parseReport(md).signOffs.map((s) => [s.kind, s.names.join(', ')])).toEqual([
      ['REPORT_BY', 'Anson Tsang'], ['REVIEWED_BY', 'Jia Jun'], ['APPROVED_BY', 'Alex Liang'], ['REVIEWED_BY', 'Joyce Chan'], ['APPROVED_BY', 'Nick Huang'],
    ]);
  });

  it('takes the signer from the Name column of a Role / Name / Status / Date table', () => {
    const md = variantReport({ signOffs: '| Role | Name | Status | Date |\n|---|---|---|---|\n| Author | Anson Tsang | — | 17 Apr 2026 |\n| Reviewer | Jia Jun | APPROVED | 17 Apr 2026 |\n| Approver | Alex Liang | APPROVED | 20 Apr 2026 |' });
    expect(parseReport(md).signOffs.map((s) => [s.kind, s.names.join(', ')])).toEqual([
      ['REPORT_BY', 'Anson Tsang'], ['REVIEWED_BY', 'Jia Jun'], ['APPROVED_BY', 'Alex Liang'],
    ]);
  });

  it('does not take "Hyper Group IT" under "Regards," for a person', () => {
    const md = variantReport({ signOffs: 'Regards,\nAnson Tsang\nNetwork Architect, Hyper Group IT' });
    expect(parseReport(md).signOffs.flatMap((s) => s.names)).toEqual(['Anson Tsang']);
  });

  it('reads "NG Kelvin" as Kelvin Ng (with a warning), keeps "WONG Mei Ling" in its order, and matches the signature to the party', () => {
    const md = variantReport({ parties: '1. NG Kelvin - Senior Network Engineer\n2. WONG Mei Ling - Office Manager', signOffs: 'Prepared by: NG Kelvin' });
    const facts = extractFacts(parseReport(md));
    expect(facts.parties.filter((p) => p.roles.includes('LISTED')).map((p) => p.name)).toEqual(['Kelvin Ng', 'Wong Mei Ling']);
    expect(facts.signOffs.map((s) => s.partyName)).toEqual(['Kelvin Ng']);
    expect(facts.warnings.map((w) => w.code)).toContain('PARTY_NAME_REORDERED');
  });

  it('reads people grouped under team bullets, and leaves an "Apologies:" line out of the parties', () => {
    const grouped = variantReport({ parties: '- **Network**\n  - Anson Tsang – Network Architect\n- **Security**\n  - Jia Jun – Security Architect' });
    expect(parseReport(grouped).parties.map((p) => [p.name, p.title])).toEqual([['Anson Tsang', 'Network Architect'], ['Jia Jun', 'Security Architect']]);
    const minutes = variantReport({ parties: 'Anson Tsang, Network Architect\nJia Jun, Security Architect\n**Apologies:** Nick Huang' });
    expect(parseReport(minutes).parties.map((p) => p.name)).toEqual(['Anson Tsang', 'Jia Jun']);
  });

  it('splits a paragraph of "On <day>, …" lines into one entry per day', () => {
    const md = variantReport({
      period: 'Date: 7/8/2026 to 11/8/2026',
      timeline: 'On Friday 7th August 2026, at about 6.45 p.m., updates were installed.\nOn Saturday 8th August, at 11 a.m., a guard logged a failure.\nOn Monday 10th August 2026 from 8.30 a.m. staff could not badge in.',
    });
    expect(parseReport(md).timeline.map((e) => [e.startDate, e.paragraphs.flatMap((p) => p.times.map((t) => t.time))])).toEqual([
      ['2026-08-07', ['18:45']], ['2026-08-08', ['11:00']], ['2026-08-10', ['08:30']],
    ]);
  });

  it('opens an entry on an outline-numbered day heading, "3.1 Tuesday, 16 June 2026", with its "1432H" times', () => {
    const md = variantReport({ period: 'Date: 16th to 19th June 2026', timeline: '**3.1 Tuesday, 16 June 2026**\n\n1432H – Both uplinks down.\n\napprox. 1500H – Carrier confirms the cut.' });
    const report = parseReport(md);
    expect(report.timeline.map((e) => [e.startDate, e.paragraphs.flatMap((p) => p.times.map((t) => t.time))])).toEqual([['2026-06-16', ['14:32', '15:00']]]);
  });

  it('leaves a plain-text "ATTACHMENTS:" list unread instead of reading it as recommendations', () => {
    const txt = [
      ...PLAIN_TEXT_HEAD,
      'Root causes:', '(1) The relay disk filled up.', '',
      'RECOMMENDATIONS:', '(1) Rotate the relay logs. (Cause No. 1)', '',
      'ATTACHMENTS:', '1. Relay log export, 13/8/2024', '',
      'Report by: Anson Tsang',
    ].join('\n');
    const report = parseReport(plainTextToMarkdown(txt));
    expect(report.recommendations.map((r) => r.text)).toEqual(['Rotate the relay logs.']);
    expect(report.unread.map((u) => u.text)).toEqual(expect.arrayContaining(['1. Relay log export, 13/8/2024']));
  });
});

describe('references and entries of a sixth kind', () => {
  it('reads "(causes one and four)", "(RC#1 RC#3)", "[1][4]" and "→ Issue 3" as the causes they name', () => {
    const md = variantReport({
      causes: 'Issue 1: Disk full.\n\nIssue 2: No queue alert.\n\nIssue 3: No standby relay.\n\nIssue 4: No runbook.',
      recommendations: [
        '- Rotate the logs and write a runbook (causes one and four).',
        '- Alert on the queue and the disk. (RC#1 RC#2)',
        '- Review the relay sizing. [1][4]',
        '- Buy a standby relay → Issue 3',
      ].join('\n'),
    });
    const report = parseReport(md);
    expect(report.causes.map((c) => c.text)).toEqual(['Disk full.', 'No queue alert.', 'No standby relay.', 'No runbook.']);
    expect(extractFacts(report).recommendations.map((r) => [r.text, r.addressesCauseOrders])).toEqual([
      ['Rotate the logs and write a runbook.', [1, 4]],
      ['Alert on the queue and the disk.', [1, 2]],
      ['Review the relay sizing.', [1, 4]],
      ['Buy a standby relay', [3]],
    ]);
  });

  it('reads "- 2 Nov (Mon) 0850 – text" as an entry on 2 November with its time, never as a date in the year 850', () => {
    const md = variantReport({ period: 'Incident period: 2 – 4 Nov 2026', timeline: '- 2 Nov (Mon) 0850 – first calls to the service desk.\n- 3 Nov (Tue) 1120 – uplink found shut.' });
    expect(parseReport(md).timeline.map((e) => [e.startDate, e.paragraphs.flatMap((p) => p.times.map((t) => t.time))])).toEqual([
      ['2026-11-02', ['08:50']], ['2026-11-03', ['11:20']],
    ]);
  });

  it('leaves the part someone played at a meeting out of the title: "(Network Architect, chair)"', () => {
    expect(readPartyLine('Anson Tsang (Network Architect, chair)', new Set())).toMatchObject({ name: 'Anson Tsang', title: 'Network Architect' });
    expect(readPartyLine('Natalie Wong, Service Desk Team Lead, minutes', new Set())).toMatchObject({ name: 'Natalie Wong', title: 'Service Desk Team Lead' });
  });
});

describe('e-mails and chat exports', () => {
  it('reads "Incident period: 21–23 Sep 2026" inside a sentence, over an e-mail\'s "Date:" header, and "Mon 21.09 —" day lines', () => {
    const md = [
      'Subject: RE: file shares down', 'Date: Fri, 25 Sep 2026 18:05 +0800', '',
      'Hi all, the write-up for the outage. Incident period: 21–23 Sep 2026.', '',
      '**Related Parties:**', '', '1. Kevin Li - DC Support Engineer', '',
      '**Incident Description:**', '', 'Mon 21.09 — the shelf went dark at 4:41 pm.', '', 'Tue 22.09 — shares back at 7:30 pm.', '',
      '**Incident Caused:**', '', '- The shelf ran on one power supply.', '',
      'Report by: Kevin Li',
    ].join('\n');
    const report = parseReport(md);
    expect(report.period).toMatchObject({ start: '2026-09-21', end: '2026-09-23' });
    expect(report.timeline.map((e) => [e.startDate, e.paragraphs.flatMap((p) => p.times.map((t) => t.time))])).toEqual([
      ['2026-09-21', ['16:41']], ['2026-09-22', ['19:30']],
    ]);
    expect(report.warnings.map((w) => w.code)).toContain('DUPLICATE_PERIOD');
  });

  it('reads a day drawn with box lines, "── Sat 14 Mar 2026 ──", as that day, and never "21.09" alone as a date', () => {
    expect(readDateRange('── Sat 14 Mar 2026 ──', { order: 'day-first', period: null })).toMatchObject({ ok: true, start: '2026-03-14' });
    expect(readDateRange('21.09', { order: 'day-first', period: { start: '2026-09-21', end: '2026-09-23' } })).toMatchObject({ ok: false });
  });
});
