import { and, eq, type SQL } from 'drizzle-orm';
import * as t from '../../db/schema/index.js';
import type { WebhookDeliveryStatus } from '../generated/resolvers.js';
import { requireRole } from '../auth/roles.js';
import type { GraphQLContext } from '../graph/context.js';
import { BadUserInputError, NotFoundError } from '../graph/errors.js';
import { listPage } from '../graph/list-page.js';
import { runMutation } from '../graph/mutation.js';
import type { PageArgs } from '../graph/page-args.js';
import { deliveryById, updateDelivery } from './delivery-repository.js';
import type { WebhookDeliveryConnectionModel, WebhookDeliveryRow } from './models.js';
import { subscriptionById } from './subscription-repository.js';
import { webhookId } from './subscription-service.js';

/** Deliveries, newest first. */
export function listWebhookDeliveries(
  context: GraphQLContext,
  filter: { subscriptionId?: string | null | undefined; status?: WebhookDeliveryStatus | null | undefined },
  page: PageArgs,
): Promise<WebhookDeliveryConnectionModel> {
  requireRole(context, 'webhooks');
  const conditions: (SQL | undefined)[] = [
    filter.subscriptionId ? eq(t.webhookDeliveries.subscriptionId, webhookId(filter.subscriptionId, 'subscriptionId')) : undefined,
    filter.status ? eq(t.webhookDeliveries.status, filter.status) : undefined,
  ];
  return listPage<WebhookDeliveryRow>(context.db, t.webhookDeliveries, page, { columns: [t.webhookDeliveries.createdAt, t.webhookDeliveries.id], descending: true }, and(...conditions));
}

/**
 * Sends a delivery again, now, with the same event id (receivers deduplicate on it) and a fresh round of
 * retries; its earlier attempts stay in its history.
 */
export async function replayWebhookDelivery(context: GraphQLContext, id: string): Promise<WebhookDeliveryRow> {
  requireRole(context, 'webhooks');
  const deliveryId = webhookId(id, 'id', 'webhook delivery');
  return runMutation(context, async (tx, audit) => {
    const before = await deliveryById(tx, deliveryId);
    if (!before) throw new NotFoundError('Webhook delivery', deliveryId);
    const subscription = await subscriptionById(tx, before.subscriptionId);
    if (!subscription?.active) throw new BadUserInputError('The subscription is not active: re-enable it (`updateWebhookSubscription` with `active: true`) before replaying', { argument: 'id' });
    const after = await updateDelivery(tx, deliveryId, { status: 'PENDING', attempts: 0, nextAttemptAt: new Date().toISOString(), lockedUntil: null });
    audit({ action: 'webhookDelivery.replay', entityType: 'WebhookDelivery', entityId: deliveryId, before: { status: before.status, attempts: before.attempts }, after: { status: after.status } });
    return after;
  }, { permission: 'webhooks' });
}
