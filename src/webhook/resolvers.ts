import type {
  MutationResolvers, QueryResolvers, WebhookDeliveryResolvers, WebhookEventResolvers, WebhookFilterResolvers, WebhookSubscriptionResolvers,
} from '../generated/resolvers.js';
import { connectionResolvers, required } from '../graph/field-helpers.js';
import { toGlobalId } from '../graph/ids.js';
import { isNodeType } from '../graph/node-kind.js';
import { listWebhookDeliveries, replayWebhookDelivery } from './delivery-service.js';
import { eventTypeOf } from './event-types.js';
import { webhookLoaders } from './loaders.js';
import { createWebhookSubscription, listWebhookSubscriptions, rotateWebhookSecret, updateWebhookSubscription } from './subscription-service.js';

export const webhookQueries: Pick<QueryResolvers, 'webhookSubscriptions' | 'webhookDeliveries'> = {
  webhookSubscriptions: (_, __, context) => listWebhookSubscriptions(context),
  webhookDeliveries: (_, { subscriptionId, status, ...page }, context) => listWebhookDeliveries(context, { subscriptionId, status }, page),
};

export const webhookMutations: Pick<MutationResolvers, 'createWebhookSubscription' | 'updateWebhookSubscription' | 'rotateWebhookSecret' | 'replayWebhookDelivery'> = {
  createWebhookSubscription: (_, { input }, context) => createWebhookSubscription(context, input),
  updateWebhookSubscription: (_, { input }, context) => updateWebhookSubscription(context, input),
  rotateWebhookSecret: (_, { id, overlapMinutes }, context) => rotateWebhookSecret(context, id, overlapMinutes),
  replayWebhookDelivery: (_, { id }, context) => replayWebhookDelivery(context, id),
};

export const WebhookSubscription: WebhookSubscriptionResolvers = {
  eventTypes: (row) => row.eventTypes.map(eventTypeOf),
  filter: (row) => row,
  consecutiveFailures: (row) => row.failureStreak,
  deliveries: (row, { status, ...page }, context) => listWebhookDeliveries(context, { subscriptionId: row.id, status }, page),
};

export const WebhookFilter: WebhookFilterResolvers = {
  severities: (row) => row.filterSeverities as never,
  causeCategories: (row) => row.filterCauseCategories as never,
  assetIds: (row) => row.filterAssetIds.map((id) => toGlobalId('Asset', id)),
};

export const WebhookEvent: WebhookEventResolvers = {
  type: (row) => eventTypeOf(row.type),
  subjectId: (row) => (isNodeType(row.subjectType) ? toGlobalId(row.subjectType, row.subjectId) : row.subjectId),
};

export const WebhookDelivery: WebhookDeliveryResolvers = {
  status: (row) => row.status as 'PENDING' | 'SUCCEEDED' | 'FAILED',
  attemptCount: (row) => row.attempts,
  event: (row, _, context) => required(webhookLoaders(context).event, row.eventId, 'Webhook event'),
  subscription: (row, _, context) => required(webhookLoaders(context).subscription, row.subscriptionId, 'Webhook subscription'),
  attempts: (row, _, context) => webhookLoaders(context).attempts.load(row.id),
};

export const webhookConnections = { WebhookDeliveryConnection: connectionResolvers };
