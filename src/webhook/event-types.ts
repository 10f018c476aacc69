import type { WebhookEventType } from '../generated/resolvers.js';

/** The dotted names receivers see in `type`, by the GraphQL enum value. */
export const eventNames = {
  INCIDENT_CREATED: 'incident.created',
  INCIDENT_UPDATED: 'incident.updated',
  RECOMMENDATION_CREATED: 'recommendation.created',
  RECOMMENDATION_STATUS_CHANGED: 'recommendation.status_changed',
  RECOMMENDATION_OVERDUE: 'recommendation.overdue',
  PATTERN_RECURRED: 'pattern.recurred',
  SPARE_GAP_FOUND: 'spare_gap.found',
  ASSET_MERGED: 'asset.merged',
  PARTY_MERGED: 'party.merged',
} as const satisfies Record<WebhookEventType, string>;

export type WebhookEventName = (typeof eventNames)[WebhookEventType];

const enumByName = new Map<string, WebhookEventType>(Object.entries(eventNames).map(([value, name]) => [name, value as WebhookEventType]));

export const eventNameOf = (value: WebhookEventType): WebhookEventName => eventNames[value];

export function eventTypeOf(name: string): WebhookEventType {
  const value = enumByName.get(name as WebhookEventName);
  if (!value) throw new Error(`Unknown webhook event ${name}`);
  return value;
}
