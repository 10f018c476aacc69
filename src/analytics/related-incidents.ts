import { sql } from 'drizzle-orm';
import type { AppDb } from '../../db/types.js';
import type { RelatedIncidentModel } from './models.js';
import { rowsOf, uuidArray } from './rows.js';

interface RelatedRow {
  incident_id: string;
  related_id: string;
  score: number;
  reasons: string[];
}

/**
 * Incidents sharing assets (through hosting too), cause categories, services or
 * parties with each incident of a batch, scored and explained, in one statement.
 * Asset roll-ups and cause categories come from the memberships kept at write time.
 *
 * Cause categories are shared by most incidents, so they are paired last and only where they can matter.
 * First the assets, services and parties are scored (`direct`). Take t, the page's last direct score: at
 * least a page of incidents score t or more in all, so one whose direct score plus every category the
 * incident has (2 each) stays below t is off the page. Only the incidents left get their categories, each
 * looked up by key; an incident with fewer direct matches than a page, or categories worth t or more,
 * pairs every incident under its categories instead.
 */
export async function relatedIncidentsBy(db: AppDb, incidentIds: readonly string[], first: number): Promise<RelatedIncidentModel[][]> {
  const ids = uuidArray(incidentIds);
  const rows = await rowsOf<RelatedRow>(
    db,
    sql`/* related_incidents */
      with categories as materialized (
        select incident_id, pattern_id, 'cause category ' || key as reason from pattern_members
        where dimension = 'CAUSE_CATEGORY' and incident_id = any(${ids})
      ),
      direct as materialized (
        select a.incident_id, b.incident_id as related_id, 3 as weight, 'asset ' || x.name as reason
        from pattern_members a join pattern_members b on b.pattern_id = a.pattern_id and b.incident_id <> a.incident_id
        join assets x on x.id = a.key::uuid
        where a.dimension = 'ASSET' and a.incident_id = any(${ids})
        union
        select a.incident_id, b.incident_id, 1, 'service ' || s.name
        from incident_services a join incident_services b on b.service_id = a.service_id and b.incident_id <> a.incident_id
        join services s on s.id = a.service_id
        where a.incident_id = any(${ids})
        union
        select a.incident_id, b.incident_id, 1, 'party ' || p.name
        from incident_parties a join incident_parties b on b.party_id = a.party_id and b.incident_id <> a.incident_id
        join parties p on p.id = a.party_id
        where a.incident_id = any(${ids})
      ),
      direct_scores as materialized (select incident_id, related_id, sum(weight)::int as score from direct group by incident_id, related_id),
      cut as (
        select i.id as incident_id,
          (select (array_agg(d.score order by d.score desc))[${first}] from direct_scores d where d.incident_id = i.id) as last_direct,
          (select 2 * count(*) from categories c where c.incident_id = i.id)::int as category_bound
        from unnest(${ids}) as i(id)
      ),
      pruned as (select incident_id, last_direct, category_bound from cut where last_direct > category_bound),
      candidates as (
        select d.incident_id, d.related_id from direct_scores d join pruned p using (incident_id)
        where d.score + p.category_bound >= p.last_direct
      ),
      shared as (
        select d.* from direct d where d.incident_id not in (select incident_id from pruned)
        union all
        select d.* from direct d join candidates using (incident_id, related_id)
        union all
        select c.incident_id, b.incident_id, 2, c.reason
        from categories c join pattern_members b on b.pattern_id = c.pattern_id and b.incident_id <> c.incident_id
        where c.incident_id not in (select incident_id from pruned)
        union all
        select c.incident_id, k.related_id, 2, c.reason
        from candidates k join categories c on c.incident_id = k.incident_id
        join pattern_members b on b.pattern_id = c.pattern_id and b.incident_id = k.related_id
      ),
      scored as (
        select incident_id, related_id, sum(weight)::int as score, array_agg(reason order by weight desc, reason) as reasons,
          row_number() over (partition by incident_id order by sum(weight) desc, related_id) as rank
        from shared group by incident_id, related_id
      )
      select incident_id, related_id, score, reasons from scored where rank <= ${first} order by incident_id, rank`,
  );
  return incidentIds.map((id) =>
    rows.filter((row) => row.incident_id === id).map((row) => ({ incidentId: row.related_id, score: row.score, reasons: row.reasons })),
  );
}
