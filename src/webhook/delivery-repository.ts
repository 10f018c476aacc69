import { eq, inArray, sql } from 'drizzle-orm';
import * as t from '../../db/schema/index.js';
import type { Executor } from '../../db/types.js';
import { rowsOf } from '../analytics/rows.js';
import type { WebhookDeliveryRow, WebhookEventRow, WebhookSubscriptionRow } from './models.js';

export interface ClaimedDelivery {
  delivery: WebhookDeliveryRow;
  event: WebhookEventRow;
  subscription: WebhookSubscriptionRow;
}

/**
 * Takes up to `limit` due deliveries of active subscriptions and holds them until `lease` (so a parallel sweep
 * skips them), counting the attempt; the statement commits at once, so no lock is held while sending.
 */
export async function claimDueDeliveries(db: Executor, now: Date, lease: Date, limit: number): Promise<ClaimedDelivery[]> {
  const claimed = await rowsOf<{ id: string }>(db, sql`/* claim due webhook deliveries */
    update webhook_deliveries d set locked_until = ${lease.toISOString()}::timestamptz, attempts = d.attempts + 1
    from (
      select due.id from webhook_deliveries due
      join webhook_subscriptions s on s.id = due.subscription_id and s.active
      where due.status = 'PENDING' and due.next_attempt_at <= ${now.toISOString()}::timestamptz
        and (due.locked_until is null or due.locked_until <= ${now.toISOString()}::timestamptz)
      order by due.next_attempt_at
      limit ${limit}
      for update of due skip locked
    ) picked
    where d.id = picked.id
    returning d.id`);
  if (claimed.length === 0) return [];
  return db
    .select({ delivery: t.webhookDeliveries, event: t.webhookEvents, subscription: t.webhookSubscriptions })
    .from(t.webhookDeliveries)
    .innerJoin(t.webhookEvents, eq(t.webhookEvents.id, t.webhookDeliveries.eventId))
    .innerJoin(t.webhookSubscriptions, eq(t.webhookSubscriptions.id, t.webhookDeliveries.subscriptionId))
    .where(inArray(t.webhookDeliveries.id, claimed.map((row) => row.id)));
}

export interface AttemptRecord {
  deliveryId: string;
  at: Date;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

/** Appends an attempt, numbered after the delivery's earlier ones (replays included). */
export async function insertAttempt(db: Executor, attempt: AttemptRecord): Promise<void> {
  await db.insert(t.webhookAttempts).values({
    deliveryId: attempt.deliveryId, at: attempt.at.toISOString(), statusCode: attempt.statusCode, error: attempt.error, durationMs: attempt.durationMs,
    number: sql`(select coalesce(max(${t.webhookAttempts.number}), 0) + 1 from ${t.webhookAttempts} where ${t.webhookAttempts.deliveryId} = ${attempt.deliveryId})`,
  });
}

export async function updateDelivery(db: Executor, id: string, patch: Partial<typeof t.webhookDeliveries.$inferInsert>): Promise<WebhookDeliveryRow> {
  const [row] = await db.update(t.webhookDeliveries).set(patch).where(eq(t.webhookDeliveries.id, id)).returning();
  return row!;
}

export async function attemptsOf(db: Executor, deliveryIds: readonly string[]) {
  if (deliveryIds.length === 0) return [];
  return db.select().from(t.webhookAttempts).where(inArray(t.webhookAttempts.deliveryId, [...deliveryIds])).orderBy(t.webhookAttempts.deliveryId, t.webhookAttempts.number);
}

export async function deliveryById(db: Executor, id: string): Promise<WebhookDeliveryRow | undefined> {
  const [row] = await db.select().from(t.webhookDeliveries).where(eq(t.webhookDeliveries.id, id));
  return row;
}
