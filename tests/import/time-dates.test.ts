import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/import/parse/parse-report.js';
import { lineOf, variantReport } from './variant-reports.js';

const datedTimes = (markdown: string) =>
  parseReport(markdown).timeline.flatMap((e) => e.paragraphs.flatMap((p) => p.times.map((t) => `${t.date} ${t.time}`)));
const unsure = (markdown: string) => parseReport(markdown).warnings.filter((w) => w.code === 'TIME_DATE_UNSURE');

describe('a clock time takes the day the text gives it', () => {
  it('takes a date written beside it, and the text stays on that day', () => {
    const md = variantReport({
      timeline: '- 13 Aug 2024 & 14 Aug 2024\n\nSplicing started at 21:00 on 13 Aug. The link came back at 02:40 on 14 Aug and replication was in sync by 09:25.',
    });
    expect(datedTimes(md)).toEqual(['2024-08-13 21:00', '2024-08-14 02:40', '2024-08-14 09:25']);
    expect(unsure(md)).toEqual([]);
  });

  it('reads "around 1 am on 14 Aug" under a 13 Aug entry as the night after it', () => {
    const md = variantReport({ timeline: '- 13 Aug 2024\n\nThe relay stopped at 23:30. From around 1 am on 14 Aug only the standby relay answered.' });
    expect(datedTimes(md)).toEqual(['2024-08-13 23:30', '2024-08-14 01:00']);
  });

  it('moves to the next day on "the next morning", "the following day" and "next day"', () => {
    for (const words of ['The next morning at 08:10', 'On the following day at 08:10', 'Next day, 08:10:']) {
      const md = variantReport({ timeline: `- 13 Aug 2024 - 14 Aug 2024\n\nThe relay stopped at 22:00. ${words} the vendor replaced the disk.` });
      expect(datedTimes(md), words).toEqual(['2024-08-13 22:00', '2024-08-14 08:10']);
    }
  });

  it('moves to the next day "after midnight" that follows an evening time', () => {
    const md = variantReport({ timeline: '- 13 Aug 2024 & 14 Aug 2024\n\nThe queue grew from 22:40. Shortly after midnight, at 00:20, the relay was restarted.' });
    expect(datedTimes(md)).toEqual(['2024-08-13 22:40', '2024-08-14 00:20']);
  });

  it('keeps a date outside the entry for its own sentence only', () => {
    const md = variantReport({ timeline: '- 14 Aug 2024\n\nA snapshot taken at 16:05 on 13 Aug was restored. The restore finished at 23:50.' });
    expect(datedTimes(md)).toEqual(['2024-08-13 16:05', '2024-08-14 23:50']);
  });

  it('gives both ends of "between 16:05 and 21:15 on 13 Aug" that date', () => {
    const md = variantReport({ timeline: '- 15 Aug 2024\n\nData written between 16:05 and 21:15 on 13 Aug was lost.' });
    expect(datedTimes(md)).toEqual(['2024-08-13 16:05', '2024-08-13 21:15']);
  });

  it('keeps the entry\'s day with no date in the text', () => {
    const md = variantReport({ timeline: '- 13 Aug 2024 - 14 Aug 2024\n\nThe relay stopped at 09:10 and was back at 10:15.' });
    expect(datedTimes(md)).toEqual(['2024-08-13 09:10', '2024-08-13 10:15']);
    expect(unsure(md)).toEqual([]);
  });
});

describe('a day the rule is unsure of is a warning on the line', () => {
  it('warns when the date beside a time may not be the day it happened ("the backup of 12 Aug at 16:30")', () => {
    const md = variantReport({ timeline: '- 14 Aug 2024\n\nThe relay was restored from the backup of 12 Aug at 16:30.' });
    expect(datedTimes(md)).toEqual(['2024-08-14 16:30']);
    expect(unsure(md)).toEqual([expect.objectContaining({ line: lineOf(md, 'backup of 12 Aug'), message: expect.stringContaining('2024-08-12') })]);
  });

  it('warns when a morning time follows an evening one with nothing saying the day changed', () => {
    const md = variantReport({ timeline: '- 13 Aug 2024 & 14 Aug 2024\n\nThe relay stopped at 23:10.\n\nIt was restarted at 01:30.' });
    expect(datedTimes(md)).toEqual(['2024-08-13 23:10', '2024-08-13 01:30']);
    expect(unsure(md)).toEqual([expect.objectContaining({ line: lineOf(md, 'restarted at 01:30'), message: expect.stringMatching(/may be the next day/) })]);
  });

  it('warns when the date beside a time is far from its entry', () => {
    const md = variantReport({ timeline: '- 13 Aug 2024\n\nThe relay stopped at 23:10 on 2 Mar 2023.' });
    expect(datedTimes(md)).toEqual(['2024-08-13 23:10']);
    expect(unsure(md)).toHaveLength(1);
  });
});
