import { sql } from 'drizzle-orm';
import type { AppDb } from '../../db/types.js';
import type { AssetStatus } from '../import/extract/fact-types.js';
import { rowsOf, uuidArray } from './rows.js';

export interface AssetIncidentLinkModel {
  incidentId: string;
  direct: boolean;
}

export interface PlacementModel {
  id: string;
  assetId: string;
  hostId: string | null;
  status: AssetStatus | null;
  validFrom: string | null;
  validTo: string | null;
  incidentId: string | null;
  sourceStartLine: number | null;
  sourceEndLine: number | null;
  sourceRule: string | null;
}

/** The incidents that count for each asset, newest first, saying whether the report names the asset or only what ran on it then. */
export async function incidentLinksBy(db: AppDb, assetIds: readonly string[]): Promise<AssetIncidentLinkModel[][]> {
  const rows = await rowsOf<{ asset_id: string; incident_id: string; direct: boolean }>(
    db,
    sql`/* asset_incident_links */
      select l.asset_id, l.incident_id, l.direct from incident_asset_links l join incidents i on i.id = l.incident_id
      where l.asset_id = any(${uuidArray(assetIds)})
      order by i.started_on desc, i.id`,
  );
  return assetIds.map((id) => rows.filter((r) => r.asset_id === id).map((r) => ({ incidentId: r.incident_id, direct: r.direct })));
}

/** Each asset's dated hostings and status changes, oldest first (an unknown start first of all). */
export async function placementsBy(db: AppDb, assetIds: readonly string[]): Promise<PlacementModel[][]> {
  const rows = await rowsOf<{ id: string; asset_id: string; host_id: string | null; status: string | null; valid_from: string | null; valid_to: string | null; incident_id: string | null; source_start_line: number | null; source_end_line: number | null; source_rule: string | null }>(
    db,
    sql`/* asset_placements */
      select id, asset_id, host_id, status::text, valid_from::text, valid_to::text, incident_id, source_start_line, source_end_line, source_rule
      from asset_placements where asset_id = any(${uuidArray(assetIds)})
      order by valid_from nulls first, created_at, id`,
  );
  return assetIds.map((id) => rows.filter((r) => r.asset_id === id).map((r) => ({
    id: r.id, assetId: r.asset_id, hostId: r.host_id, status: r.status as AssetStatus | null, validFrom: r.valid_from, validTo: r.valid_to, incidentId: r.incident_id,
    sourceStartLine: r.source_start_line, sourceEndLine: r.source_end_line, sourceRule: r.source_rule,
  })));
}
