import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/import/parse/parse-report.js';
import { formatOfContentType, formatOfFileName, reportText, UnreadableDocumentError } from '../../src/import/input/report-document.js';
import { plainTextToMarkdown } from '../../src/import/input/plain-text.js';
import { buildDocx } from '../support/docx.js';
import { variantFixture } from './variant-reports.js';

describe('plain text as a word processor saves it', () => {
  const text = variantFixture('v05-vpn-concentrator-license.txt');

  it('keeps every line where it was, so provenance points at the file as written', () => {
    const markdown = plainTextToMarkdown(text);
    expect(markdown.split('\n')).toHaveLength(text.split(/\r?\n/).length);
    const report = parseReport(markdown);
    const cause = report.causes[0];
    expect(text.split('\n')[(cause?.span.startLine ?? 0) - 1]).toContain('The permanent licence on VPN-01');
    expect(report.parties.map((p) => p.name)).toEqual(['Anson Tsang', 'Jia Jun', 'Winnie Cheng', 'Alex Liang']);
    expect(report.timeline.map((e) => e.startDate)).toEqual(['2024-11-20', '2024-11-21']);
  });
});

describe('HTML as a wiki exports it', () => {
  it('reads the headings, lists and paragraphs, and none of the page head', async () => {
    const markdown = await reportText(Buffer.from(variantFixture('v06-wiki-load-balancer.html')), 'HTML');
    const report = parseReport(markdown);
    expect(report.title).toBe('Load balancer pool drain on web tier');
    expect(report.timeline[0]?.paragraphs.flatMap((p) => p.times.map((t) => t.time))).toEqual(['14:05', '14:45']);
    expect(report.unread).toEqual([]);
  });
});

describe('Word documents', () => {
  it('reads a .docx with headings and typed numbering', async () => {
    const docx = await buildDocx([
      'Heading1|Incident report for Print server outage',
      'Normal|Information Technology Department',
      'Heading2|Related Parties',
      'Normal|1. Kevin Li – DC Support Engineer',
      'Normal|2. Alex Liang – Chairman of Emergency Response Group',
      'Normal|Date: 4 Mar 2026 - 4 Mar 2026',
      'Heading2|Incident Description',
      'Heading3|4 Mar 2026',
      'Normal|PRN-01 stopped at 9:10 pm and was restarted at 9:40 pm.',
      'Heading2|Incident Caused',
      'Normal|- The spooler on PRN-01 crashed.',
      'Heading2|Follow up recommendation',
      'Normal|- Restart the spooler automatically.',
      'Normal|Report by: Kevin Li',
      'Normal|Approved by: Alex Liang',
    ].join('\n'));
    const report = parseReport(await reportText(docx, 'DOCX'));
    expect(report.parties.map((p) => [p.name, p.title])).toEqual([['Kevin Li', 'DC Support Engineer'], ['Alex Liang', 'Chairman of Emergency Response Group']]);
    expect(report.timeline[0]?.paragraphs[0]?.times.map((t) => t.time)).toEqual(['21:10', '21:40']);
    expect(report.signOffs.map((s) => s.kind)).toEqual(['REPORT_BY', 'APPROVED_BY']);
  });

  it('refuses bytes that are not a Word file', async () => {
    await expect(reportText(Buffer.from('# not a zip'), 'DOCX')).rejects.toBeInstanceOf(UnreadableDocumentError);
  });
});

describe('formats by content type and file name', () => {
  it('knows the readable ones and refuses the rest', () => {
    expect(formatOfContentType('text/html; charset=utf-8')).toBe('HTML');
    expect(formatOfFileName('report.DOCX')).toBe('DOCX');
    expect(() => formatOfContentType('application/pdf')).toThrow(UnreadableDocumentError);
    expect(() => formatOfFileName('report.pdf')).toThrow(UnreadableDocumentError);
  });
});

describe('tab-separated columns in plain text', () => {
  it('reads "Name<TAB>Title" party lines and "date<TAB>text" timeline lines, and keeps "Label:<TAB>value"', () => {
    const markdown = plainTextToMarkdown(variantFixture('v19-cloud-bill-spike.txt'));
    expect(markdown).toContain('Ivan Cheung – Cloud and Infrastructure Administrator');
    const report = parseReport(markdown);
    expect(report.parties.map((p) => [p.name, p.title])).toEqual([
      ['Ivan Cheung', 'Cloud and Infrastructure Administrator'], ['Dicky Fung', 'Chief Finance Officer'], ['Eric Chan', 'Backup Administrator'],
    ]);
    expect(report.timeline.map((e) => e.startDate)).toEqual(['2026-05-02', '2026-05-03', '2026-05-04']);
    expect(plainTextToMarkdown('Title\nReport by:\tIvan Cheung')).toBe('# Title\nReport by: Ivan Cheung');
  });
});
