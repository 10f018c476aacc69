import { sql } from 'drizzle-orm';
import type { AppDb } from '../../db/types.js';
import { criticalReasonsSql } from './critical-assets.js';
import type { HardwareWaitModel, SpareHardwareGapModel } from './models.js';
import { limitOf, rowsOf } from './rows.js';

/** Facts that show an asset failing, or its redundancy gone, with no spare at hand. */
const failureKinds = sql`('NO_SPARE', 'HARDWARE_FAILURE', 'HA_PARTNER_DOWN', 'POWERED_OFF', 'REPLACEMENT_REQUESTED')`;
const partnerDownKinds = sql`('HA_PARTNER_DOWN', 'POWERED_OFF', 'HARDWARE_FAILURE')`;

/** A unit that ran on the gap asset counts only for incidents while it ran there (its dated placements), or always when it has none. */
const ranThere = sql`(not s.via_child
  or not exists (select 1 from asset_placements p where p.asset_id = s.asset_id and p.host_id is not null)
  or exists (select 1 from asset_placements p where p.asset_id = s.asset_id and p.host_id = s.gap_id
    and (p.valid_from is null or p.valid_from <= i.started_on) and (p.valid_to is null or p.valid_to > i.started_on)))`;

interface GapRow {
  asset_id: string;
  because: string[];
  reason: string;
  evidence: string[] | null;
  waits: { incident_id: string; asset_id: string; requested_on: string; arrived_on: string; days: number }[] | null;
}

/**
 * Critical assets with no spare, or whose redundancy partner is missing or was
 * reported down; with the incidents where that cost time, in one statement.
 * `limit` is for callers inside the API that read more than a caller's page.
 */
export async function spareHardwareGaps(
  db: AppDb,
  args: { withEvidenceOnly?: boolean | null; first?: number | null },
  limit = limitOf(args.first),
): Promise<SpareHardwareGapModel[]> {
  const rows = await rowsOf<GapRow>(
    db,
    sql`/* spare_hardware_gaps */
      with critical as (
        select a.id, a.name, a.spare_id, a.redundancy_partner_id, ${criticalReasonsSql} as because
        from assets a
      ),
      gaps as (
        select c.*,
          p.name as partner_name,
          exists (select 1 from asset_facts f where f.asset_id = c.redundancy_partner_id and f.kind::text in ${partnerDownKinds}) as partner_down
        from critical c left join assets p on p.id = c.redundancy_partner_id
        where cardinality(c.because) > 0
      ),
      scope as (
        -- An asset's gap shows in its own facts, its partner's and those of the units it is made of or that ran on it;
        -- only critical assets' gaps are read.
        select g.id as gap_id, g.id as asset_id, false as via_child from gaps g
        union select g.id, g.redundancy_partner_id, false from gaps g where g.redundancy_partner_id is not null
        union select g.id, child.id, true from gaps g join assets child on child.parent_id = g.id
        union select g.id, p.asset_id, true from gaps g join asset_placements p on p.host_id = g.id
      ),
      evidence as (
        -- Newest first, so a page of evidence is the latest incidents.
        select gap_id, array_agg(incident_id order by started_on desc, incident_id)::text[] as incidents
        from (
          select distinct s.gap_id, f.incident_id, i.started_on
          from scope s
          join asset_facts f on f.asset_id = s.asset_id and f.kind::text in ${failureKinds}
          join incidents i on i.id = f.incident_id
          where ${ranThere}
        ) e
        group by gap_id
      ),
      waits as (
        select s.gap_id, json_agg(json_build_object(
          'incident_id', r.incident_id, 'asset_id', r.asset_id, 'requested_on', r.observed_on::text,
          'arrived_on', arrived.observed_on::text, 'days', arrived.observed_on - r.observed_on) order by r.observed_on) as waits
        from scope s
        join asset_facts r on r.asset_id = s.asset_id and r.kind = 'REPLACEMENT_REQUESTED' and r.observed_on is not null
        join incidents i on i.id = r.incident_id and ${ranThere}
        join lateral (
          select min(x.observed_on) as observed_on from asset_facts x
          where x.asset_id = r.asset_id and x.incident_id = r.incident_id and x.kind = 'REPLACEMENT_ARRIVED' and x.observed_on >= r.observed_on
        ) arrived on arrived.observed_on is not null
        group by s.gap_id
      )
      select g.id as asset_id, g.because,
        concat_ws('; ',
          case when g.spare_id is null then 'no spare' end,
          case when g.redundancy_partner_id is null then 'no redundancy partner'
               when g.partner_down then 'redundancy partner ' || g.partner_name || ' reported down' end) as reason,
        e.incidents as evidence, w.waits
      from gaps g
      left join evidence e on e.gap_id = g.id
      left join waits w on w.gap_id = g.id
      where (g.spare_id is null or g.redundancy_partner_id is null or g.partner_down)
        and (not ${args.withEvidenceOnly ?? false} or e.incidents is not null)
      order by coalesce(cardinality(e.incidents), 0) desc, g.name
      limit ${limit}`,
  );
  return rows.map((row) => ({
    assetId: row.asset_id,
    criticalBecause: row.because,
    reason: row.reason,
    evidenceIds: row.evidence ?? [],
    hardwareWaits: (row.waits ?? []).map(
      (w): HardwareWaitModel => ({ incidentId: w.incident_id, assetId: w.asset_id, requestedOn: w.requested_on, arrivedOn: w.arrived_on, days: Number(w.days) }),
    ),
  }));
}
