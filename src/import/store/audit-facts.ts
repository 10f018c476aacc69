import { eq } from 'drizzle-orm';
import * as t from '../../../db/schema/index.js';
import type { AppTx } from '../../../db/types.js';
import type { AuditChange } from '../../audit/record.js';

/** The tables holding an incident's own facts, with the audit names of their rows. */
const factTables = [
  { table: t.timelineEvents, entityType: 'TimelineEvent', prefix: 'timelineEvent' },
  { table: t.causes, entityType: 'Cause', prefix: 'cause' },
  { table: t.recommendations, entityType: 'Recommendation', prefix: 'recommendation' },
  { table: t.signOffs, entityType: 'SignOff', prefix: 'signOff' },
  { table: t.assetFacts, entityType: 'AssetFact', prefix: 'assetFact' },
] as const;

export interface FactRow {
  entityType: string;
  prefix: string;
  row: { id: string } & Record<string, unknown>;
}

/** Rows of one fact table as `FactRow`s, e.g. the rows an insert returned. */
export function factTableRows(table: 'timelineEvents' | 'causes' | 'recommendations' | 'signOffs' | 'assetFacts', rows: readonly object[]): FactRow[] {
  const { entityType, prefix } = factTables.find((f) => f.table === t[table])!;
  return rows.map((row) => ({ entityType, prefix, row: row as FactRow['row'] }));
}

/** Every fact row of an incident (one statement per table), for its audit entries. */
export async function incidentFactRows(tx: AppTx, incidentId: string): Promise<FactRow[]> {
  const rows: FactRow[] = [];
  for (const { table, entityType, prefix } of factTables) {
    for (const row of await tx.select().from(table).where(eq(table.incidentId, incidentId))) {
      rows.push({ entityType, prefix, row: row as FactRow['row'] });
    }
  }
  return rows;
}

/** One `<type>.create` entry per fact an import wrote, carrying the whole row (so `asOf` can answer from it). */
export const factCreations = (rows: FactRow[]): AuditChange[] =>
  rows.map(({ entityType, prefix, row }) => ({ action: `${prefix}.create`, entityType, entityId: row.id, after: { ...row, via: 'import' } }));

/** One `<type>.remove` entry per fact a corrected report replaced: from then on the object no longer exists. */
export const factRemovals = (rows: FactRow[]): AuditChange[] =>
  rows.map(({ entityType, prefix, row }) => ({ action: `${prefix}.remove`, entityType, entityId: row.id, before: row, after: null }));
