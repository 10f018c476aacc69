import { desc, eq } from 'drizzle-orm';
import * as t from '../../db/schema/index.js';
import type { Executor } from '../../db/types.js';
import type { WebhookSubscriptionRow } from './models.js';

export type NewSubscription = typeof t.webhookSubscriptions.$inferInsert;

export async function insertSubscription(db: Executor, row: NewSubscription): Promise<WebhookSubscriptionRow> {
  const [inserted] = await db.insert(t.webhookSubscriptions).values(row).returning();
  return inserted!;
}

export function listSubscriptionRows(db: Executor): Promise<WebhookSubscriptionRow[]> {
  return db.select().from(t.webhookSubscriptions).orderBy(desc(t.webhookSubscriptions.createdAt), desc(t.webhookSubscriptions.id));
}

export async function subscriptionById(db: Executor, id: string): Promise<WebhookSubscriptionRow | undefined> {
  const [row] = await db.select().from(t.webhookSubscriptions).where(eq(t.webhookSubscriptions.id, id));
  return row;
}

/** What the audit trail and the API keep of a subscription: never its secrets. */
export const withoutSecrets = ({ secret: _secret, previousSecret: _previous, ...rest }: WebhookSubscriptionRow) => rest;
