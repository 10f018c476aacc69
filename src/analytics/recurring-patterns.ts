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
 * services, teams or parties recur across incidents: one grouped statement over
 * the pattern_memberships view.
 */
export async function recurringPatterns(
  db: AppDb,
  args: { dimension: Dimension; minIncidents?: number | null; since?: string | null; until?: string | null; first?: number | null },
): Promise<PatternModel[]> {
  const minIncidents = args.minIncidents ?? 2;
  if (minIncidents < 1) throw new BadUserInputError('`minIncidents` must be at least 1', { argument: 'minIncidents' });
  const rows = await rowsOf<{ key: string; label: string | null; incident_count: number; first_seen: string; last_seen: string }>(
    db,
    sql`/* recurring_patterns */
      select p.key, ${patternLabelSql[args.dimension]} as label, count(distinct p.incident_id)::int as incident_count,
             min(i.started_on)::text as first_seen, max(i.started_on)::text as last_seen
      from pattern_memberships p join incidents i on i.id = p.incident_id
      where p.dimension = ${args.dimension}
        and (${args.since ?? null}::date is null or i.started_on >= ${args.since ?? null}::date)
        and (${args.until ?? null}::date is null or i.started_on <= ${args.until ?? null}::date)
      group by p.key
      having count(distinct p.incident_id) >= ${minIncidents}
      order by incident_count desc, max(i.started_on) desc, p.key
      limit ${limitOf(args.first)}`,
  );
  return rows.map((row) => ({
    dimension: args.dimension,
    rawKey: row.key,
    label: row.label ?? row.key,
    incidentCount: row.incident_count,
    firstSeen: row.first_seen,
    lastSeen: row.last_seen,
    since: args.since ?? null,
    until: args.until ?? null,
  }));
}
