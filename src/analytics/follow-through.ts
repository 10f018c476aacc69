import { sql, type SQL } from 'drizzle-orm';
import type { AppDb } from '../../db/types.js';
import type { RecurrenceModel } from './models.js';
import { limitOf, rowsOf, uuidArray } from './rows.js';

/**
 * A recommendation recurs when a later incident lists a cause in a category, or
 * on an asset, that a cause it addresses had, or a later cause cites its incident.
 */
function recurrencesSql(where: SQL, laterCauses: SQL = sql`true`): SQL {
  return sql`
    with targeted as (
      select r.id as recommendation_id, r.incident_id as earlier_incident_id, ei.started_on as earlier_started_on,
             to_char(ei.started_on, 'YYYY-MM') as earlier_month, c.id as earlier_cause_id, c.categories
      from recommendations r
      join recommendation_causes rc on rc.recommendation_id = r.id
      join causes c on c.id = rc.cause_id
      join incidents ei on ei.id = r.incident_id
    ),
    later as (
      select c.id as cause_id, c.incident_id, c.categories, c.cites_earlier_recommendation, c.earlier_incident_month, i.started_on
      from causes c join incidents i on i.id = c.incident_id
      where not c.found_in_timeline and ${laterCauses}
    ),
    reasons as (
      select t.recommendation_id, l.cause_id, l.incident_id, l.started_on, 'category ' || category::text as reason
      from targeted t join later l on l.started_on > t.earlier_started_on
      cross join lateral unnest(t.categories) as category
      where category = any(l.categories)
      union
      select t.recommendation_id, l.cause_id, l.incident_id, l.started_on, 'asset ' || a.name
      from targeted t join later l on l.started_on > t.earlier_started_on
      join cause_assets ea on ea.cause_id = t.earlier_cause_id
      join cause_assets la on la.cause_id = l.cause_id and la.asset_id = ea.asset_id
      join assets a on a.id = ea.asset_id
      union
      select t.recommendation_id, l.cause_id, l.incident_id, l.started_on, 'cites the ' || l.earlier_incident_month || ' incident'
      from targeted t join later l on l.started_on > t.earlier_started_on
      where l.cites_earlier_recommendation and l.earlier_incident_month = t.earlier_month
    )
    select recommendation_id, cause_id, incident_id, max(started_on)::text as started_on, array_agg(distinct reason order by reason) as matched_on
    from reasons
    where ${where}
    group by recommendation_id, cause_id, incident_id`;
}

interface RecurrenceRow {
  recommendation_id: string;
  cause_id: string;
  incident_id: string;
  matched_on: string[];
}

const toModel = (row: RecurrenceRow): RecurrenceModel => ({
  recommendationId: row.recommendation_id, causeId: row.cause_id, incidentId: row.incident_id, matchedOn: row.matched_on,
});

/**
 * The earliest targeting recommendation's incident start per category, per
 * asset and per cited month: a later cause recurs iff it starts after one of
 * its keys' earliest. Linear, where pairing every recommendation with every
 * later cause is quadratic.
 */
const earliestTargets = sql`
  targeted_categories as (
    select category, min(ei.started_on) as earliest
    from recommendations r join recommendation_causes rc on rc.recommendation_id = r.id join causes c on c.id = rc.cause_id
    join incidents ei on ei.id = r.incident_id cross join lateral unnest(c.categories) as category group by category),
  targeted_assets as (
    select ca.asset_id, min(ei.started_on) as earliest
    from recommendations r join recommendation_causes rc on rc.recommendation_id = r.id join cause_assets ca on ca.cause_id = rc.cause_id
    join incidents ei on ei.id = r.incident_id group by ca.asset_id),
  targeted_months as (
    select to_char(ei.started_on, 'YYYY-MM') as month, min(ei.started_on) as earliest
    from recommendations r join incidents ei on ei.id = r.incident_id
    where exists (select 1 from recommendation_causes rc where rc.recommendation_id = r.id) group by 1)`;

/**
 * The newest later causes that recur, enough of them for a page of `limit`
 * pairs (each recurring cause gives at least one), with every cause on the
 * boundary day so ties rank as in the full list.
 */
function newestRecurringCauses(limit: number): SQL {
  return sql`(with ${earliestTargets},
    recurring as (
      select c.id, i.started_on from causes c join incidents i on i.id = c.incident_id
      where not c.found_in_timeline and (
        exists (select 1 from unnest(c.categories) as category join targeted_categories t using (category) where t.earliest < i.started_on)
        or exists (select 1 from cause_assets ca join targeted_assets t using (asset_id) where ca.cause_id = c.id and t.earliest < i.started_on)
        or (c.cites_earlier_recommendation and exists (select 1 from targeted_months t where t.month = c.earlier_incident_month and t.earliest < i.started_on)))),
    boundary as (select started_on from recurring order by started_on desc offset ${Math.max(limit - 1, 0)} limit 1)
    select id from recurring where started_on >= coalesce((select started_on from boundary), '-infinity'::date))`;
}

export async function recurrences(db: AppDb, first?: number | null): Promise<RecurrenceModel[]> {
  const limit = limitOf(first);
  const rows = await rowsOf<RecurrenceRow>(
    db,
    sql`/* recurrences */ select * from (${recurrencesSql(sql`true`, sql`c.id in ${newestRecurringCauses(limit)}`)}) r
      order by started_on desc, cardinality(matched_on) desc limit ${limit}`,
  );
  return rows.map(toModel);
}

/** Recurrences of a batch of recommendations (or, `byCause`, of a batch of later causes), one statement. */
export async function recurrencesBy(db: AppDb, column: 'recommendation' | 'cause', ids: readonly string[]): Promise<RecurrenceModel[][]> {
  const where = column === 'recommendation' ? sql`recommendation_id = any(${uuidArray(ids)})` : sql`cause_id = any(${uuidArray(ids)})`;
  const rows = (await rowsOf<RecurrenceRow>(db, sql`/* recurrences_batch */ ${recurrencesSql(where)} order by started_on desc`)).map(toModel);
  return ids.map((id) => rows.filter((row) => (column === 'recommendation' ? row.recommendationId : row.causeId) === id));
}

export interface FollowThroughCounts {
  total: number;
  open: number;
  overdue: number;
  done: number;
  verified: number;
  rejected: number;
  recurred: number;
}

/** Where every recommendation stands today; overdue is computed against the current date. */
export async function followThrough(db: AppDb): Promise<FollowThroughCounts> {
  const [row] = await rowsOf<FollowThroughCounts>(
    db,
    // A recommendation recurred iff some later cause shares a key with it (a category, an asset, its incident's
    // month cited): compare each key with the latest cause start under it, a join instead of a pairing.
    sql`/* recommendation_follow_through */
      with later as (
        select c.id, c.categories, c.cites_earlier_recommendation, c.earlier_incident_month, i.started_on
        from causes c join incidents i on i.id = c.incident_id where not c.found_in_timeline),
      latest as (
        select 'category ' || category::text as key, max(started_on) as latest from later cross join lateral unnest(categories) as category group by 1
        union all
        select 'asset ' || ca.asset_id, max(l.started_on) from later l join cause_assets ca on ca.cause_id = l.id group by ca.asset_id
        union all
        select 'month ' || earlier_incident_month, max(started_on) from later where cites_earlier_recommendation group by earlier_incident_month),
      targets as (
        select rc.recommendation_id as id, ei.started_on, 'category ' || category::text as key
        from recommendation_causes rc join recommendations r on r.id = rc.recommendation_id join incidents ei on ei.id = r.incident_id
        join causes c on c.id = rc.cause_id cross join lateral unnest(c.categories) as category
        union all
        select rc.recommendation_id, ei.started_on, 'asset ' || ca.asset_id
        from recommendation_causes rc join recommendations r on r.id = rc.recommendation_id join incidents ei on ei.id = r.incident_id
        join cause_assets ca on ca.cause_id = rc.cause_id
        union all
        select r.id, ei.started_on, 'month ' || to_char(ei.started_on, 'YYYY-MM')
        from recommendations r join incidents ei on ei.id = r.incident_id
        where exists (select 1 from recommendation_causes rc where rc.recommendation_id = r.id))
      select count(*)::int as total,
        count(*) filter (where status in ('PROPOSED', 'ACCEPTED', 'IN_PROGRESS'))::int as open,
        count(*) filter (where status in ('PROPOSED', 'ACCEPTED', 'IN_PROGRESS') and due_on < current_date)::int as overdue,
        count(*) filter (where status = 'DONE')::int as done,
        count(*) filter (where status = 'VERIFIED')::int as verified,
        count(*) filter (where status = 'REJECTED')::int as rejected,
        (select count(distinct t.id) from targets t join latest l using (key) where l.latest > t.started_on)::int as recurred
      from recommendations`,
  );
  return row!;
}
