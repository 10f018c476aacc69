import { sql } from 'drizzle-orm';
import type { AppDb } from '../../db/types.js';
import { BadUserInputError } from '../graph/errors.js';
import type { Dimension, PatternModel } from './models.js';
import { limitOf, rowsOf } from './rows.js';

/** Where the label of each dimension's key comes from. */
export const patternLabelSql: Record<Dimension, ReturnType<typeof sql>> = {
  CAUSE_CATEGORY: sql`p.key`,
  CAUSE_FAMILY: sql`p.key`,
  ASSET: sql`(select name from assets where id = p.key::uuid)`,
  SERVICE: sql`(select name from services where id = p.key::uuid)`,
  TEAM: sql`(select name from teams where id = p.key::uuid)`,
  PARTY: sql`(select name from parties where id = p.key::uuid)`,
};

/**
 * Which cause categories, assets (counted through what is hosted on them),
 * services, teams or parties recur across incidents. Without a period, an
 * indexed read of the counts kept per pattern; within a period, one grouped
 * statement over the memberships kept at write time (db/schema/analytics-kept.ts).
 */
export async function recurringPatterns(
  db: AppDb,
  args: { dimension: Dimension; minIncidents?: number | null; since?: string | null; until?: string | null; first?: number | null },
): Promise<PatternModel[]> {
  const minIncidents = args.minIncidents ?? 2;
  if (minIncidents < 1) throw new BadUserInputError('`minIncidents` must be at least 1', { argument: 'minIncidents' });
  const since = args.since ?? null;
  const until = args.until ?? null;
  const counts = since === null && until === null
    ? sql`select key, incident_count, first_seen, last_seen from pattern_counts
          where dimension = ${args.dimension} and incident_count >= ${minIncidents}
          order by incident_count desc, last_seen desc, key limit ${limitOf(args.first)}`
    : sql`select key, count(*)::int as incident_count, min(started_on) as first_seen, max(started_on) as last_seen
          from pattern_members
          where dimension = ${args.dimension}
            and (${since}::date is null or started_on >= ${since}::date)
            and (${until}::date is null or started_on <= ${until}::date)
          group by key having count(*) >= ${minIncidents}
          order by incident_count desc, max(started_on) desc, key limit ${limitOf(args.first)}`;
  const rows = await rowsOf<{ key: string; label: string | null; incident_count: number; first_seen: string; last_seen: string }>(
    db,
    sql`/* recurring_patterns */
      select p.key, ${patternLabelSql[args.dimension]} as label, p.incident_count, p.first_seen::text, p.last_seen::text
      from (${counts}) p
      order by p.incident_count desc, p.last_seen desc, p.key`,
  );
  return rows.map((row) => ({
    dimension: args.dimension,
    rawKey: row.key,
    label: row.label ?? row.key,
    incidentCount: row.incident_count,
    firstSeen: row.first_seen,
    lastSeen: row.last_seen,
    since,
    until,
  }));
}
