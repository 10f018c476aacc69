import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/import/parse/parse-report.js';
import { lineOf, readReport, REPORTS } from './reports.js';

describe('parseReport reads the 2024-08 template, including its quirks', () => {
  const markdown = readReport(REPORTS.aug2024);
  const report = parseReport(markdown);

  it('starts with spaces and blank lines and ends without a newline', () => {
    expect(markdown.startsWith(' \n')).toBe(true);
    expect(markdown.endsWith('\n')).toBe(false);
  });

  it('reads the title without "Incident report for"', () => {
    expect(report.title).toBe('DMZ migration and Panel system failure');
    expect(report.department).toBe('Information Technology Department');
    expect(report.organisation).toBe('Hyper Group Network Ltd.');
  });

  it('reads 10 numbered parties with titles, whether separated by "-" or "–"', () => {
    expect(report.parties).toHaveLength(10);
    expect(report.parties[0]).toMatchObject({ ordinal: 1, name: 'Oscar Fung', title: 'Database Administrator' });
    expect(report.parties[3]).toMatchObject({ ordinal: 4, name: 'Ivan Cheung', title: 'Cloud and Infrastructure Administrator' });
    expect(report.parties[8]).toMatchObject({ ordinal: 9, name: 'Nick Hung', title: 'E&O Manager' });
    expect(report.parties[9]?.span.startLine).toBe(lineOf(markdown, 'Kevin Li'));
  });

  it('splits a location into its label and text', () => {
    expect(report.locations[0]).toMatchObject({ label: 'DMZ', text: 'Edge Firewall (dmz vdom) & DMZ firewall' });
    expect(report.locations[1]).toMatchObject({ label: 'Panel & DB', text: 'VMS010 (Production Cluster)' });
  });

  it('reads the period 13-22 Aug 2024 with its line', () => {
    expect(report.period).toEqual({ start: '2024-08-13', end: '2024-08-22', span: { startLine: 32, endLine: 32 } });
  });

  it('splits the summarized symptoms into items', () => {
    expect(report.symptoms.items).toEqual(['DMZ not connected', 'panel not operational', 'panel database not synced', 'VMS10 CPU issue']);
  });

  it('reads 12 dated timeline entries with the right ranges', () => {
    expect(report.timeline.map((e) => [e.startDate, e.endDate])).toEqual([
      ['2024-08-13', '2024-08-13'],
      ['2024-08-14', '2024-08-14'],
      ['2024-08-15', '2024-08-15'],
      ['2024-08-16', '2024-08-16'],
      ['2024-08-17', '2024-08-18'],
      ['2024-08-19', '2024-08-19'],
      ['2024-08-20', '2024-08-20'],
      ['2024-08-21', '2024-08-21'],
      ['2024-08-22', '2024-08-22'],
      ['2024-08-23', '2024-08-26'],
      ['2024-08-27', '2024-08-27'],
      ['2024-08-28', '2024-08-28'],
    ]);
  });

  it('keeps each paragraph of an entry with its own line', () => {
    const first = report.timeline[0];
    expect(first?.paragraphs).toHaveLength(5);
    expect(first?.paragraphs[1]?.span.startLine).toBe(lineOf(markdown, 'After the change was completed'));
  });

  it('reads the times 23:00, 23:30, around 23:59, around 10:00 and around 17:00', () => {
    const times = report.timeline.flatMap((e) => e.paragraphs.flatMap((p) => p.times)).map((t) => `${t.qualifier ?? ''} ${t.time}`);
    expect(times).toEqual(['at 23:00', 'at 23:30', 'around 23:59', 'around 10:00', 'around 17:00']);
  });

  it('reads 3 causes, 3 recommendations and the sign-off lines, the last one without a trailing newline', () => {
    expect(report.causes).toHaveLength(3);
    expect(report.recommendations).toHaveLength(3);
    expect(report.signOffs.map((s) => [s.kind, s.names])).toEqual([
      ['REPORT_BY', ['Ivan Cheung', 'Anson Tsang', 'Oscar Fung']],
      ['VERIFIED_BY', ['Alex Liang']],
      ['ADDITIONAL_VERIFICATION', ['Dicky Fung', 'Mary Hui', 'Tsang Kwok Wo', 'Nick Huang']],
    ]);
    expect(report.signOffs[2]?.span.startLine).toBe(markdown.split('\n').length);
    expect(report.warnings).toEqual([]);
  });
});

describe('parseReport reads the 2025 reports', () => {
  it('reads 2025-02: 7 parties, 4 entries and the times 18:40, 21:15, 16:05, 23:50', () => {
    const report = parseReport(readReport(REPORTS.feb2025));
    expect(report.parties).toHaveLength(7);
    expect(report.period).toMatchObject({ start: '2025-02-11', end: '2025-02-14' });
    expect(report.timeline).toHaveLength(4);
    const times = new Set(report.timeline.flatMap((e) => e.paragraphs.flatMap((p) => p.times.map((t) => t.time))));
    expect([...times]).toEqual(['18:40', '21:15', '16:05', '23:50']);
    expect(report.causes).toHaveLength(4);
    expect(report.recommendations).toHaveLength(4);
  });

  it('reads 2025-06: 6 parties and 3 entries, the third one "9 Jun 2025 & 10 Jun 2025"', () => {
    const report = parseReport(readReport(REPORTS.jun2025));
    expect(report.parties).toHaveLength(6);
    expect(report.period).toMatchObject({ start: '2025-06-07', end: '2025-06-10' });
    expect(report.timeline).toHaveLength(3);
    expect(report.timeline[2]).toMatchObject({ startDate: '2025-06-09', endDate: '2025-06-10', dateText: '9 Jun 2025 & 10 Jun 2025' });
    const times = report.timeline.flatMap((e) => e.paragraphs.flatMap((p) => p.times.map((t) => t.time)));
    expect(times).toEqual(['01:00', '03:30', '11:20', '18:00']);
  });

  it('reads CRLF line endings the same way', () => {
    const markdown = readReport(REPORTS.feb2025);
    const crlf = parseReport(markdown.replace(/\n/g, '\r\n'));
    const lf = parseReport(markdown);
    expect(crlf.timeline.map((e) => e.span)).toEqual(lf.timeline.map((e) => e.span));
    expect(crlf.parties).toEqual(lf.parties);
  });
});
