import type * as t from '../../db/schema/index.js';
import type { ConnectionModel } from '../graph/models.js';

// What the webhook resolvers pass around: database rows.
export type WebhookSubscriptionRow = typeof t.webhookSubscriptions.$inferSelect;
export type WebhookEventRow = typeof t.webhookEvents.$inferSelect;
export type WebhookDeliveryRow = typeof t.webhookDeliveries.$inferSelect;
export type WebhookAttemptRow = typeof t.webhookAttempts.$inferSelect;
export type WebhookDeliveryConnectionModel = ConnectionModel<WebhookDeliveryRow>;
