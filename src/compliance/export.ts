import { stringify } from 'csv-stringify/sync';
import { pgTimestampToIso } from '../graph/scalars.js';
import type { ComplianceRecommendation, ComplianceReport } from './report.js';

export type ExportFormat = 'csv' | 'json';

const columns = ['section', 'incident_key', 'incident_title', 'item', 'who', 'date', 'status', 'due_on', 'overdue', 'age_days', 'detail'] as const;
type Row = Partial<Record<(typeof columns)[number], string | number | boolean | null>>;

/** A spreadsheet runs text starting with = + - @ as a formula; a leading quote keeps it text. */
const inert = (value: unknown) => (typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

const recommendationRow = (section: string, title: string, r: ComplianceRecommendation): Row => ({
  section, incident_key: r.incidentKey, incident_title: title, item: r.text, who: r.owner, date: null, status: r.status,
  due_on: r.dueOn, overdue: r.overdue, age_days: r.ageDays, detail: r.rejectedReason ?? r.evidence ?? (r.verifiedBy ? `verified by ${r.verifiedBy}` : null),
});

/** One row per fact, so the CSV filters and sorts in a spreadsheet. */
function rowsOf(report: ComplianceReport): Row[] {
  const rows: Row[] = [];
  for (const i of report.incidents) {
    const base = { incident_key: i.key, incident_title: i.title };
    rows.push({ section: 'incident', ...base, status: i.status, date: i.startedOn, detail: `ended ${i.endedOn ?? '-'}; closed ${i.closedOn ?? '-'}; emergency declared ${i.emergencyDeclaredOn ?? '-'}, closed ${i.emergencyClosedOn ?? '-'}` });
    for (const s of i.signOffs) rows.push({ section: 'sign_off', ...base, item: s.kind, who: s.who, date: s.signedOn, detail: s.detail });
    for (const r of i.recommendations) rows.push(recommendationRow('recommendation', i.title, r));
    for (const c of i.changesAfterClose) rows.push({ section: 'change_after_close', ...base, item: c.action, who: `${c.actor} (${c.actorRole})`, date: pgTimestampToIso(c.at), detail: `${c.entityType} ${c.entityId}` });
  }
  for (const r of report.overdueRecommendations) rows.push(recommendationRow('overdue_recommendation', '', r));
  return rows;
}

export function renderReport(report: ComplianceReport, format: ExportFormat): { contentType: string; body: string } {
  if (format === 'json') {
    const json = { ...report, incidents: report.incidents.map((i) => ({ ...i, changesAfterClose: i.changesAfterClose.map((c) => ({ ...c, at: pgTimestampToIso(c.at) })) })) };
    return { contentType: 'application/json', body: JSON.stringify(json, null, 2) };
  }
  const records = rowsOf(report).map((row) => columns.map((c) => inert(row[c] ?? '')));
  return { contentType: 'text/csv; charset=utf-8', body: stringify(records, { header: true, columns: [...columns], cast: { boolean: (b) => (b ? 'true' : 'false') } }) };
}
