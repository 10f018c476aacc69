import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/types.js';
import { rowsOf, uuidArray } from '../analytics/rows.js';

export interface IncidentFacts {
  severity: string | null;
  causeCategories: string[];
  assetIds: string[];
}

/** Severity, cause categories and assets (named by the incident, its causes or its timeline) of each incident, in one statement. */
export async function incidentFacts(tx: Executor, incidentIds: readonly string[]): Promise<Map<string, IncidentFacts>> {
  if (incidentIds.length === 0) return new Map();
  const rows = await rowsOf<{ id: string; severity: string | null; categories: string[] | null; assets: string[] | null }>(
    tx,
    sql`/* webhook incident facts */
      select i.id, i.severity::text as severity,
        (select array_agg(distinct category::text) from causes c, unnest(c.categories) category where c.incident_id = i.id) as categories,
        (select array_agg(distinct asset_id::text) from (
          select ia.asset_id from incident_assets ia where ia.incident_id = i.id
          union select ca.asset_id from cause_assets ca join causes c on c.id = ca.cause_id where c.incident_id = i.id
          union select ea.asset_id from event_assets ea join timeline_events e on e.id = ea.event_id where e.incident_id = i.id
        ) involved) as assets
      from incidents i where i.id = any(${uuidArray(incidentIds)})`,
  );
  return new Map(rows.map((row) => [row.id, { severity: row.severity, causeCategories: row.categories ?? [], assetIds: row.assets ?? [] }]));
}
