import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/import/parse/parse-report.js';
import { lineOf, variantReport } from './variant-reports.js';

describe('causes and recommendations written one per line without bullets', () => {
  it('reads each line that ends a sentence as its own item, on its own line', () => {
    const md = variantReport({
      causes: 'The relay disk filled up.\nDisk alerts went to a mailbox nobody read.',
      recommendations: 'Monitor the relay disk.\nSend disk alerts to the on-call channel.',
    });
    const report = parseReport(md);
    expect(report.causes.map((c) => [c.text, c.span.startLine])).toEqual([
      ['The relay disk filled up.', lineOf(md, 'The relay disk filled up.')],
      ['Disk alerts went to a mailbox nobody read.', lineOf(md, 'Disk alerts went')],
    ]);
    expect(report.recommendations.map((r) => r.text)).toEqual(['Monitor the relay disk.', 'Send disk alerts to the on-call channel.']);
  });

  it('keeps a line broken mid-sentence with the item it continues', () => {
    const md = variantReport({ causes: 'The relay disk filled up because the log\nrotation job had stopped.\nNobody watched the disk.' });
    const report = parseReport(md);
    expect(report.causes.map((c) => c.text)).toEqual(['The relay disk filled up because the log rotation job had stopped.', 'Nobody watched the disk.']);
    expect(report.warnings.filter((w) => w.code === 'ITEM_LINES_JOINED')).toEqual([]);
  });

  it('keeps lines together but warns on the line when nothing shows where one item ends', () => {
    const md = variantReport({ causes: 'The relay disk filled up\nNobody watched the disk.' });
    const report = parseReport(md);
    expect(report.causes.map((c) => c.text)).toEqual(['The relay disk filled up Nobody watched the disk.']);
    expect(report.warnings).toEqual(expect.arrayContaining([
      expect.objectContaining({ code: 'ITEM_LINES_JOINED', line: lineOf(md, 'Nobody watched the disk.') }),
    ]));
  });
});
