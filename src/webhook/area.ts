import type { Area } from '../registry/descriptor.js';
import { WebhookDelivery, WebhookEvent, WebhookFilter, WebhookSubscription, webhookConnections, webhookMutations, webhookQueries } from './resolvers.js';

export const webhookArea = {
  folder: 'webhook',
  queries: webhookQueries,
  mutations: webhookMutations,
  types: { WebhookSubscription, WebhookFilter, WebhookEvent, WebhookDelivery, ...webhookConnections },
} satisfies Area;
