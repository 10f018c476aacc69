import { describe, expect, it } from 'vitest';
import { findAssets } from '../../src/import/extract/asset-mentions.js';
import { extractFacts } from '../../src/import/extract/extract-facts.js';
import { plainTextToMarkdown } from '../../src/import/input/plain-text.js';
import { parseReport } from '../../src/import/parse/parse-report.js';
import { findTimes } from '../../src/import/parse/times.js';
import { lineOf, variantReport } from './variant-reports.js';

const signOffsOf = (md: string) => parseReport(md).signOffs.map((s) => [s.kind, s.names.join(', ')]);

describe('sign-offs as other people write them', () => {
  it('reads labels without "by" and leaves the date a signer wrote out of the name', () => {
    const md = variantReport({ signOffs: 'Reported by Helen Mak, 21 Aug 2024\nReviewed: Oscar Fung\nSigned off: Dicky Fung (CFO)\nApproved by : Nick Huang        Date: 26/8/2024' });
    expect(signOffsOf(md)).toEqual([
      ['REPORT_BY', 'Helen Mak'],
      ['REVIEWED_BY', 'Oscar Fung'],
      ['SIGNED_OFF_BY', 'Dicky Fung'],
      ['APPROVED_BY', 'Nick Huang'],
    ]);
  });

  it('reads a sign-off table row by row, on the rows\' own lines', () => {
    const table = '| Role | Name | Date |\n|---|---|---|\n| Prepared by | Anson Tsang | 2024-08-16 |\n| Approved by | Jia Jun | 2024-08-17 |';
    const md = variantReport({ signOffs: `### Sign-off\n\n${table}` });
    const report = parseReport(md);
    expect(report.signOffs.map((s) => [s.kind, s.names[0], s.span.startLine])).toEqual([
      ['REPORT_BY', 'Anson Tsang', lineOf(md, '| Prepared by')],
      ['APPROVED_BY', 'Jia Jun', lineOf(md, '| Approved by')],
    ]);
  });

  it('takes "Written by:" among the header lines as the author signing the report', () => {
    const md = variantReport({ period: 'Date: 13 Aug 2024 - 15 Aug 2024\nWritten by: Anson Tsang', signOffs: 'Verified by: Jia Jun' });
    expect(signOffsOf(md)).toEqual([
      ['REPORT_BY', 'Anson Tsang'],
      ['VERIFIED_BY', 'Jia Jun'],
    ]);
  });

  it('never turns a block of sign-off lines after the recommendations into a recommendation', () => {
    const md = variantReport({ recommendations: '- Monitor the relay disk.\n\n---\n\nWritten by Anson Tsang, 16 Aug 2024\nReviewed by Jia Jun', signOffs: '' });
    const facts = extractFacts(parseReport(md));
    expect(facts.recommendations.map((r) => r.text)).toEqual(['Monitor the relay disk.']);
    expect(signOffsOf(md)).toEqual([['REPORT_BY', 'Anson Tsang'], ['REVIEWED_BY', 'Jia Jun']]);
  });
});

describe('headers and titles as other people set them', () => {
  it('lets a timeline header take over from a summary read from a loose word, with a warning', () => {
    const md = variantReport({
      timelineHeader: '## Summary of events\n\nThe relay stopped and mail queued for a day.\n\n## Timeline',
      timeline: '- 13 Aug 2024: The relay stopped at 23:00.\n- 14 Aug 2024: Disk cleaned at 09:10.',
    });
    const report = parseReport(md);
    expect(report.timeline.map((e) => e.startDate)).toEqual(['2024-08-13', '2024-08-14']);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'SECTION_NAME_DISPLACED', line: lineOf(md, 'Summary of events') }));
    expect(report.unread.map((u) => u.line)).toContain(lineOf(md, 'mail queued for a day'));
  });

  it('reads a letterhead heading as the department, and the next heading as the title', () => {
    const md = variantReport({ title: '### Hyper Group Network Ltd — IT Department\n### Incident report: mail relay outage' }).replace('Information Technology Department\n', '');
    const report = parseReport(md);
    expect(report.title).toBe('mail relay outage');
    expect(report.department).toBe('Hyper Group Network Ltd — IT Department');
  });

  it('reads the period from a bullet of an information list', () => {
    const md = variantReport({ period: '**Incident information:**\n\n- Cluster: K8S-PRD-01\n- Date: 2024-08-13 – 2024-08-15' });
    const report = parseReport(md);
    expect([report.period.start, report.period.end, report.period.span.startLine]).toEqual(['2024-08-13', '2024-08-15', lineOf(md, '- Date:')]);
  });

  it('turns typed numbered capital headings into headings and drops the typist\'s indentation', () => {
    const text = 'Mail relay outage\n\n1. PARTIES\n   Network Architect ....... Anson Tsang\n\n2. TIMELINE (all times HKT)\n\n13/8/2024\n       0840hrs  Relay stopped.';
    expect(plainTextToMarkdown(text).split('\n')).toEqual([
      '# Mail relay outage', '', '## 1. PARTIES', 'Network Architect ....... Anson Tsang', '', '## 2. TIMELINE (all times HKT)', '', '13/8/2024', '0840hrs  Relay stopped.',
    ]);
  });
});

describe('dates and times as other people write them', () => {
  it('drops a bracketed aside from a date and keeps a clock colon out of the date', () => {
    const md = variantReport({
      period: 'Date: 13 August 2024 (evening) to 15 August 2024',
      timeline: 'Aug 13, 11:45PM - Relay stopped.\nAug 14, 9:10AM - Disk cleaned.\n\n- 2024-08-15 (Thursday)\n\nMail flowing at 10:00.',
    });
    const report = parseReport(md);
    expect([report.period.start, report.period.end]).toEqual(['2024-08-13', '2024-08-15']);
    expect(report.timeline.map((e) => [e.startDate, e.paragraphs.flatMap((p) => p.times.map((t) => t.time))])).toEqual([
      ['2024-08-13', ['23:45']],
      ['2024-08-14', ['09:10']],
      ['2024-08-15', ['10:00']],
    ]);
  });

  it('reads a time right after an ISO date as the end of the date, and a dotted time leading a log line', () => {
    const md = variantReport({ timeline: '- 2024-08-13 22:00 Change window opened.\n- 2024-08-14 09:00 Closed.\n\n**15 Aug 2024**\n\n- 18.30 Relay restarted, checked again at 19.05.' });
    const report = parseReport(md);
    expect(report.timeline.map((e) => [e.startDate, e.paragraphs.flatMap((p) => p.times.map((t) => t.time))])).toEqual([
      ['2024-08-13', ['22:00']],
      ['2024-08-14', ['09:00']],
      ['2024-08-15', ['18:30', '19:05']],
    ]);
    expect(findTimes('Version 2.10 was installed.')).toEqual([]);
  });

  it('reads times in words after the time before them, and says when the part of the day was assumed', () => {
    expect(findTimes('At 19:00 the line dropped. At quarter past 8 it came back.').map((t) => t.time)).toEqual(['19:00', '20:15']);
    expect(findTimes('We met at quarter to three in the afternoon.').map((t) => [t.time, t.assumed ?? null])).toEqual([['14:45', null]]);
    const md = variantReport({ timeline: '- 13 Aug 2024\n\nAt half past nine the desk called. By ten o\'clock the relay was back.' });
    const report = parseReport(md);
    expect(report.timeline[0]?.paragraphs.flatMap((p) => p.times.map((t) => t.time))).toEqual(['09:30', '10:00']);
    expect(report.warnings.filter((w) => w.code === 'TIME_UNSURE').map((w) => w.line)).toContain(lineOf(md, 'half past nine'));
  });
});

describe('parties and assets as other people write them', () => {
  it('reads a party line with a pipe between name and title', () => {
    const md = variantReport({ parties: 'Anson Tsang | Network Architect\nJia Jun | Security Architect' });
    expect(parseReport(md).parties.map((p) => [p.name, p.title])).toEqual([
      ['Anson Tsang', 'Network Architect'],
      ['Jia Jun', 'Security Architect'],
    ]);
  });

  it('reads asset codes with a site part, a digit in a part, and a capitalised part before them', () => {
    const names = (text: string) => findAssets(text).map((a) => a.name);
    expect(names('the finance workstation PC-FIN-117 and cluster K8S-PRD-01')).toEqual(['PC-FIN-117', 'K8S-PRD-01']);
    expect(names('Core-SW-02 back in the stack')).toEqual(['CORE-SW-02']);
    expect(names('a non-VMS-010 host, and SHA-256 or COVID-19')).toEqual(['VMS-010']);
  });
});
