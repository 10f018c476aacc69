import { sql } from 'drizzle-orm';
import type { AppDb } from '../../db/types.js';
import { isCriticalSql } from './critical-assets.js';
import type { GapChecksModel } from './models.js';
import { rowsOf } from './rows.js';

const CHECK_LIMIT = 200;

/** The hand checks in one statement, each capped at the first 200 findings. */
export async function gapChecks(db: AppDb): Promise<GapChecksModel> {
  const [row] = await rowsOf<{ causes: string[]; recommendations: string[]; assets: string[]; incidents: string[]; review: string[] }>(
    db,
    sql`/* gap_checks */
      select
        array(select c.id from causes c join incidents i on i.id = c.incident_id
              where not c.found_in_timeline and not exists (select 1 from recommendation_causes rc where rc.cause_id = c.id)
              order by i.started_on desc, i.id, c.position limit ${CHECK_LIMIT})::text[] as causes,
        array(select r.id from recommendations r join incidents i on i.id = r.incident_id
              where (r.owner_party_id is null and r.owner_team_id is null) or r.due_on is null
              order by i.started_on desc, i.id, r.position limit ${CHECK_LIMIT})::text[] as recommendations,
        array(select a.id from assets a
              where ${isCriticalSql} and ((a.owner_party_id is null and a.owner_team_id is null) or a.site is null)
              order by a.name limit ${CHECK_LIMIT})::text[] as assets,
        array(select i.id from incidents i
              where not exists (select 1 from sign_offs s where s.incident_id = i.id and s.kind = 'VERIFIED_BY')
              order by i.started_on desc, i.id limit ${CHECK_LIMIT})::text[] as incidents,
        array(select c.id from causes c join incidents i on i.id = c.incident_id
              where c.needs_review
              order by i.started_on desc, i.id, c.position limit ${CHECK_LIMIT})::text[] as review`,
  );
  return {
    causesWithoutRecommendation: row!.causes,
    recommendationsWithoutOwnerOrDueDate: row!.recommendations,
    criticalAssetsWithoutOwnerOrSite: row!.assets,
    incidentsWithoutVerification: row!.incidents,
    causesNeedingReview: row!.review,
  };
}
