import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/import/extract/extract-facts.js';
import { parseReport } from '../../src/import/parse/parse-report.js';
import { readReport, REPORTS } from './reports.js';
import { lineOf, variantFixture, variantReport } from './variant-reports.js';

describe('section names as authors vary them', () => {
  it.each([
    ['Timeline:', 'a plain line ending in a colon'],
    ['### Sequence of events', 'a level-3 heading'],
    ['**Chronology**', 'a bold line without a colon'],
    ['## Incident Description', 'a level-2 heading'],
  ])('reads "%s" (%s) as the timeline', (header) => {
    const report = parseReport(variantReport({ timelineHeader: header }));
    expect(report.timeline.map((e) => e.startDate)).toEqual(['2024-08-13']);
  });

  it('reads Root Cause(s), Contributing factors, Action items and Lessons learned / actions', () => {
    for (const [causesHeader, recommendationsHeader] of [['### Root Cause(s)', '### Action items'], ['Contributing factors:', 'Lessons learned / actions:']]) {
      const report = parseReport(variantReport({ causesHeader, recommendationsHeader }));
      expect(report.causes.map((c) => c.text)).toEqual(['The relay disk filled up.']);
      expect(report.recommendations.map((r) => r.text)).toEqual(['Monitor the relay disk.']);
    }
  });

  it('reads a misspelt section name and warns on its line', () => {
    const markdown = variantReport({ causesHeader: '**Root Casue:**', recommendationsHeader: '**Reccomendations:**' });
    const report = parseReport(markdown);
    expect(report.causes).toHaveLength(1);
    expect(report.warnings).toEqual(expect.arrayContaining([
      expect.objectContaining({ code: 'SECTION_NAME_GUESSED', line: lineOf(markdown, 'Root Casue') }),
      expect.objectContaining({ code: 'SECTION_NAME_GUESSED', line: lineOf(markdown, 'Reccomendations') }),
    ]));
  });

  it('does not take "Incident closed." in a timeline for a section', () => {
    const report = parseReport(variantReport({ timeline: '- 13 Aug 2024\n\nThe relay stopped.\n\nIncident closed.' }));
    expect(report.timeline[0]?.paragraphs.map((p) => p.text)).toEqual(['The relay stopped.', 'Incident closed.']);
  });
});

describe('party lines in any order, decided from evidence', () => {
  const partiesOf = (parties: string) => parseReport(variantReport({ parties })).parties.map((p) => [p.name, p.title]);

  it.each([
    ['1. Anson Tsang (Network Architect)\n2. Jia Jun (Security Architect)'],
    ['1. Network Architect - Anson Tsang\n2. Security Architect - Jia Jun'],
    ['1. Network Architect: Anson Tsang\n2. Security Architect: Jia Jun'],
    ['1. Anson Tsang, Network Architect\n2. Jia Jun, Security Architect'],
    ['- Anson Tsang – Network Architect\n- Jia Jun — Security Architect'],
  ])('reads %j with the names and titles the right way round', (parties) => {
    expect(partiesOf(parties)).toEqual([['Anson Tsang', 'Network Architect'], ['Jia Jun', 'Security Architect']]);
  });

  it('never makes a person called "Network Architect"', () => {
    const names = partiesOf('1. Network Architect - Anson Tsang\n2. Security Architect - Jia Jun').map(([name]) => name);
    expect(names).not.toContain('Network Architect');
  });

  it('uses the sign-offs as evidence when no side has a title word, and warns where nothing decides', () => {
    const markdown = variantReport({ parties: '1. Security - Jia Jun\n2. Wong Siu Ming - Data Centre', signOffs: 'Report by: Jia Jun\n\nVerified by: Anson Tsang' });
    const report = parseReport(markdown);
    expect(report.parties[0]).toMatchObject({ name: 'Jia Jun', title: 'Security' });
    expect(report.warnings).toEqual([expect.objectContaining({ code: 'AMBIGUOUS_PARTY_ORDER', line: lineOf(markdown, 'Wong Siu Ming') })]);
  });
});

describe('dates as people write them', () => {
  const periodOf = (period: string, options = {}) => parseReport(variantReport({ period, timeline: '- 14 Aug 2024\n\nText.' }), options).period;

  it.each([
    ['Date: 13th Aug 2024 – 15th Aug 2024'],
    ['Date: Aug 13, 2024 to Aug 15, 2024'],
    ['Incident period: 2024-08-13 until 2024-08-15'],
    ['Date: 13/08/2024 - 15/08/2024'],
    ['Period: 13 Aug 2024 & 15 Aug 2024'],
  ])('reads %j as 13 to 15 Aug 2024', (period) => {
    expect(periodOf(period)).toMatchObject({ start: '2024-08-13', end: '2024-08-15' });
  });

  it('reads numeric dates day-first by default and month-first when the organisation says so', () => {
    const markdown = variantReport({ period: 'Date: 05/08/2024 - 07/08/2024', timeline: '- 06/08/2024\n\nText.' });
    expect(parseReport(markdown).timeline[0]?.startDate).toBe('2024-08-06');
    expect(parseReport(markdown, { dateOrder: 'month-first' }).timeline[0]?.startDate).toBe('2024-06-08');
    expect(parseReport(markdown, { dateOrder: 'month-first' }).period).toMatchObject({ start: '2024-05-08', end: '2024-07-08' });
  });

  it('places a date without a year inside the report period', () => {
    const report = parseReport(variantReport({ period: 'Date: 30 Dec 2024 - 2 Jan 2025', timeline: '- 31 Dec\n\nText.\n\n- 2 Jan\n\nMore.' }));
    expect(report.timeline.map((e) => e.startDate)).toEqual(['2024-12-31', '2025-01-02']);
  });

  it('does not guess the year of a year-less date far from the period: the entry is left out with a warning', () => {
    const markdown = variantReport({ timeline: '- 13 Aug 2024\n\nText.\n\n- 2 Mar\n\nMore.' });
    const report = parseReport(markdown);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'INVALID_DATE', line: lineOf(markdown, '- 2 Mar') }));
    expect(report.timeline.map((e) => e.startDate)).toEqual(['2024-08-13']);
  });
});

describe('timeline entries in other shapes', () => {
  it('keeps one-line entries of the same day apart and in order', () => {
    const report = parseReport(variantReport({
      timeline: '- 13 Aug 2024: At 9:40 pm the relay stopped.\n- 13 Aug 2024 — 10:15 pm the queue was moved.\n- 14 Aug 2024: Relay replaced.',
    }));
    expect(report.timeline.map((e) => [e.order, e.startDate, e.paragraphs[0]?.text])).toEqual([
      [1, '2024-08-13', 'At 9:40 pm the relay stopped.'],
      [2, '2024-08-13', '10:15 pm the queue was moved.'],
      [3, '2024-08-14', 'Relay replaced.'],
    ]);
  });

  it('reads a date heading and a bold date line with their paragraphs', () => {
    const report = parseReport(variantReport({ timeline: '### 13 Aug 2024\n\nFirst.\n\n**14th Aug 2024**\n\nSecond.' }));
    expect(report.timeline.map((e) => [e.startDate, e.paragraphs.map((p) => p.text)])).toEqual([['2024-08-13', ['First.']], ['2024-08-14', ['Second.']]]);
  });

  it('keeps time-led bullets under a date in that date\'s entry, with every time', () => {
    const report = parseReport(variantReport({ timeline: '**13 Aug 2024**\n\n- 16:30 – the rule was removed.\n- 18:10 – finance reported timeouts.' }));
    expect(report.timeline.map((e) => [e.startDate, e.paragraphs.map((p) => p.text)])).toEqual([
      ['2024-08-13', ['16:30 – the rule was removed.', '18:10 – finance reported timeouts.']],
    ]);
    expect(report.timeline[0]?.paragraphs.flatMap((p) => p.times.map((t) => `${t.date} ${t.time}`))).toEqual(['2024-08-13 16:30', '2024-08-13 18:10']);
  });

  it('reads a date heading with a weekday before it ("### Tuesday 13 Aug 2024")', () => {
    const report = parseReport(variantReport({ timeline: '### Tuesday 13 Aug 2024\n\n- 21:30 – the relay stopped.\n\n### Wed, 14 Aug 2024\n\n- 08:05 – the relay was replaced.' }));
    expect(report.timeline.map((e) => [e.startDate, e.paragraphs.length])).toEqual([['2024-08-13', 1], ['2024-08-14', 1]]);
  });

  it('reads an "Affected:" line after the party list as a location naming the assets, not an unreadable party line', () => {
    const md = variantReport({ parties: '1. Anson Tsang - Network Architect\n2. Jia Jun - Security Architect\n\nAffected: DHCP-01 (primary), wireless controller WLC-02' });
    const report = parseReport(md);
    expect(report.locations).toEqual([expect.objectContaining({ label: 'Affected', text: 'DHCP-01 (primary), wireless controller WLC-02', span: { startLine: lineOf(md, 'Affected:'), endLine: lineOf(md, 'Affected:') } })]);
    expect(report.warnings.filter((w) => w.code === 'UNEXPECTED_CONTENT')).toEqual([]);
    expect(extractFacts(report).assets.map((a) => a.name)).toEqual(expect.arrayContaining(['DHCP-01', 'WLC-02']));
  });

  it('reads "What we will do" and "What will we change?" as the recommendations, with a warning', () => {
    for (const header of ['## What we will do', '**What will we change?**']) {
      const report = parseReport(variantReport({ recommendationsHeader: header }));
      expect(report.recommendations.map((r) => r.text), header).toEqual(['Monitor the relay disk.']);
      expect(report.warnings.map((w) => w.code)).toContain('SECTION_NAME_GUESSED');
    }
  });

  it('opens a new entry for a bullet that carries its own date among time-led bullets', () => {
    const report = parseReport(variantReport({ timeline: '#### 13 Aug 2024\n\n- 9 am – the rule was removed.\n- 8:15 – finance reported timeouts.\n- 14 Aug 2024: 10:05 the rule was restored.' }));
    expect(report.timeline.map((e) => [e.startDate, e.paragraphs.length])).toEqual([['2024-08-13', 2], ['2024-08-14', 1]]);
  });
});

describe('times as people write them', () => {
  it('keeps every time an entry states, in 24-hour form, each with its sentence', () => {
    const report = parseReport(variantReport({
      timeline: '- 13 Aug 2024\n\nAt 9:40 pm the relay stopped. It was restarted at 10:15 p.m. and checked by 11 pm. The vendor called at 2300 hrs, then again at around 23.30.',
    }));
    const times = report.timeline[0]?.paragraphs[0]?.times ?? [];
    expect(times.map((t) => t.time)).toEqual(['21:40', '22:15', '23:00', '23:00', '23:30']);
    expect(times[1]).toMatchObject({ qualifier: 'at', sentence: 'It was restarted at 10:15 p.m. and checked by 11 pm.' });
    expect(times[4]).toMatchObject({ qualifier: 'around' });
    const event = extractFacts(report).events[0];
    expect(event?.time).toBe('21:40');
    expect(event?.times).toHaveLength(5);
  });

  it('does not read versions, sizes or durations as times', () => {
    const report = parseReport(variantReport({ timeline: '- 13 Aug 2024\n\nFirmware 2.10 used 4.50 GB; the timeout was 30 s and latency 200 ms.' }));
    expect(report.timeline[0]?.paragraphs[0]?.times).toEqual([]);
  });
});

describe('sign-off labels', () => {
  it('reads each label with the kind it records, and never as a recommendation', () => {
    const report = parseReport(variantReport({
      signOffs: 'Prepared by: Anson Tsang\nReviewed by: Jia Jun\nApproved by: Alex Liang\nEndorsed by: Dicky Fung\nSigned off by: Kevin Li\nClosed by: Nick Huang',
    }));
    expect(report.signOffs.map((s) => [s.kind, s.names[0]])).toEqual([
      ['REPORT_BY', 'Anson Tsang'], ['REVIEWED_BY', 'Jia Jun'], ['APPROVED_BY', 'Alex Liang'],
      ['ENDORSED_BY', 'Dicky Fung'], ['SIGNED_OFF_BY', 'Kevin Li'], ['CLOSED_BY', 'Nick Huang'],
    ]);
    expect(report.recommendations.map((r) => r.text)).toEqual(['Monitor the relay disk.']);
  });

  it('keeps "reviewed by the service desk" inside a recommendation as its text', () => {
    const report = parseReport(variantReport({ recommendations: '- Roll out updates to a pilot group first, reviewed by the service desk.' }));
    expect(report.recommendations).toHaveLength(1);
    expect(report.signOffs.map((s) => s.kind)).toEqual(['REPORT_BY', 'VERIFIED_BY']);
  });
});

describe('every line accounted for', () => {
  it('lists nothing as unread in the shipped reports', () => {
    for (const file of Object.values(REPORTS)) expect(parseReport(readReport(file)).unread).toEqual([]);
  });

  it('lists the lines of a section it does not read, each with its line and reason', () => {
    const markdown = variantReport({ extra: '**Budget impact:**\n\nAbout 20 hours of overtime.' });
    const report = parseReport(markdown);
    expect(report.unread).toEqual([
      { line: lineOf(markdown, 'Budget impact'), text: '**Budget impact:**', reason: expect.stringMatching(/does not read/) },
      { line: lineOf(markdown, 'About 20 hours'), text: 'About 20 hours of overtime.', reason: expect.stringMatching(/does not read/) },
    ]);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'UNKNOWN_SECTION', line: lineOf(markdown, 'Budget impact') }));
  });

  it('reads every non-empty line of the corpus reports written in Markdown', () => {
    for (const name of ['v01-san-controller-failover.md', 'v09-payment-api-timeouts.md', 'v11-hr-portal-sso.md', 'v13-wifi-controller-outage.md']) {
      expect(parseReport(variantFixture(name)).unread, name).toEqual([]);
    }
  });
});

describe('recommendations whose cause the words do not decide', () => {
  it('links by position when there are as many recommendations as causes, with a warning on the line', () => {
    const markdown = variantReport({
      causes: '- The certificate expiry date was tracked in a personal calendar.\n- No monitoring checked certificate validity.',
      recommendations: '- Keep every certificate in the shared inventory with an owner team.\n- Monitor certificate expiry and alert 30 days ahead.',
    });
    const facts = extractFacts(parseReport(markdown));
    expect(facts.recommendations.map((r) => r.addressesCauseOrders)).toEqual([[1], [2]]);
    expect(facts.warnings).toContainEqual(expect.objectContaining({ code: 'RECOMMENDATION_LINK_GUESSED', span: expect.objectContaining({ startLine: lineOf(markdown, 'Keep every certificate') }) }));
  });

  it('leaves the link open and warns when the counts differ', () => {
    const markdown = variantReport({
      causes: '- The certificate expired.\n- The calendar owner left.',
      recommendations: '- Buy a longer certificate.\n- Document the renewal.\n- Train a deputy.',
    });
    const facts = extractFacts(parseReport(markdown));
    const unsure = facts.warnings.filter((w) => w.code === 'RECOMMENDATION_LINK_UNSURE');
    expect(unsure.length).toBeGreaterThan(0);
    for (const w of unsure) {
      const rec = facts.recommendations.find((r) => r.span.startLine === w.span?.startLine);
      expect(rec?.addressesCauseOrders.length).not.toBe(1);
    }
  });
});

describe('party lists written without list markers', () => {
  it('reads a Markdown table by its header, whichever column comes first', () => {
    const markdown = variantReport({ parties: '| Title | Name |\n| --- | --- |\n| Systems Engineer | Carmen Lau |\n| E&O Manager | Nick Huang |' });
    const report = parseReport(markdown);
    expect(report.parties.map((p) => [p.name, p.title, p.span.startLine])).toEqual([
      ['Carmen Lau', 'Systems Engineer', lineOf(markdown, '| Systems Engineer')],
      ['Nick Huang', 'E&O Manager', lineOf(markdown, '| E&O Manager')],
    ]);
    expect(report.unread).toEqual([]);
  });

  it('reads plain lines that the evidence decides, and leaves a sentence unread with a warning', () => {
    const markdown = variantReport({ parties: 'Carmen Lau – Systems Engineer\nThe vendor, who helped\nNick Huang – E&O Manager' });
    const report = parseReport(markdown);
    expect(report.parties.map((p) => p.name)).toEqual(['Carmen Lau', 'Nick Huang']);
    expect(report.unread).toEqual([expect.objectContaining({ line: lineOf(markdown, 'The vendor, who helped') })]);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'UNEXPECTED_CONTENT', line: lineOf(markdown, 'The vendor, who helped') }));
  });
});

describe('times that cannot be read', () => {
  it('warns on the line instead of guessing', () => {
    const markdown = variantReport({ timeline: '- 13 Aug 2024\n\nThe relay stopped at 25:10 and again at 13 pm.' });
    const report = parseReport(markdown);
    expect(report.timeline[0]?.paragraphs[0]?.times).toEqual([]);
    expect(report.warnings.filter((w) => w.code === 'UNREADABLE_TIME')).toEqual([
      expect.objectContaining({ line: lineOf(markdown, 'at 25:10'), message: expect.stringContaining('25:10') }),
      expect.objectContaining({ line: lineOf(markdown, 'at 25:10'), message: expect.stringContaining('13 pm') }),
    ]);
  });

  it('does not warn about readable times with a dot or a glued am/pm, nor about versions', () => {
    const report = parseReport(variantReport({ timeline: '- 13 Aug 2024\n\nStarted at 9.45 pm, done at 12:30pm; firmware v2.99 used 4.50 GB.' }));
    expect(report.timeline[0]?.paragraphs[0]?.times.map((t) => t.time)).toEqual(['21:45', '12:30']);
    expect(report.warnings).toEqual([]);
  });
});

describe('sign-off lines that are not quite right', () => {
  it('reads "Reviewed by Anson Tsang" without its colon, with a warning', () => {
    const markdown = variantReport({ signOffs: 'Report by: Jia Jun\n\nReviewed by Anson Tsang' });
    const report = parseReport(markdown);
    expect(report.signOffs.map((s) => [s.kind, s.names])).toEqual([['REPORT_BY', ['Jia Jun']], ['REVIEWED_BY', ['Anson Tsang']]]);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'SIGN_OFF_WITHOUT_COLON', line: lineOf(markdown, 'Reviewed by Anson') }));
  });

  it('warns about an unknown sign-off label and never makes it a recommendation', () => {
    const markdown = variantReport({ signOffs: 'Report by: Jia Jun\n\nSign-off date: Alex Liang' });
    const report = parseReport(markdown);
    expect(report.recommendations.map((r) => r.text)).toEqual(['Monitor the relay disk.']);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'UNREADABLE_SIGN_OFF', line: lineOf(markdown, 'Sign-off date:') }));
    expect(report.unread).toEqual([expect.objectContaining({ line: lineOf(markdown, 'Sign-off date:') })]);
  });

  it('reads a label that names the part by a word of it ("Approval: Alex Liang") as that sign-off, with a warning', () => {
    const markdown = variantReport({ signOffs: 'Report by: Jia Jun\n\nApproval: Alex Liang' });
    const report = parseReport(markdown);
    expect(report.recommendations.map((r) => r.text)).toEqual(['Monitor the relay disk.']);
    expect(report.signOffs.map((s) => [s.kind, s.names.join(', ')])).toEqual([['REPORT_BY', 'Jia Jun'], ['APPROVED_BY', 'Alex Liang']]);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'SIGN_OFF_LABEL_GUESSED', line: lineOf(markdown, 'Approval:') }));
  });
});

describe('day ranges inside one date', () => {
  it('reads "13–15 Aug 2024" and "17 & 18 Aug 2024" as ranges', () => {
    const report = parseReport(variantReport({ timeline: '- 13–14 Aug 2024\n\nFirst.\n\n- 15 & 16 Aug 2024\n\nSecond.', period: 'Date: 13-16 Aug 2024' }));
    expect(report.period).toMatchObject({ start: '2024-08-13', end: '2024-08-16' });
    expect(report.timeline.map((e) => [e.startDate, e.endDate])).toEqual([['2024-08-13', '2024-08-14'], ['2024-08-15', '2024-08-16']]);
  });
});
