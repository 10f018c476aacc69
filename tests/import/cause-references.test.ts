import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/import/parse/parse-report.js';
import { extractFacts } from '../../src/import/extract/extract-facts.js';
import { readCauseReferences, readGroupLine } from '../../src/import/parse/cause-references.js';
import { lineOf, variantReport } from './variant-reports.js';

const THREE_CAUSES = [
  '- The relay disk filled up with old queue files.',
  '- The disk alarm went to a mailbox nobody reads.',
  '- The relay has no second node to take over.',
].join('\n');

function read(recommendations: string, causes = THREE_CAUSES) {
  const md = variantReport({ causes, recommendations });
  const report = parseReport(md);
  return { md, report, facts: extractFacts(report) };
}

describe('a recommendation that names its causes in a tag or in its words', () => {
  it('links a lettered tag after the full stop and drops the tag from the text', () => {
    const { facts } = read('- Add a second relay node. [cause a]\n- Send the disk alarm to the on-call phone. [b, c]');
    expect(facts.recommendations.map((r) => [r.text, r.addressesCauseOrders])).toEqual([
      ['Add a second relay node.', [1]],
      ['Send the disk alarm to the on-call phone.', [2, 3]],
    ]);
    expect(facts.recommendations[0]?.rule).toMatch(/reference:"\[cause a\]"->cause 1/);
  });

  it('takes the tag over the words, which here point at another cause', () => {
    const { facts } = read('- Clean the relay disk queue files every week. (Root cause 3)');
    expect(facts.recommendations[0]).toMatchObject({ text: 'Clean the relay disk queue files every week.', addressesCauseOrders: [3] });
    expect(facts.warnings.filter((w) => w.code.startsWith('RECOMMENDATION_LINK'))).toEqual([]);
  });

  it('takes a bracketed pointer out of the text even before the full stop, keeps a worded one, and reads ranges and pairs', () => {
    const { facts } = read('- Test the failover before any change (causes 1 to 3).\n- Watch the disk (cause 1).\n- This addresses cause 2 and adds a pager.\n- Write one runbook for causes 1 and 3.');
    expect(facts.recommendations.map((r) => [r.text, r.addressesCauseOrders])).toEqual([
      ['Test the failover before any change.', [1, 2, 3]],
      ['Watch the disk.', [1]],
      ['This addresses cause 2 and adds a pager.', [2]],
      ['Write one runbook for causes 1 and 3.', [1, 3]],
    ]);
  });

  it('drops a trailing arrow and reads see-references and RC labels', () => {
    const { facts } = read('- Page the on-call engineer on disk alarms → 2\n- Buy a standby relay. (see root cause 3)\n- Purge the queue nightly. (RC1)');
    expect(facts.recommendations.map((r) => [r.text, r.addressesCauseOrders])).toEqual([
      ['Page the on-call engineer on disk alarms', [2]],
      ['Buy a standby relay.', [3]],
      ['Purge the queue nightly.', [1]],
    ]);
  });

  it('matches a label to the cause that carries it, whatever its position', () => {
    const causes = '- RC7: The relay disk filled up.\n- RC4: Nobody reads the alarm mailbox.';
    const { facts } = read('- Route disk alarms to the pager. (RC4)', causes);
    expect(facts.recommendations[0]?.addressesCauseOrders).toEqual([2]);
    expect(facts.causes.map((c) => c.text)).toEqual(['The relay disk filled up.', 'Nobody reads the alarm mailbox.']);
  });

  it('warns with the line about a cause number the report does not have, and links nothing by it', () => {
    const { md, facts } = read('- Replace the relay. [cause 5]');
    const warning = facts.warnings.find((w) => w.code === 'CAUSE_REFERENCE_UNKNOWN');
    expect(warning?.span?.startLine).toBe(lineOf(md, 'Replace the relay'));
    expect(warning?.message).toMatch(/cause 5/);
    expect(facts.recommendations[0]?.addressesCauseOrders).not.toContain(5);
    expect(facts.recommendations[0]?.linkedByReference).toBe(false);
  });

  it('links the causes that exist and warns about the one that does not', () => {
    const { facts } = read('- Replace the relay. [causes 2, 9]');
    expect(facts.recommendations[0]?.addressesCauseOrders).toEqual([2]);
    expect(facts.warnings.filter((w) => w.code === 'CAUSE_REFERENCE_UNKNOWN')).toHaveLength(1);
  });

  it('warns about a label no cause carries when the causes are labelled', () => {
    const causes = '- RC1: The relay disk filled up.\n- RC2: Nobody reads the alarm mailbox.';
    const { facts } = read('- Add a standby relay (RC5), per RC2.', causes);
    expect(facts.recommendations[0]?.addressesCauseOrders).toEqual([2]);
    expect(facts.warnings.find((w) => w.code === 'CAUSE_REFERENCE_UNKNOWN')?.message).toMatch(/labelled RC5/);
  });

  it('does not read "causes" used as a verb as a reference', () => {
    expect(readCauseReferences('Replace the fan that causes 2 alarms a day.', 1).references).toEqual([]);
    expect(readCauseReferences('Fix the fan, which causes a loud noise.', 1).references).toEqual([]);
    expect(readCauseReferences('Keep 2 spare fans (1 per rack).', 1).references).toEqual([]);
  });
});

describe('recommendations grouped under a line naming a cause', () => {
  it('links the items under each group line, and the group line is no recommendation', () => {
    const { md, report, facts } = read('Against cause 2:\n\n- Send the disk alarm to the pager.\n- Test the alarm monthly.\n\nFor root cause 3:\n\n- Buy a second relay node.');
    expect(facts.recommendations.map((r) => [r.text, r.addressesCauseOrders])).toEqual([
      ['Send the disk alarm to the pager.', [2]],
      ['Test the alarm monthly.', [2]],
      ['Buy a second relay node.', [3]],
    ]);
    expect(report.unread.map((u) => u.line)).not.toContain(lineOf(md, 'Against cause 2'));
  });

  it('reads a group line written in bold or as a heading without opening a section', () => {
    const { md, report, facts } = read('**For root cause 1:**\n\n- Purge old queue files weekly.\n\n### Against cause 3\n\n- Buy a second relay node.');
    expect(facts.recommendations.map((r) => [r.text, r.addressesCauseOrders])).toEqual([
      ['Purge old queue files weekly.', [1]],
      ['Buy a second relay node.', [3]],
    ]);
    expect(report.warnings.filter((w) => w.code === 'UNKNOWN_SECTION')).toEqual([]);
    expect(report.unread.map((u) => u.line)).not.toContain(lineOf(md, 'Against cause 3'));
  });

  it('reads a dash-led group line and a bold one', () => {
    expect(readGroupLine('Cause 3 —', 4)?.numbers).toEqual([3]);
    expect(readGroupLine('**For causes 1 and 2:**', 4)?.numbers).toEqual([1, 2]);
    expect(readGroupLine('Cause 1 – disk space:', 4)?.numbers).toEqual([1]);
    expect(readGroupLine('Root cause 2 is that the alarm went unread', 4)).toBeNull();
  });

  it('warns about a group line with no recommendation under it', () => {
    const { md, report } = read('Root cause 2 - route the alarm to the pager\n\nFor cause 1:\n\n- Purge old queue files weekly.');
    expect(report.warnings.find((w) => w.code === 'CAUSE_GROUP_EMPTY')?.line).toBe(lineOf(md, 'Root cause 2 - route'));
  });

  it('warns about a group line naming a cause the report does not list', () => {
    const { facts } = read('Against cause 4:\n\n- Buy a second relay node.');
    expect(facts.warnings.some((w) => w.code === 'CAUSE_REFERENCE_UNKNOWN')).toBe(true);
  });
});

describe('recommendations that point at causes in words', () => {
  it('links "both causes", "all causes" and "the first two causes"', () => {
    const two = '- The relay disk filled up.\n- The disk alarm went unread.';
    expect(read('- One review covers both causes.', two).facts.recommendations[0]?.addressesCauseOrders).toEqual([1, 2]);
    expect(read('- Review all causes at the service meeting.').facts.recommendations[0]?.addressesCauseOrders).toEqual([1, 2, 3]);
    expect(read('- A weekly check answers the first two causes.').facts.recommendations[0]?.addressesCauseOrders).toEqual([1, 2]);
    expect(read('- Report on the last cause to the board.').facts.recommendations[0]?.addressesCauseOrders).toEqual([3]);
  });

  it('warns when the words do not fit the number of causes', () => {
    const { md, facts } = read('- One review covers both causes.');
    const warning = facts.warnings.find((w) => w.code === 'RECOMMENDATION_LINK_UNSURE' && /both causes/.test(w.message));
    expect(warning?.span?.startLine).toBe(lineOf(md, 'both causes'));
  });

  it('does not read "all causes of" as the report\'s causes', () => {
    expect(readCauseReferences('Train staff to find all causes of a full disk.', 1).references).toEqual([]);
  });
});

describe('a recommendations table with a column naming the causes', () => {
  it('links each row to the causes its Addresses cell names, and warns about one the report lacks', () => {
    const table = '| Action | Addresses | Owner |\n| --- | --- | --- |\n| Buy a second relay node | c | Anson |\n| Page on disk alarms | 1, 2 | Jia |\n| Review the queue | 7 | Jia |';
    const { md, facts } = read(table);
    expect(facts.recommendations.map((r) => [r.text, r.addressesCauseOrders.slice(0, 2)])).toEqual([
      ['Buy a second relay node', [3]],
      ['Page on disk alarms', [1, 2]],
      ['Review the queue', expect.any(Array)],
    ]);
    const warning = facts.warnings.find((w) => w.code === 'CAUSE_REFERENCE_UNKNOWN');
    expect(warning?.span?.startLine).toBe(lineOf(md, 'Review the queue'));
  });

  it('takes the action as the text when a Cause column comes first', () => {
    const table = '| Cause | Action |\n| --- | --- |\n| 2 | Send the disk alarm to the pager |';
    const { facts } = read(table);
    expect(facts.recommendations.map((r) => [r.text, r.addressesCauseOrders])).toEqual([['Send the disk alarm to the pager', [2]]]);
  });
});

