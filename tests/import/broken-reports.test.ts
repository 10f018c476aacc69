import { describe, expect, it } from 'vitest';
import { MAX_REPORT_BYTES, parseReport } from '../../src/import/parse/parse-report.js';
import { extractFacts } from '../../src/import/extract/extract-facts.js';
import { lineOf, problemsOf, readReport, replaceLine, REPORTS } from './reports.js';

const feb = readReport(REPORTS.feb2025);
const aug = readReport(REPORTS.aug2024);

function withoutLines(markdown: string, from: string, to: string): string {
  const lines = markdown.split('\n');
  const a = lines.findIndex((l) => l.includes(from));
  const b = lines.findIndex((l, i) => i >= a && l.includes(to));
  lines.splice(a, b - a + 1);
  return lines.join('\n');
}

describe('parseReport imports a report with a missing section, warning where it was expected', () => {
  it('without "Incident Caused" it imports no cause and warns at the recommendations that follow', () => {
    const broken = withoutLines(feb, '**Incident Caused:**', 'Snapshot storage shares disks');
    const report = parseReport(broken);
    expect(report.causes).toEqual([]);
    expect(report.recommendations.length).toBe(parseReport(feb).recommendations.length);
    const warning = report.warnings.find((w) => w.code === 'MISSING_SECTION');
    expect(warning).toEqual(expect.objectContaining({ line: lineOf(broken, '**Follow up recommendation:**') }));
    expect(warning?.message).toMatch(/Incident Caused/);
    // With no cause to answer, no recommendation is linked to one; each says so.
    const facts = extractFacts(report);
    expect(facts.recommendations.every((r) => r.addressesCauseOrders.length === 0)).toBe(true);
    expect(facts.warnings.filter((w) => w.code === 'RECOMMENDATION_LINK_UNSURE')).toHaveLength(facts.recommendations.length);
  });

  it('without the title it names the incident after its first symptom, with a warning on that line', () => {
    const untitled = feb.replace(/^# Incident report for .*$/m, '');
    const report = parseReport(untitled);
    expect(report.title).toBe(report.symptoms.items[0]);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'TITLE_GUESSED', line: report.symptoms.span.startLine }));
    expect(report.department).toBe('Information Technology Department');
  });

  it('without the title it takes the first plain line that is not the department or organisation', () => {
    const untitled = feb.replace(/^# Incident report for .*$/m, 'HNFS panel database lost');
    const report = parseReport(untitled);
    expect(report.title).toBe('HNFS panel database lost');
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'TITLE_GUESSED', line: 1 }));
    expect(report.organisation).toBe('Hyper Group Network Ltd.');
  });

  it('refuses a report with no title and no line to name it by', () => {
    const bare = ['Date: 11 Feb 2025 - 14 Feb 2025', '', '**Incident Description:**', '', '- 11 Feb 2025', '', 'The panel stopped.'].join('\n');
    expect(problemsOf(bare)).toContainEqual(expect.objectContaining({ code: 'MISSING_SECTION', line: 1 }));
  });

  it('without the "Date:" line it reads the period from the timeline, with a warning', () => {
    const report = parseReport(feb.replace(/^Date: .*$/m, ''));
    const dates = report.timeline.flatMap((e) => [e.startDate, e.endDate]).sort();
    expect(report.period.start).toBe(dates[0]);
    expect(report.period.end).toBe(dates[dates.length - 1]);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'PERIOD_FROM_TIMELINE' }));
  });

  it('refuses a report with no "Date:" line and no dated timeline entry: the incident has no dates', () => {
    const undated = withoutLines(feb.replace(/^Date: .*$/m, ''), '**Incident Description:**', '**Incident Caused:**');
    expect(problemsOf(`${undated}`)).toContainEqual(expect.objectContaining({ code: 'MISSING_SECTION', message: expect.stringMatching(/Date/) }));
  });

  it('without the parties it imports nobody and warns where the list was expected', () => {
    const noParties = withoutLines(feb, '**Related Parties:**', '7. Alex Liang');
    const report = parseReport(noParties);
    expect(report.parties).toEqual([]);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'MISSING_SECTION', message: expect.stringMatching(/Related Parties/) }));
  });

  it('lists every problem at once, each as a warning on its line, and keeps what it can read', () => {
    const broken = replaceLine(replaceLine(feb, 'Date: 11 Feb', 'Date: 31 Feb 2025 - 14 Feb 2025'), '3. Mary Hui', '3.');
    const report = parseReport(broken);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'EMPTY_PARTY', line: lineOf(broken, 'Tsang Kwok Wo') - 1 }));
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'INVALID_DATE', line: lineOf(broken, 'Date:') }));
    expect(report.parties).toHaveLength(parseReport(feb).parties.length - 1);
    expect(report.timeline).toHaveLength(parseReport(feb).timeline.length);
  });

  it('accepts a report without sign-offs but warns about it', () => {
    const unsigned = feb.replace(/^(Report by|Verified by|Additional verification):.*$/gm, '');
    const report = parseReport(unsigned);
    expect(report.signOffs).toEqual([]);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'MISSING_SIGN_OFF' }));
    expect(extractFacts(report).warnings).toContainEqual(expect.objectContaining({ code: 'NO_SIGN_OFFS' }));
  });
});

describe('parseReport warns about impossible and inconsistent dates and keeps the rest', () => {
  const datesOf = (markdown: string) => parseReport(markdown).timeline.map((e) => e.startDate);
  const unreadLines = (markdown: string) => parseReport(markdown).unread.map((u) => u.line);

  it('reads the period from the timeline when the period line has 31 Feb 2025', () => {
    const broken = replaceLine(feb, 'Date: 11 Feb', 'Date: 11 Feb 2025 - 31 Feb 2025');
    const report = parseReport(broken);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'INVALID_DATE', line: lineOf(broken, 'Date:') }));
    expect(report.period.start).toBe(report.timeline[0]?.startDate);
    expect(unreadLines(broken)).toContain(lineOf(broken, 'Date:'));
  });

  it('leaves out a timeline entry dated 31 Feb 2025, warning on its line and listing its text as unread', () => {
    const broken = replaceLine(feb, '- 13 Feb 2025', '- 31 Feb 2025');
    const report = parseReport(broken);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'INVALID_DATE', line: lineOf(broken, '- 31 Feb 2025') }));
    expect(datesOf(broken)).not.toContain('2025-02-13');
    expect(report.timeline).toHaveLength(parseReport(feb).timeline.length - 1);
    expect(unreadLines(broken)).toContain(lineOf(broken, '- 31 Feb 2025'));
  });

  it('reads the period from the timeline when the period ends before it starts', () => {
    const broken = replaceLine(feb, 'Date: 11 Feb', 'Date: 14 Feb 2025 - 11 Feb 2025');
    const report = parseReport(broken);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'DATE_ORDER', line: lineOf(broken, 'Date:') }));
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'PERIOD_FROM_TIMELINE' }));
  });

  it('leaves out a ranged timeline entry that ends before it starts, with a warning', () => {
    const broken = replaceLine(aug, '- 23 Aug 2024', '- 26 Aug 2024 – 23 Aug 2024');
    expect(parseReport(broken).warnings).toContainEqual(expect.objectContaining({ code: 'DATE_ORDER', line: lineOf(broken, '- 26 Aug 2024 –') }));
    expect(datesOf(broken)).not.toContain('2024-08-26');
  });

  it('keeps timeline entries out of order as written, with a warning on the earlier one', () => {
    const broken = replaceLine(feb, '- 13 Feb 2025', '- 10 Feb 2025');
    expect(parseReport(broken).warnings).toContainEqual(expect.objectContaining({ code: 'DATE_ORDER', line: lineOf(broken, '- 10 Feb 2025') }));
    expect(datesOf(broken)).toContain('2025-02-10');
  });

  it('leaves out a timeline date far outside the incident period, with a warning', () => {
    const broken = replaceLine(feb, '- 14 Feb 2025', '- 14 Feb 2026');
    expect(parseReport(broken).warnings).toContainEqual(expect.objectContaining({ code: 'DATE_OUT_OF_RANGE', line: lineOf(broken, '- 14 Feb 2026') }));
    expect(datesOf(broken)).not.toContain('2026-02-14');
  });

  it('warns about a date-like bullet that is not a date and reads the other entries', () => {
    const broken = replaceLine(feb, '- 12 Feb 2025', '- 12 Febtember 2025');
    expect(parseReport(broken).warnings).toContainEqual(expect.objectContaining({ code: 'INVALID_DATE', line: lineOf(broken, 'Febtember') }));
    expect(datesOf(broken)).not.toContain('2025-02-12');
    expect(datesOf(broken)).toContain('2025-02-11');
  });
});

describe('parseReport warns about broken party lines and reads the others', () => {
  const partyCount = parseReport(feb).parties.length;

  it('warns about "3." with no name', () => {
    const broken = replaceLine(feb, '3. Mary Hui', '3.');
    const report = parseReport(broken);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'EMPTY_PARTY', line: lineOf(broken, 'Tsang Kwok Wo') - 1 }));
    expect(report.parties).toHaveLength(partyCount - 1);
  });

  it('warns about "3. - Title" with no name', () => {
    const broken = replaceLine(feb, '3. Mary Hui', '3. - RCN Infrastructure Engineer');
    const report = parseReport(broken);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'EMPTY_PARTY', line: lineOf(broken, '3. - RCN') }));
    expect(report.unread.map((u) => u.line)).toContain(lineOf(broken, '3. - RCN'));
  });

  it('warns about a party without a title and does not store it', () => {
    const broken = replaceLine(feb, '3. Mary Hui', '3. Mary Hui');
    const report = parseReport(broken);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'PARTY_WITHOUT_TITLE', line: lineOf(broken, '3. Mary Hui') }));
    expect(report.parties.map((p) => p.name)).not.toContain('Mary Hui');
  });
});

describe('parseReport rejects unsafe input before parsing it', () => {
  it('rejects a 5 MB body as too large', () => {
    const huge = feb + '\n\n' + 'x'.repeat(5 * 1024 * 1024);
    expect(problemsOf(huge)).toEqual([expect.objectContaining({ code: 'TOO_LARGE', line: null })]);
    expect(MAX_REPORT_BYTES).toBe(1_000_000);
  });

  it('counts bytes, not characters, against the limit', () => {
    const justOver = feb + '\n\n' + 'é'.repeat(MAX_REPORT_BYTES / 2);
    expect(problemsOf(justOver).map((p) => p.code)).toEqual(['TOO_LARGE']);
  });

  it('rejects NUL bytes, naming the line', () => {
    const broken = replaceLine(feb, '4. Tsang Kwok Wo', '4. Tsang\u0000Kwok Wo - Services Engineer');
    expect(problemsOf(broken)).toEqual([expect.objectContaining({ code: 'NUL_BYTE', line: lineOf(broken, '4. Tsang') })]);
  });

  it('rejects other control characters and bidi overrides', () => {
    expect(problemsOf(feb.replace('Backup: BKP', 'Backup: \u001bBKP'))).toEqual([expect.objectContaining({ code: 'CONTROL_CHARACTER' })]);
    expect(problemsOf(feb.replace('Backup: BKP', 'Backup: \u202eBKP'))).toEqual([expect.objectContaining({ code: 'CONTROL_CHARACTER' })]);
  });

  it('rejects an empty report and anything that is not text', () => {
    expect(problemsOf('   \n\n')).toContainEqual(expect.objectContaining({ code: 'EMPTY_REPORT' }));
    expect(problemsOf(42 as unknown as string)).toEqual([expect.objectContaining({ code: 'NOT_TEXT' })]);
  });
});

describe('parseReport keeps hostile strings as plain text', () => {
  it('keeps SQL-looking text in a party name verbatim', () => {
    const name = "Robert'); DROP TABLE parties;--";
    const report = parseReport(replaceLine(feb, '3. Mary Hui', `3. ${name} - RCN Infrastructure Engineer`));
    expect(report.parties[2]?.name).toBe(name);
  });

  it('keeps a <script> tag in a timeline paragraph as text', () => {
    const report = parseReport(replaceLine(feb, 'UAT for RCN & HNFS panel is passed.', '<script>alert("x")</script> UAT for RCN & HNFS panel is passed.'));
    expect(report.timeline[3]?.paragraphs[0]?.text).toContain('<script>alert("x")</script>');
    expect(() => extractFacts(report)).not.toThrow();
  });

  it('keeps unicode names (CJK, emoji, accents) and matches them in sign-offs', () => {
    const report = parseReport(replaceLine(feb.replace('Mary Hui, Tsang Kwok Wo', 'Mary Hui, 曾國和'), '4. Tsang Kwok Wo', '4. 曾國和 – Services Engineer 🛠'));
    const facts = extractFacts(report);
    expect(facts.parties.find((p) => p.name === '曾國和')?.roles).toContain('VERIFIER');
  });

  it('handles a very long line without trouble', () => {
    const long = 'MASTER-01 '.repeat(50_000);
    const report = parseReport(replaceLine(feb, 'UAT for RCN & HNFS panel is passed.', long));
    expect(extractFacts(report).assets.some((a) => a.name === 'MASTER-01')).toBe(true);
  });

  it('leaves out an over-long party name with a warning', () => {
    const broken = replaceLine(feb, '3. Mary Hui', `3. ${'A'.repeat(500)} - Engineer`);
    const report = parseReport(broken);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'FIELD_TOO_LONG', line: lineOf(broken, '3. AAAA') }));
    expect(report.parties.every((p) => p.name.length <= 200)).toBe(true);
  });

  it('turns pathological nesting into a report problem rather than a crash', () => {
    const nested = feb.replace('UAT for RCN & HNFS panel is passed.', '>'.repeat(20_000) + ' deep');
    expect(() => {
      try {
        extractFacts(parseReport(nested));
      } catch (error) {
        if (error instanceof Error && error.name === 'ReportParseError') return;
        throw error;
      }
    }).not.toThrow();
  });
});

describe('parseReport does not record a sign-off name no person has', () => {
  it('warns FIELD_TOO_LONG on the sign-off line instead of matching a 10,000-character name in the text', () => {
    const broken = replaceLine(feb, 'Report by:', `Report by: Oscar Fung, Ivan Cheung ${'x'.repeat(10_000)}`);
    const report = parseReport(broken);
    expect(report.warnings).toContainEqual(expect.objectContaining({ code: 'FIELD_TOO_LONG', line: lineOf(broken, 'Report by:') }));
    expect(report.signOffs.some((s) => s.span.startLine === lineOf(broken, 'Report by:'))).toBe(false);
  });
});
