import { and, eq, inArray, isNotNull, lt, notInArray, sql, type SQL } from 'drizzle-orm';
import * as t from '../../db/schema/index.js';
import type { AppDb } from '../../db/types.js';
import type { RecommendationFilter } from '../generated/resolvers.js';
import { decodeGlobalId } from '../graph/ids.js';
import { listPage } from '../graph/list-page.js';
import type { RecommendationRow } from '../graph/models.js';
import type { PageArgs } from '../graph/page-args.js';

/** Still expected to be done: not done, verified or rejected. */
export const closedStatuses = ['DONE', 'VERIFIED', 'REJECTED'] as const;

/** Overdue is computed against today, never stored. */
export function isOverdue(row: Pick<RecommendationRow, 'dueOn' | 'status'>, today = new Date().toISOString().slice(0, 10)): boolean {
  return row.dueOn !== null && row.dueOn < today && !(closedStatuses as readonly string[]).includes(row.status);
}

export async function listRecommendations(db: AppDb, args: PageArgs & { filter?: RecommendationFilter | null }) {
  const filter = args.filter;
  const conditions: (SQL | undefined)[] = [];
  if (filter?.statuses?.length) conditions.push(inArray(t.recommendations.status, [...filter.statuses]));
  if (filter?.incidentId) conditions.push(eq(t.recommendations.incidentId, decodeGlobalId(filter.incidentId, 'Incident', 'filter.incidentId').id));
  const overdue = and(isNotNull(t.recommendations.dueOn), lt(t.recommendations.dueOn, sql`current_date`), notInArray(t.recommendations.status, [...closedStatuses]));
  if (filter?.overdue === true) conditions.push(overdue);
  if (filter?.overdue === false) conditions.push(sql`not coalesce(${overdue}, false)`);
  return listPage<RecommendationRow>(db, t.recommendations, args, { columns: [t.recommendations.createdAt, t.recommendations.id], descending: false }, and(...conditions));
}
