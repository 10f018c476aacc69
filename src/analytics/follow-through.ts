import { sql, type SQL } from 'drizzle-orm';
import type { AppDb } from '../../db/types.js';
import type { RecurrenceModel } from './models.js';
import { limitOf, rowsOf, uuidArray } from './rows.js';

/*
 * A recommendation recurs when a later cause shares a key with what it targets: a cause category, an asset
 * named by a cause it addresses, or its incident's month cited by the later cause. The keys of both sides are
 * kept at write time from the recurrence_targets and recurrence_cause_keys views (db/migrations/0006), with
 * per key the earliest target and the latest cause: reads pair keys through indexes.
 *
 * It lives with the analytics rather than in src/recommendation/: like the other analytic questions it is
 * one set-based statement over the kept analytics tables, refreshed by their triggers, and answers about
 * the whole graph; src/recommendation/ owns writing and moving a recommendation.
 */

/** How a shared key reads in `matchedOn`. */
const reasonOf = (key: SQL) => sql`case
  when ${key} like 'asset %' then 'asset ' || (select name from assets where id = substr(${key}, 7)::uuid)
  when ${key} like 'month %' then 'cites the ' || substr(${key}, 7) || ' incident'
  else ${key} end`;

/** Pairs of a recommendation and a later cause sharing keys, grouped with what they share; `pairs` yields t (targets) × k (cause keys). */
const grouped = (pairs: SQL) => sql`
  select t.recommendation_id, k.cause_id, k.incident_id, k.started_on::text as started_on,
         array_agg(distinct ${reasonOf(sql`k.key`)} order by ${reasonOf(sql`k.key`)}) as matched_on
  ${pairs}
  group by t.recommendation_id, k.cause_id, k.incident_id, k.started_on`;

interface RecurrenceRow {
  recommendation_id: string;
  cause_id: string;
  incident_id: string;
  started_on: string;
  matched_on: string[];
}

const toModel = (row: RecurrenceRow): RecurrenceModel => ({
  recommendationId: row.recommendation_id, causeId: row.cause_id, incidentId: row.incident_id, matchedOn: row.matched_on,
});

/** One of a day's recurring causes and its keys, least common first. */
interface DayCause {
  cause_id: string;
  incident_id: string;
  keys: string[];
}

interface LevelPair {
  level: number;
  recommendation_id: string;
  cause_id: string;
  matched_on: string[];
}

const byIds = (a: LevelPair, b: LevelPair) =>
  a.recommendation_id < b.recommendation_id ? -1 : a.recommendation_id > b.recommendation_id ? 1 : a.cause_id < b.cause_id ? -1 : a.cause_id > b.cause_id ? 1 : 0;

interface LevelJob {
  cause_id: string;
  level: number;
  keys: string[];
}

/** The subsets of `items` with `size` members, in order. */
function subsetsOf<T>(items: T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [head, ...rest] = items as [T, ...T[]];
  return [...subsetsOf(rest, size - 1).map((s) => [head, ...s]), ...subsetsOf(rest, size)];
}

/** From this many shared keys up, the rest of a count is read through the recommendations holding each such set of keys (few). */
const FEW_SHARE_FROM = 3;

/**
 * Recommendation IDs are random: the first sixty-fourth of the ID range is read first. When a count has many pairs
 * (over a thousand at 40,000 incidents), the page's first recommendations in ID order are all in it, and each key's
 * list is read only that far.
 */
const FIRST_PART_UNTIL = '04000000-0000-0000-0000-000000000000';

/**
 * For each job (a cause and a count n of shared keys): the first `need` earlier recommendations, in ID order,
 * sharing exactly n of the cause's keys (its keys least common first). A recommendation sharing n of k keys is
 * under at least one of any k - n + 1 of them: the least common are read in ID order (recurrence_recommendations_under).
 * First only the IDs below FIRST_PART_UNTIL: if the count's pairs there fill the page, they are its first pairs in ID
 * order, whatever the history's length. Otherwise the rest: for n ≥ FEW_SHARE_FROM few recommendations hold that many
 * of a cause's keys, and for each n-subset those holding it and none of the other keys come from the GIN index over
 * each recommendation's keys; for fewer, the lists are read on in ID order and stopped at `need`.
 * One input row per read, its exact count a LIMIT, so the plan's cost is sized right.
 */
const pairsAtLevels = (jobs: LevelJob[], day: string, need: number) => {
  const lists = jobs.flatMap((job, i) => job.keys.slice(0, job.keys.length - job.level + 1).map((key) => ({
    job: i, cause_id: job.cause_id, level: job.level, keys: job.keys, key, few: job.level >= FEW_SHARE_FROM,
  })));
  const subsets = jobs.flatMap((job, i) => (job.level >= FEW_SHARE_FROM ? subsetsOf(job.keys, job.level) : []).map((subset) => ({
    job: i, cause_id: job.cause_id, level: job.level, keys: job.keys, subset, others: job.keys.filter((k) => !subset.includes(k)),
  })));
  return sql`/* recurrences_by_count */ with by_list as materialized (
      select * from json_to_recordset(${JSON.stringify(lists)}::json) as q(job int, cause_id uuid, level int, keys text[], key text, few boolean)
      limit ${lists.length}),
    by_subset as (
      select * from json_to_recordset(${JSON.stringify(subsets)}::json) as q(job int, cause_id uuid, level int, keys text[], subset text[], others text[])
      limit ${subsets.length}),
    first_part as materialized (
      select q.job, q.level, q.cause_id, q.keys, u.recommendation_id from by_list q cross join lateral
        recurrence_recommendations_under(q.key, q.keys, q.level, ${day}::date, ${need}, null, ${FIRST_PART_UNTIL}::uuid) as u(recommendation_id)),
    filled as (select count(*) >= ${need} as yes from (select distinct cause_id, recommendation_id from first_part) p),
    found as (
      select * from first_part
      union
      select q.job, q.level, q.cause_id, q.keys, r.recommendation_id from by_subset q cross join lateral (
        select t.recommendation_id from recurrence_targets_kept t
        where t.keys @> q.subset and t.key = t.keys[1] and not t.keys && q.others and t.started_on < ${day}::date
          and t.recommendation_id >= ${FIRST_PART_UNTIL}::uuid
        order by t.recommendation_id limit ${need}) r
      where not (select yes from filled)
      union
      select q.job, q.level, q.cause_id, q.keys, u.recommendation_id from by_list q cross join lateral
        recurrence_recommendations_under(q.key, q.keys, q.level, ${day}::date, ${need}, ${FIRST_PART_UNTIL}::uuid, null) as u(recommendation_id)
      where not q.few and not (select yes from filled)),
    firsts as (select *, row_number() over (partition by job order by recommendation_id) as place from found)
    select f.level, f.cause_id, f.recommendation_id,
      (select array_agg(distinct ${reasonOf(sql`o.key`)} order by ${reasonOf(sql`o.key`)}) from recurrence_targets_kept o
       where o.recommendation_id = f.recommendation_id and o.key = any(f.keys)) as matched_on
    from firsts f where f.place <= ${need}`;
};

/**
 * The newest recurrences: latest cause first, then the pairs sharing most, then by recommendation and cause.
 * A day at a time from the newest day with a recurring cause, until the page is full (one day's causes
 * usually fill it). A day's causes pair with thousands of earlier recommendations through their categories,
 * so the pairs are not all counted: from the most shared keys down, only the first recommendations in ID
 * order at each count are read (pairsAtLevels), and the counts below the one that fills the page are not.
 */
export async function recurrences(db: AppDb, first?: number | null): Promise<RecurrenceModel[]> {
  const limit = limitOf(first);
  const page: RecurrenceModel[] = [];
  let before: string | null = null;
  while (page.length < limit) {
    const need = limit - page.length;
    const rows: { day: string | null; causes: DayCause[] | null }[] = await rowsOf<{ day: string | null; causes: DayCause[] | null }>(
      db,
      sql`/* recurrences */ with day as (
          select k.started_on from recurrence_cause_keys_kept k join recurrence_key_bounds b on b.key = k.key and b.earliest_target < k.started_on
          where (${before}::date is null or k.started_on < ${before}::date) order by k.started_on desc limit 1)
        select (select started_on::text from day) as day, (
          select json_agg(c) from (
            select k.cause_id, k.incident_id, array_agg(k.key order by (
              select p.incident_count from pattern_counts p
              where (p.dimension, p.key) = (case when k.key like 'category %' then 'CAUSE_CATEGORY' else 'ASSET' end, substr(k.key, strpos(k.key, ' ') + 1))
            ) nulls last, k.key) as keys
            from recurrence_cause_keys_kept k
            where k.cause_id in (
              select d.cause_id from recurrence_cause_keys_kept d
              where d.started_on = (select started_on from day)
                and (select b.earliest_target from recurrence_key_bounds b where b.key = d.key) < d.started_on)
            group by k.cause_id, k.incident_id) c) as causes`,
    );
    const day: string | null | undefined = rows[0]?.day;
    const causes: DayCause[] = rows[0]?.causes ?? [];
    if (!day || !causes.length) break;
    const incidentOf = new Map(causes.map((c) => [c.cause_id, c.incident_id]));
    // One count at a time, from the most shared, while the page is not full.
    let taken = 0;
    for (let level = Math.max(...causes.map((c) => c.keys.length)); level >= 1 && taken < need; level--) {
      const jobs: LevelJob[] = causes.filter((c) => level <= c.keys.length).map((c) => ({ cause_id: c.cause_id, level, keys: c.keys }));
      const atLevel = (await rowsOf<LevelPair>(db, pairsAtLevels(jobs, day, need - taken))).sort(byIds).slice(0, need - taken);
      for (const pair of atLevel) {
        page.push({ recommendationId: pair.recommendation_id, causeId: pair.cause_id, incidentId: incidentOf.get(pair.cause_id)!, matchedOn: pair.matched_on });
      }
      taken += atLevel.length;
    }
    before = day;
  }
  return page;
}

/** Recurrences of a batch of recommendations (or, `byCause`, of a batch of later causes), one statement. */
export async function recurrencesBy(db: AppDb, column: 'recommendation' | 'cause', ids: readonly string[]): Promise<RecurrenceModel[][]> {
  const pairs = column === 'recommendation'
    ? sql`from recurrence_targets_kept t join recurrence_cause_keys_kept k on k.key = t.key and k.started_on > t.started_on
          where t.recommendation_id = any(${uuidArray(ids)})`
    : sql`from recurrence_cause_keys_kept k join recurrence_targets_kept t on t.key = k.key and t.started_on < k.started_on
          where k.cause_id = any(${uuidArray(ids)})`;
  const rows = (await rowsOf<RecurrenceRow>(db, sql`/* recurrences_batch */ ${grouped(pairs)}
    order by k.started_on desc, cardinality(array_agg(distinct ${reasonOf(sql`k.key`)})) desc, t.recommendation_id, k.cause_id`)).map(toModel);
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
    // Which recommendations recurred is kept at write time (a key they target has a cause starting later).
    sql`/* recommendation_follow_through */
      select count(*)::int as total,
        count(*) filter (where status in ('PROPOSED', 'ACCEPTED', 'IN_PROGRESS'))::int as open,
        count(*) filter (where status in ('PROPOSED', 'ACCEPTED', 'IN_PROGRESS') and due_on < current_date)::int as overdue,
        count(*) filter (where status = 'DONE')::int as done,
        count(*) filter (where status = 'VERIFIED')::int as verified,
        count(*) filter (where status = 'REJECTED')::int as rejected,
        (select count(*) from recommendations_recurred)::int as recurred
      from recommendations`,
  );
  return row!;
}
