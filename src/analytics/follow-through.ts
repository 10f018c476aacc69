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

/**
 * The newest recurrences: latest cause first, then the pairs sharing most. A day at a time from the newest
 * day with a recurring cause, until the page is full (one day's causes usually fill it). Pairs are counted
 * first (shared keys are distinct, so the count is `matchedOn`'s length) and only the page's are spelled out.
 */
export async function recurrences(db: AppDb, first?: number | null): Promise<RecurrenceModel[]> {
  const limit = limitOf(first);
  const page: RecurrenceRow[] = [];
  let before: string | null = null;
  while (page.length < limit) {
    const rows: (RecurrenceRow & { day: string })[] = await rowsOf<RecurrenceRow & { day: string }>(
      db,
      sql`/* recurrences */ with day as (
          select k.started_on from recurrence_cause_keys_kept k join recurrence_key_bounds b on b.key = k.key and b.earliest_target < k.started_on
          where (${before}::date is null or k.started_on < ${before}::date) order by k.started_on desc limit 1),
        causes as (
          select distinct k.cause_id from recurrence_cause_keys_kept k join recurrence_key_bounds b on b.key = k.key and b.earliest_target < k.started_on
          where k.started_on = (select started_on from day)),
        top as (
          select t.recommendation_id, k.cause_id, count(*) as shared
          from recurrence_cause_keys_kept k join causes using (cause_id)
          join recurrence_targets_kept t on t.key = k.key and t.started_on < k.started_on
          group by t.recommendation_id, k.cause_id
          order by shared desc, t.recommendation_id, k.cause_id limit ${limit - page.length})
        select g.*, (select started_on::text from day) as day from (${grouped(sql`
          from top join recurrence_cause_keys_kept k on k.cause_id = top.cause_id
          join recurrence_targets_kept t on t.recommendation_id = top.recommendation_id and t.key = k.key`)}) g
        order by cardinality(g.matched_on) desc, g.recommendation_id, g.cause_id`,
    );
    if (rows.length === 0) break;
    page.push(...rows);
    before = rows[0]!.day;
  }
  return page.map(toModel);
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
