import { describe, expect, it } from 'vitest';
import { extractFacts } from '../../src/import/extract/extract-facts.js';
import { readPartyLine } from '../../src/import/parse/party-line.js';
import { parseReport } from '../../src/import/parse/parse-report.js';
import { findTimes } from '../../src/import/parse/times.js';
import { lineOf, variantReport } from './variant-reports.js';

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
