import { and, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import * as t from '../../db/schema/index.js';
import type { Executor } from '../../db/types.js';
import type { AuditChange } from '../audit/record.js';
import { emitEvents } from './emit.js';
import { recommendationData } from './events.js';
import { wantedEventTypes } from './wanted.js';

const open = ['PROPOSED', 'ACCEPTED', 'IN_PROGRESS'] as const;

/**
 * `recommendation.overdue` for each open recommendation whose due date passed before `today`; once per
 * recommendation and due date (a new due date that passes is announced again). Nothing is read unless wanted.
 */
export async function emitOverdueRecommendations(tx: Executor, audit: (change: AuditChange) => void, today: string): Promise<number> {
  if ((await wantedEventTypes(tx, ['recommendation.overdue'])).size === 0) return 0;
  const overdue = await tx
    .select()
    .from(t.recommendations)
    .where(and(
      inArray(t.recommendations.status, [...open]), isNotNull(t.recommendations.dueOn), lt(t.recommendations.dueOn, today),
      sql`/* overdue not yet announced */ not exists (select 1 from ${t.webhookEvents} e where e.once_key = 'recommendation.overdue:' || ${t.recommendations.id} || ':' || ${t.recommendations.dueOn})`,
    ))
    .limit(500);
  const written = await emitEvents(tx, audit, overdue.map((row) => ({
    type: 'recommendation.overdue' as const, subject: { type: 'Recommendation' as const, id: row.id }, incidentId: row.incidentId,
    data: recommendationData(row), change: { dueOn: row.dueOn, overdueSince: row.dueOn },
    onceKey: `recommendation.overdue:${row.id}:${row.dueOn}`,
  })));
  return written.length;
}
