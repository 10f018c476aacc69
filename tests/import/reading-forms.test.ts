import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../src/import/input/html.js';
import { plainTextToMarkdown } from '../../src/import/input/plain-text.js';
import { parseReport } from '../../src/import/parse/parse-report.js';
import { splitNames } from '../../src/import/parse/parse-signoffs.js';
import { readPartyLine } from '../../src/import/parse/party-line.js';
import { readDate, readDateRange } from '../../src/import/parse/read-dates.js';
import { findTimes } from '../../src/import/parse/times.js';
import { lineOf, variantFixture, variantReport } from './variant-reports.js';

const inMay2026 = { order: 'day-first' as const, period: { start: '2026-05-14', end: '2026-05-15' } };
const noPeriod = { order: 'day-first' as const, period: null };
const timesOf = (text: string) => findTimes(text).map((t) => t.time);
const codesOf = (markdown: string) => parseReport(markdown).warnings.map((w) => w.code);

describe('dates in every common form', () => {
  it('reads weekday-led dates in either order, with or without a comma', () => {
    expect(readDate('Thursday, May 14', inMay2026)).toMatchObject({ ok: true, iso: '2026-05-14', yearInferred: true });
    expect(readDate('Tuesday March 17 2026', noPeriod)).toMatchObject({ ok: true, iso: '2026-03-17' });
    expect(readDate('Mon 12 Jan 2026', noPeriod)).toMatchObject({ ok: true, iso: '2026-01-12' });
  });

  it('reads a month-name date whatever the numeric date order is set to', () => {
    expect(readDate('May 14, 2026', { order: 'day-first', period: null })).toMatchObject({ ok: true, iso: '2026-05-14' });
    expect(readDate('14 May 2026', { order: 'month-first', period: null })).toMatchObject({ ok: true, iso: '2026-05-14' });
  });

  it('reads numeric dates day-first by default, with two- or four-digit years and dots', () => {
    expect(readDate('03/02/26', noPeriod)).toMatchObject({ ok: true, iso: '2026-02-03' });
    expect(readDate('02.06.2026', noPeriod)).toMatchObject({ ok: true, iso: '2026-06-02' });
    expect(readDate('4th November 2025', noPeriod)).toMatchObject({ ok: true, iso: '2025-11-04' });
  });

  it('reads ranges chrono reads as one phrase and ranges led by weekdays', () => {
    expect(readDateRange('May 14-15, 2026', noPeriod)).toMatchObject({ ok: true, start: '2026-05-14', end: '2026-05-15' });
    expect(readDateRange('Sat 14 – Sun 15 March 2026', noPeriod)).toMatchObject({ ok: true, start: '2026-03-14', end: '2026-03-15' });
    expect(readDateRange('14-15 May 2026', noPeriod)).toMatchObject({ ok: true, start: '2026-05-14', end: '2026-05-15' });
  });

  it('keeps a range written backwards as written, so its order can be warned about', () => {
    const range = readDateRange('14 Feb 2025 - 11 Feb 2025', noPeriod);
    expect(range).toMatchObject({ ok: true, start: '2025-02-14', end: '2025-02-11' });
  });

  it('places year-less dates near the first full date the report writes when it has no period line, and says so', () => {
    const markdown = variantReport({ period: 'Reference: INC-7, opened 14 May 2026', timeline: '**Thursday, May 14**\n\nThe relay stopped at 23:00.\n\n**Friday, May 15**\n\nRestarted at 01:10.' });
    const report = parseReport(markdown);
    expect(report.timeline.map((e) => e.startDate)).toEqual(['2026-05-14', '2026-05-15']);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'YEAR_FROM_REPORT', line: lineOf(markdown, 'opened 14 May 2026') }));
  });
});

describe('times in every common form', () => {
  it('reads dotted, hours, French-style, seconds and p.m. forms', () => {
    expect(timesOf('At 9.15am the desk called; logged at 0915 hrs.')).toEqual(['09:15', '09:15']);
    expect(timesOf('The window opened at 21h00 and closed at 22h30.')).toEqual(['21:00', '22:30']);
    expect(timesOf('Alarm at 14:07:30, reboot at 11:40 p.m.')).toEqual(['14:07', '23:40']);
  });

  it('reads noon, midnight and a time with the part of the day', () => {
    expect(timesOf('Back by noon; quiet at midnight.')).toEqual(['12:00', '00:00']);
    expect(timesOf('It began at about 8.30 in the morning and ended by 2 in the afternoon, again around 7 in the evening.')).toEqual(['08:30', '14:00', '19:00']);
  });

  it('does not read version numbers, sizes or durations as times', () => {
    expect(timesOf('Upgraded to 4.5 then 2.10; 45h of overtime; disk at 96%.')).toEqual([]);
  });

  it('reads no time in "after midnight" or "until noon": they place an event around the hour', () => {
    expect(timesOf('Shortly after midnight the relay restarted; it stayed down until noon.')).toEqual([]);
    expect(timesOf('Restarted by midnight.')).toEqual(['00:00']);
  });

  it('warns that midnight is read as the start of the entry day', () => {
    const markdown = variantReport({ timeline: '- 13 Aug 2024\n\nThe certificate expired at midnight.' });
    expect(parseReport(markdown).warnings).toContainEqual(expect.objectContaining({ code: 'TIME_MIDNIGHT', line: lineOf(markdown, 'expired at midnight') }));
  });
});

describe('timelines as tables, day headings and prose', () => {
  it('reads each row of a Date | Time | Event table as an entry with its time', () => {
    const table = ['| Date | Time | Event |', '|------|------|-------|', '| 13/08/2024 | 22:00 | Relay stops. |', '| 14/08/2024 | 06:30 | Relay restarted. |'].join('\n');
    const report = parseReport(variantReport({ timeline: table }));
    expect(report.timeline.map((e) => [e.startDate, e.paragraphs[0]?.times[0]?.time])).toEqual([['2024-08-13', '22:00'], ['2024-08-14', '06:30']]);
  });

  it('reads a When | What table whose date cell carries the time', () => {
    const table = ['| When | What |', '| --- | --- |', '| Tue 13 Aug, 8.05am | Relay stops. |', '| Tue 13 Aug, noon | Relay back. |'].join('\n');
    const report = parseReport(variantReport({ timeline: table }));
    expect(report.timeline.flatMap((e) => e.paragraphs.flatMap((p) => p.times.map((t) => `${e.startDate} ${t.time}`)))).toEqual(['2024-08-13 08:05', '2024-08-13 12:00']);
  });

  it('warns about a table row whose date cannot be read and reads the others', () => {
    const table = ['| Date | Event |', '| --- | --- |', '| 13/08/2024 | Relay stops. |', '| someday | Relay back. |'].join('\n');
    const markdown = variantReport({ timeline: table });
    const report = parseReport(markdown);
    expect(report.timeline).toHaveLength(1);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'INVALID_DATE', line: lineOf(markdown, 'someday') }));
  });

  it('reads weekday day headings with the paragraphs beneath them', () => {
    const markdown = variantReport({ timeline: '### Tuesday 13 August\n\nRelay stopped at 23:00.\n\n### Wednesday 14 August\n\nBack at 01:15.' });
    expect(parseReport(markdown).timeline.map((e) => e.startDate)).toEqual(['2024-08-13', '2024-08-14']);
  });

  it('opens an entry at a paragraph that starts with a date, keeping later undated paragraphs in it', () => {
    const prose = 'On Tuesday 13 August at about 9.20 in the morning the relay stopped.\n\nBy 2 in the afternoon it was back.\n\nOn 14 August the disk was replaced.';
    const report = parseReport(variantReport({ timeline: prose }));
    expect(report.timeline.map((e) => [e.startDate, e.paragraphs.length])).toEqual([['2024-08-13', 2], ['2024-08-14', 1]]);
    expect(report.timeline[0]?.paragraphs.flatMap((p) => p.times.map((t) => t.time))).toEqual(['09:20', '14:00']);
  });

  it('does not open an entry at a date named later in a sentence once an entry is open', () => {
    const prose = '- 13 Aug 2024\n\nThe relay stopped.\n\nThe disk had been replaced on 2 Aug 2024 by the vendor.';
    const report = parseReport(variantReport({ timeline: prose }));
    expect(report.timeline).toHaveLength(1);
  });

  it('takes a date inside the first sentence before any entry, with a warning', () => {
    const prose = 'The relay stopped on 13 Aug 2024 at 23:00.\n\nIt was restarted at 23:40.';
    const markdown = variantReport({ timeline: prose });
    const report = parseReport(markdown);
    expect(report.timeline.map((e) => e.startDate)).toEqual(['2024-08-13']);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'ENTRY_DATE_FROM_SENTENCE', line: lineOf(markdown, 'The relay stopped on') }));
  });
});

describe('refusing only what cannot be an incident', () => {
  it('imports a report whose timeline starts with undated text, warning on that line and leaving it unread', () => {
    const markdown = variantReport({ timeline: 'Background: the relay is old.\n\n- 13 Aug 2024\n\nThe relay stopped at 23:00.' });
    const report = parseReport(markdown);
    expect(report.timeline).toHaveLength(1);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'UNDATED_TEXT', line: lineOf(markdown, 'Background:') }));
    expect(report.unread.map((u) => u.line)).toContain(lineOf(markdown, 'Background:'));
  });

  it('still refuses a report with no date anywhere it can read', () => {
    const markdown = variantReport({ period: '', timeline: 'The relay stopped one evening.' });
    expect(() => parseReport(markdown)).toThrow(/no timeline entry is dated/);
  });
});

describe('section headings are never parties', () => {
  it('makes an underlined plain-text line a heading, so the next numbered heading is not a party', () => {
    const text = ['Relay outage', '', 'Date: 13/08/2024', '', '1. PARTIES', '----------', 'Anson Tsang ........ Network Architect', '', '2. BACKGROUND', '-------------', 'The relay is old.', '', '3. TIMELINE', '-----------', '13/08/2024', '  2300 hrs  Relay stops.'].join('\n');
    const markdown = plainTextToMarkdown(text);
    expect(markdown.split('\n')).toHaveLength(text.split('\n').length);
    const report = parseReport(markdown);
    expect(report.parties.map((p) => `${p.name} | ${p.title}`)).toEqual(['Anson Tsang | Network Architect']);
    expect(report.warnings.map((w) => w.code)).not.toContain('PARTY_WITHOUT_TITLE');
    expect(report.timeline[0]?.paragraphs[0]?.times[0]?.time).toBe('23:00');
  });

  it('reads a numbered line in capitals and a "Section N –" line as headings, not parties, in Markdown', () => {
    const markdown = ['# Relay outage', '', 'Date: 13 Aug 2024', '', '1. PARTIES', '', '- Anson Tsang - Network Architect', '', '2. BACKGROUND', '', 'The relay is old.', '', 'Section 3 – Background notes', '', 'Nothing else.', '', '4. TIMELINE', '', '- 13 Aug 2024', '', 'Stopped at 23:00.'].join('\n');
    const report = parseReport(markdown);
    expect(report.parties.map((p) => p.name)).toEqual(['Anson Tsang']);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'UNKNOWN_SECTION', line: lineOf(markdown, '2. BACKGROUND') }));
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'UNKNOWN_SECTION', line: lineOf(markdown, 'Section 3') }));
    expect(report.warnings.map((w) => w.code)).not.toContain('PARTY_WITHOUT_TITLE');
    expect(report.timeline).toHaveLength(1);
  });

  it('reads an INCIDENT REPORT heading as the title even when a word of it names a section', () => {
    const markdown = htmlToMarkdown('<h2>INCIDENT REPORT &ndash; Staff portal sign-in loop</h2><h3>Related parties</h3><ul><li>Fiona Cheng - Identity Engineer</li></ul><p>Date: 10 Feb 2026</p><h3>Timeline</h3><p>10 Feb 2026: portal down.</p>');
    const report = parseReport(markdown);
    expect(report.title).toBe('Staff portal sign-in loop');
    expect(report.parties.map((p) => p.name)).toEqual(['Fiona Cheng']);
  });

  it('skips a plain-text letterhead and names the incident after the INCIDENT REPORT line, without its label', () => {
    const report = parseReport(plainTextToMarkdown(variantFixture('v34-print-queue-underlined.txt')));
    expect(report.title).toBe('FINANCE PRINT QUEUE STUCK AFTER DRIVER PUSH');
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'TITLE_GUESSED', line: 2 }));
  });

  it('takes a "Title:" or "Subject:" line as the title without its label', () => {
    const report = parseReport(variantFixture('v36-firewall-table-timeline.md'));
    expect(report.title).toBe('Branch offices lost VPN after firewall rule import');
  });
});

describe('party and sign-off lines as other authors write them', () => {
  it('reads "Name / Title" and a dotted leader', () => {
    expect(readPartyLine('Rachel Kwok / Backup and Storage Administrator', new Set())).toMatchObject({ name: 'Rachel Kwok', title: 'Backup and Storage Administrator' });
    expect(readPartyLine('Tommy Leung ........ Network Engineer', new Set())).toMatchObject({ name: 'Tommy Leung', title: 'Network Engineer' });
  });

  it('reads several parties on one "People involved:" line', () => {
    const markdown = variantReport({ parties: 'People involved: Priya Nair / Messaging Engineer; Jia Jun / Security Architect' }).replace('**Related Parties:**\n\n', '');
    expect(parseReport(markdown).parties.map((p) => p.name)).toEqual(['Priya Nair', 'Jia Jun']);
  });

  it('drops a title written beside a sign-off name instead of reading it as people', () => {
    expect(splitNames('Rachel Kwok, Backup and Storage Administrator')).toEqual(['Rachel Kwok']);
    expect(splitNames('Nick Hung (E&O Manager)')).toEqual(['Nick Hung']);
    expect(splitNames('Anson Tsang, Tommy Leung')).toEqual(['Anson Tsang', 'Tommy Leung']);
    expect(splitNames('Anson Tsang and Tommy Leung')).toEqual(['Anson Tsang', 'Tommy Leung']);
  });

  it('reads a wiki table of sign-off rows as sign-off lines', () => {
    const markdown = htmlToMarkdown('<table><tr><td>Prepared by</td><td>Ben Ho</td></tr><tr><td>Approved by</td><td>Alex Liang</td></tr></table>');
    expect(markdown.trim().split('\n')).toEqual(['Prepared by: Ben Ho', 'Approved by: Alex Liang']);
  });
});

describe('causes and recommendations in other shapes', () => {
  it('reads a recommendations table by its Action column', () => {
    const recs = ['| # | Action | Owner |', '|---|--------|-------|', '| 1 | Monitor the relay disk. | Jia Jun |', '| 2 | Add a second relay. | Anson Tsang |'].join('\n');
    expect(parseReport(variantReport({ recommendations: recs })).recommendations.map((r) => r.text)).toEqual(['Monitor the relay disk.', 'Add a second relay.']);
  });

  it('reads causes written as a paragraph one per sentence, with a warning', () => {
    const markdown = variantReport({ causes: 'The relay disk filled up. Nobody watched the disk.' });
    const report = parseReport(markdown);
    expect(report.causes.map((c) => c.text)).toEqual(['The relay disk filled up.', 'Nobody watched the disk.']);
    expect(codesOf(markdown)).toContain('ITEMS_FROM_SENTENCES');
  });

  it('reads a plain-text item wrapped over two lines as one line of text', () => {
    const report = parseReport(variantReport({ recommendations: '- Monitor the relay\n  disk every hour.' }));
    expect(report.recommendations[0]?.text).toBe('Monitor the relay disk every hour.');
  });
});
