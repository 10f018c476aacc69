import { sql } from 'drizzle-orm';
import type { AppDb } from '../../db/types.js';
import { criticalReasonsSql, isCriticalSql } from './critical-assets.js';
import type { HardwareWaitModel, SpareHardwareGapModel } from './models.js';
import { limitOf, rowsOf } from './rows.js';

/**
 * Facts that show an asset failing, or its redundancy gone, with no spare at hand. Compared as text: the facts are
 * then read in one pass, where the enum list sends the planner through the kind index at a higher cost.
 */
const failureKinds = sql`('NO_SPARE', 'HARDWARE_FAILURE', 'HA_PARTNER_DOWN', 'POWERED_OFF', 'REPLACEMENT_REQUESTED')`;
const partnerDownKinds = sql`('HA_PARTNER_DOWN', 'POWERED_OFF', 'HARDWARE_FAILURE')`;

/**
 * A unit that ran on the gap asset counts only for incidents while it ran there (its dated placements), or always
 * when it has none (`s.dated` is false). `fact` is the alias of the fact read; its incident's start dates it.
 */
const ranThere = (fact: string) => sql`(not s.dated
  or exists (select 1 from asset_placements p join incidents i on i.id = ${sql.raw(fact)}.incident_id
    where p.asset_id = s.asset_id and p.host_id = s.gap_id
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
      with gaps as (
        select a.id, a.name, a.spare_id, a.redundancy_partner_id,
          p.name as partner_name,
          exists (select 1 from asset_facts f where f.asset_id = a.redundancy_partner_id and f.kind::text in ${partnerDownKinds}) as partner_down
        from assets a left join assets p on p.id = a.redundancy_partner_id
        where ${isCriticalSql}
      ),
      scope as (
        -- An asset's gap shows in its own facts, its partner's and those of the units it is made of or that ran on it;
        -- only critical assets' gaps are read. A unit with dated placements counts only while it ran on the gap asset.
        select u.gap_id, u.asset_id,
          u.via_child and exists (select 1 from asset_placements p where p.asset_id = u.asset_id and p.host_id is not null) as dated
        from (
          select g.id as gap_id, g.id as asset_id, false as via_child from gaps g
          union select g.id, g.redundancy_partner_id, false from gaps g where g.redundancy_partner_id is not null
          union select g.id, child.id, true from gaps g join assets child on child.parent_id = g.id
          union select g.id, p.asset_id, true from gaps g join asset_placements p on p.host_id = g.id
        ) u
      ),
      evidence_counts as (
        -- How many incidents are evidence of each gap: the order of the list, before any gap's evidence is read.
        select gap_id, count(*)::int as n
        from (
          select s.gap_id, f.incident_id
          from scope s join asset_facts f on f.asset_id = s.asset_id and f.kind::text in ${failureKinds}
          where ${ranThere('f')}
          group by s.gap_id, f.incident_id
        ) e
        group by gap_id
      ),
      page as (
        select g.*, coalesce(e.n, 0) as evidence_count
        from gaps g left join evidence_counts e on e.gap_id = g.id
        where (g.spare_id is null or g.redundancy_partner_id is null or g.partner_down)
          and (not ${args.withEvidenceOnly ?? false} or e.n is not null)
        order by coalesce(e.n, 0) desc, g.name
        limit ${limit}
      ),
      page_scope as (
        select s.* from page g join scope s on s.gap_id = g.id
      ),
      evidence as (
        -- The page's evidence, newest first, so a page of evidence is the latest incidents.
        select gap_id, array_agg(incident_id order by started_on desc, incident_id)::text[] as incidents
        from (
          select distinct s.gap_id, f.incident_id, i.started_on
          from page_scope s
          join asset_facts f on f.asset_id = s.asset_id and f.kind::text in ${failureKinds}
          join incidents i on i.id = f.incident_id
          where ${ranThere('f')}
        ) e
        group by gap_id
      ),
      waits as (
        select s.gap_id, json_agg(json_build_object(
          'incident_id', r.incident_id, 'asset_id', r.asset_id, 'requested_on', r.observed_on::text,
          'arrived_on', arrived.observed_on::text, 'days', arrived.observed_on - r.observed_on) order by r.observed_on, r.incident_id, r.asset_id) as waits
        from page_scope s
        join asset_facts r on r.asset_id = s.asset_id and r.kind = 'REPLACEMENT_REQUESTED' and r.observed_on is not null
        join lateral (
          select min(x.observed_on) as observed_on from asset_facts x
          where x.asset_id = r.asset_id and x.incident_id = r.incident_id and x.kind = 'REPLACEMENT_ARRIVED' and x.observed_on >= r.observed_on
        ) arrived on arrived.observed_on is not null
        where ${ranThere('r')}
        group by s.gap_id
      )
      -- Why each asset of the page is critical, read for the page alone.
      select g.id as asset_id, (select ${criticalReasonsSql} from assets a where a.id = g.id) as because,
        concat_ws('; ',
          case when g.spare_id is null then 'no spare' end,
          case when g.redundancy_partner_id is null then 'no redundancy partner'
               when g.partner_down then 'redundancy partner ' || g.partner_name || ' reported down' end) as reason,
        e.incidents as evidence, w.waits
      from page g
      left join evidence e on e.gap_id = g.id
      left join waits w on w.gap_id = g.id
      order by g.evidence_count desc, g.name`,
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
