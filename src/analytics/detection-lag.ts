import { sql, type SQL } from 'drizzle-orm';
import type { AppDb } from '../../db/types.js';
import type { DetectionLagModel, IncidentTimingsModel } from './models.js';
import { limitOf, rowsOf, uuidArray } from './rows.js';

interface LagRow {
  source: 'CAUSE' | 'ASSET_FACT';
  incident_id: string;
  text: string;
  asset_id: string | null;
  since: string;
  since_precision: string | null;
  detected_on: string;
  days: number;
}

/**
 * Faults with a stated start ("out of sync since May 2024") and the day they
 * were found: the asset fact's observation day, else the incident's start.
 */
function lagsSql(where: SQL, limit: number): SQL {
  return sql`/* detection_lags */
    select *, (detected_on::date - since::date) as days from (
      -- One fact can be stored under several kinds (powered off, HA partner down): one lag each.
      select distinct on (source, incident_id, text, asset_id, since) * from (
      select 'CAUSE' as source, c.incident_id, c.text, null::uuid as asset_id, c.since_on::text as since, c.since_precision,
        coalesce((select min(f.observed_on) from asset_facts f where f.incident_id = c.incident_id and f.since_on = c.since_on), i.started_on)::text as detected_on,
        i.started_on
      from causes c join incidents i on i.id = c.incident_id
      where c.since_on is not null
      union all
      select 'ASSET_FACT', f.incident_id, f.text, f.asset_id, f.since_on::text, f.since_precision,
        coalesce(f.observed_on, i.started_on)::text, i.started_on
      from asset_facts f join incidents i on i.id = f.incident_id
      where f.since_on is not null
      ) stated
    ) lag
    where ${where}
    order by days desc, detected_on desc
    limit ${limit}`;
}

const toModel = (row: LagRow): DetectionLagModel => ({
  incidentId: row.incident_id, source: row.source, text: row.text, assetId: row.asset_id, since: row.since,
  sincePrecision: row.since_precision, detectedOn: row.detected_on, days: Number(row.days),
});

export async function detectionLags(db: AppDb, args: { since?: string | null; until?: string | null; first?: number | null }): Promise<DetectionLagModel[]> {
  const where = sql`(${args.since ?? null}::date is null or started_on >= ${args.since ?? null}::date)
    and (${args.until ?? null}::date is null or started_on <= ${args.until ?? null}::date)`;
  return (await rowsOf<LagRow>(db, lagsSql(where, limitOf(args.first)))).map(toModel);
}

/** Detection lags of a batch of incidents, one statement. */
export async function detectionLagsByIncident(db: AppDb, incidentIds: readonly string[]): Promise<DetectionLagModel[][]> {
  const rows = (await rowsOf<LagRow>(db, lagsSql(sql`incident_id = any(${uuidArray(incidentIds)})`, 10_000))).map(toModel);
  return incidentIds.map((id) => rows.filter((row) => row.incidentId === id));
}

interface TimingRow {
  id: string;
  fault_started_on: string;
  detected_on: string;
  mitigated_on: string | null;
  resolved_on: string | null;
  closed_on: string | null;
}

const daysBetween = (from: string, to: string | null) => (to ? Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) : null);

/** Fault start, detection, mitigation, resolution and closure of a batch of incidents, from their timelines. */
export async function timingsByIncident(db: AppDb, incidentIds: readonly string[]): Promise<IncidentTimingsModel[]> {
  const rows = await rowsOf<TimingRow>(
    db,
    sql`/* incident_timings */
      select i.id,
        least(i.started_on, (select min(since_on) from causes c where c.incident_id = i.id),
              (select min(since_on) from asset_facts f where f.incident_id = i.id))::text as fault_started_on,
        coalesce((select min(occurred_on) from timeline_events e where e.incident_id = i.id and e.phase = 'DETECTION'), i.started_on)::text as detected_on,
        (select min(occurred_on) from timeline_events e where e.incident_id = i.id and 'MITIGATION' = any(e.phases))::text as mitigated_on,
        i.ended_on::text as resolved_on, i.closed_on::text as closed_on
      from incidents i where i.id = any(${uuidArray(incidentIds)})`,
  );
  const byId = new Map(rows.map((row) => [row.id, row]));
  return incidentIds.map((id) => {
    const row = byId.get(id)!;
    return {
      faultStartedOn: row.fault_started_on, detectedOn: row.detected_on, mitigatedOn: row.mitigated_on,
      resolvedOn: row.resolved_on, closedOn: row.closed_on,
      daysToDetect: daysBetween(row.fault_started_on, row.detected_on)!,
      daysToMitigate: daysBetween(row.detected_on, row.mitigated_on),
      daysToResolve: daysBetween(row.detected_on, row.resolved_on),
    };
  });
}
