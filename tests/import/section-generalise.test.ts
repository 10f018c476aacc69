import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/import/parse/parse-report.js';
import { matchFamily, normaliseSectionName } from '../../src/import/parse/section-names.js';
import { plainTextToMarkdown } from '../../src/import/input/plain-text.js';
import { htmlToMarkdown } from '../../src/import/input/html.js';
import { readReportFile } from '../../src/import/input/read-report-file.js';
import { lineOf, variantReport } from './variant-reports.js';

describe('section names are normalised before they are matched', () => {
  it('drops numbering, case, punctuation and the trailing colon', () => {
    expect(normaliseSectionName('6. Contributing factors')).toBe('contributing factors');
    expect(normaliseSectionName('3) Timeline:')).toBe('timeline');
    expect(normaliseSectionName('VI. ROOT CAUSE(S)')).toBe('root causes');
    expect(normaliseSectionName('Section 2: Parties & contacts')).toBe('parties and contacts');
  });

  it('matches a heading by its keyword family, and refuses to choose between two families', () => {
    expect(matchFamily('why it happened')).toEqual({ id: 'causes', word: 'why' });
    expect(matchFamily('actions agreed')).toEqual({ id: 'recommendations', word: 'actions' });
    expect(matchFamily('what happened')).toEqual({ id: 'description', word: 'what happened' });
    expect(matchFamily('actions taken')).toEqual({ id: 'description', word: 'actions taken' });
    expect(matchFamily('people on the call')).toEqual({ id: 'parties', word: 'people' });
    expect(matchFamily('when')).toEqual({ id: 'period', word: 'when' });
    expect(matchFamily('root cause and corrective actions')).toEqual({ ambiguous: ['causes', 'recommendations'] });
    expect(matchFamily('the team restarted the relay after the disk was cleaned up')).toBeNull();
  });
});

describe('section headers as other authors write them', () => {
  it('reads numbered headings with no warning when the name is a known one', () => {
    const md = variantReport({ timelineHeader: '## 3) Timeline', causesHeader: '## 6. Contributing factors', recommendationsHeader: '## 7. Next steps' });
    const report = parseReport(md);
    expect(report.timeline).toHaveLength(1);
    expect(report.causes.map((c) => c.text)).toEqual(['The relay disk filled up.']);
    expect(report.recommendations.map((r) => r.text)).toEqual(['Monitor the relay disk.']);
    expect(report.warnings.filter((w) => w.code === 'SECTION_NAME_GUESSED')).toEqual([]);
  });

  it('reads a name by its keyword with a warning on the header line', () => {
    const md = variantReport({ timelineHeader: '## What happened', causesHeader: '## Why it happened', recommendationsHeader: '## Actions agreed' });
    const report = parseReport(md);
    expect(report.timeline).toHaveLength(1);
    expect(report.causes).toHaveLength(1);
    expect(report.recommendations).toHaveLength(1);
    const guessed = report.warnings.filter((w) => w.code === 'SECTION_NAME_GUESSED').map((w) => w.line);
    expect(guessed).toEqual([lineOf(md, 'Why it happened'), lineOf(md, 'Actions agreed')]);
  });

  it('reads upper-case plain headings and "3) Timeline" written as a one-item numbered list', () => {
    const md = variantReport({ timelineHeader: '3) Timeline', causesHeader: 'WHAT WENT WRONG', recommendationsHeader: 'ACTIONS AGREED:' });
    const report = parseReport(md);
    expect(report.timeline.map((e) => e.startDate)).toEqual(['2024-08-13']);
    expect(report.causes.map((c) => c.text)).toEqual(['The relay disk filled up.']);
    expect(report.recommendations.map((r) => r.text)).toEqual(['Monitor the relay disk.']);
  });

  it('keeps a plain sentence with a section word as text', () => {
    const md = variantReport({ timeline: '- 13 Aug 2024\n\nThe relay stopped at 23:00.\n\nRoot cause found by the team' });
    const report = parseReport(md);
    expect(report.timeline[0]?.paragraphs.map((p) => p.text)).toContain('Root cause found by the team');
    expect(report.causes.map((c) => c.text)).toEqual(['The relay disk filled up.']);
  });

  it('takes an unnamed section of dated lines as the timeline, with a warning', () => {
    const md = variantReport({ timelineHeader: '## Day by day', timeline: '- 13 Aug 2024: the relay stopped at 23:00.\n- 14 Aug 2024: the disk was cleaned.' });
    const report = parseReport(md);
    expect(report.timeline.map((e) => e.startDate)).toEqual(['2024-08-13', '2024-08-14']);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'SECTION_GUESSED_FROM_CONTENT', line: lineOf(md, 'Day by day') }));
  });

  it('does not take an unnamed section of dated lines as the timeline when the report has one under its name', () => {
    const md = variantReport({ extra: '## Earlier changes\n\n- 2 Aug 2024: relay patched.\n- 5 Aug 2024: relay disk resized.' });
    const report = parseReport(md);
    expect(report.timeline.map((e) => e.startDate)).toEqual(['2024-08-13']);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'UNKNOWN_SECTION', line: lineOf(md, 'Earlier changes') }));
    expect(report.unread.map((u) => u.line)).toContain(lineOf(md, 'relay patched'));
  });

  it('skips, with a warning, a header that names two sections', () => {
    const md = variantReport({ extra: '## Root cause and corrective actions\n\nSee the lists below.' });
    const report = parseReport(md);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'SECTION_NAME_AMBIGUOUS', line: lineOf(md, 'Root cause and corrective') }));
    expect(report.unread.map((u) => u.line)).toContain(lineOf(md, 'See the lists below'));
  });

  it('reads the period from a "When" heading followed by a date range', () => {
    const md = variantReport({ period: '## When\n\n13 Aug 2024 - 15 Aug 2024' });
    const report = parseReport(md);
    expect(report.period).toEqual(expect.objectContaining({ start: '2024-08-13', end: '2024-08-15' }));
    expect(report.unread).toEqual([]);
  });
});

describe('a missing section degrades the import instead of refusing it', () => {
  it('imports a report with no recommendations section, warning where it was expected', () => {
    const md = variantReport({ recommendationsHeader: '', recommendations: '' });
    const report = parseReport(md);
    expect(report.recommendations).toEqual([]);
    expect(report.causes).toHaveLength(1);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'MISSING_SECTION', message: expect.stringMatching(/Follow up recommendation/) }));
  });

  it('imports a report whose only unknown section would have been the recommendations, listing its lines as unread', () => {
    const md = variantReport({ recommendationsHeader: '## Homework', recommendations: '- Monitor the relay disk.' });
    const report = parseReport(md);
    expect(report.recommendations).toEqual([]);
    expect(report.unread.map((u) => u.line)).toEqual([lineOf(md, 'Homework'), lineOf(md, 'Monitor the relay disk')]);
    expect(report.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['UNKNOWN_SECTION', 'MISSING_SECTION']));
  });
});

describe('the title of a plain-text report', () => {
  it('is the first line when it can be one', () => {
    expect(plainTextToMarkdown('Mail relay outage\n\nDate: 13 Aug 2024 - 15 Aug 2024').split('\n')[0]).toBe('# Mail relay outage');
  });

  it('is not a first line that is a period, a section or a party line; the reader then falls back with a warning', () => {
    for (const first of ['Date: 13 Aug 2024 - 15 Aug 2024', 'RELATED PARTIES', 'Anson Tsang - Network Architect']) {
      expect(plainTextToMarkdown(`${first}\n`).startsWith('#')).toBe(false);
    }
    const text = ['Date: 13 Aug 2024 - 15 Aug 2024', '', 'Symptoms:', 'Mail delayed for all staff', '', 'Timeline:', '13 Aug 2024 - The relay stopped at 23:00.', '', 'Root cause:', '- The relay disk filled up.'].join('\n');
    const report = parseReport(plainTextToMarkdown(text));
    expect(report.title).toBe('Mail delayed for all staff');
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'TITLE_GUESSED', line: 4 }));
    expect(report.causes.map((c) => c.text)).toEqual(['The relay disk filled up.']);
  });

  it('warns when the first line does not read like an incident name', () => {
    const md = variantReport({ title: '# The relay stopped and mail queued for two days.' });
    expect(parseReport(md).warnings).toContainEqual(expect.objectContaining({ code: 'TITLE_UNUSUAL', line: 1 }));
  });

  it('takes the line after an "INCIDENT REPORT" banner', () => {
    const md = variantReport({ title: '# INCIDENT REPORT\n\nMail relay outage' });
    const report = parseReport(md);
    expect(report.title).toBe('Mail relay outage');
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'TITLE_GUESSED', line: 3 }));
  });
});

describe('party tables', () => {
  const html = (head: string, rows: string) => `<h1>Incident report for Mail relay outage</h1><h2>Related Parties</h2><table><tr>${head}</tr>${rows}</table><p>Date: 13 Aug 2024 - 15 Aug 2024</p><h2>Timeline</h2><p><b>13 Aug 2024</b></p><p>The relay stopped at 23:00.</p><h2>Root cause</h2><ul><li>The relay disk filled up.</li></ul>`;

  it('reads an HTML table with Title before Name from its header row', () => {
    const md = htmlToMarkdown(html('<th>Title</th><th>Name</th>', '<tr><td>Network Architect</td><td>Anson Tsang</td></tr><tr><td>Security Architect</td><td>Jia Jun</td></tr>'));
    const report = parseReport(md);
    expect(report.parties.map((p) => [p.name, p.title])).toEqual([['Anson Tsang', 'Network Architect'], ['Jia Jun', 'Security Architect']]);
    expect(report.unread).toEqual([]);
  });

  it('reads a header row of td cells and extra columns', () => {
    const md = htmlToMarkdown(html('<td>Name</td><td>Team</td><td>Role</td>', '<tr><td>Anson Tsang</td><td>Network</td><td>Network Architect</td></tr>'));
    expect(parseReport(md).parties.map((p) => [p.name, p.title])).toEqual([['Anson Tsang', 'Network Architect']]);
  });

  it('reads a Markdown table in either column order', () => {
    const md = variantReport({ parties: '| Role | Full name |\n| --- | --- |\n| Network Architect | Anson Tsang |\n| Security Architect | Jia Jun |' });
    expect(parseReport(md).parties.map((p) => p.name)).toEqual(['Anson Tsang', 'Jia Jun']);
  });

  it('leaves other HTML tables to the general conversion', () => {
    expect(htmlToMarkdown('<table><tr><td>13 Aug 2024</td><td>Relay stopped</td></tr></table>')).not.toContain('|');
  });
});

describe('the reports of other habits in the variation corpus', () => {
  const read = async (name: string) => parseReport((await readReportFile(new URL(`../fixtures/variants/${name}`, import.meta.url).pathname)).text);

  it('imports the numbered, lettered, plain-text and table reports with every section found', async () => {
    for (const name of ['v23-print-server-spooler.md', 'v25-visitor-wifi-dhcp.txt', 'v26-timesheet-portal-expiry.html', 'v28-video-conference-bridge.md']) {
      const report = await read(name);
      expect(report.warnings.filter((w) => w.code === 'MISSING_SECTION'), name).toEqual([]);
      expect(report.causes.length, name).toBeGreaterThan(0);
      expect(report.recommendations.length, name).toBeGreaterThan(0);
    }
  });

  it('imports a report missing its recommendations with warnings, and reads "What will we change?" as them', async () => {
    const fan = await read('v27-san-fan-failure.md');
    expect(fan.recommendations).toEqual([]);
    expect(fan.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['MISSING_SECTION', 'MISSING_SYMPTOMS']));
    const erp = await read('v24-erp-batch-overrun.md');
    expect(erp.recommendations.map((r) => r.text)).toContain('Alert the ERP team when the batch runs past 06:30.');
    expect(erp.warnings).toContainEqual(expect.objectContaining({ code: 'SECTION_NAME_GUESSED', message: expect.stringContaining('What will we change?') }));
    expect(erp.unread.map((u) => u.text)).not.toContain('- Alert the ERP team when the batch runs past 06:30.');
  });

  it('names the plain-text report without a title line after its first symptom', async () => {
    const wifi = await read('v25-visitor-wifi-dhcp.txt');
    expect(wifi.title).toBe('Guests on the visitor Wi-Fi could not get an address for two hours');
    expect(wifi.warnings).toContainEqual(expect.objectContaining({ code: 'TITLE_GUESSED' }));
  });
});
