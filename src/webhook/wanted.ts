import { sql } from 'drizzle-orm';
import * as t from '../../db/schema/index.js';
import type { Executor } from '../../db/types.js';
import type { WebhookEventName } from './event-types.js';

/** Which of these event types some active subscription wants: events that need analytics to find are only looked for then. */
export async function wantedEventTypes(tx: Executor, types: readonly WebhookEventName[]): Promise<Set<WebhookEventName>> {
  const rows = await tx
    .selectDistinct({ type: sql<WebhookEventName>`unnest(${t.webhookSubscriptions.eventTypes})` })
    .from(t.webhookSubscriptions)
    .where(sql`/* webhook types wanted */ ${t.webhookSubscriptions.active}`);
  return new Set(rows.map((row) => row.type).filter((type) => types.includes(type)));
}
