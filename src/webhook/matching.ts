import type { WebhookSubscriptionRow } from './models.js';

/** What subscription filters are matched against: the incident's severity and cause categories, the assets involved. */
export interface EventFacts {
  type: string;
  severity: string | null;
  causeCategories: readonly string[];
  assetIds: readonly string[];
}

type Filters = Pick<WebhookSubscriptionRow, 'eventTypes' | 'filterSeverities' | 'filterCauseCategories' | 'filterAssetIds'>;

const overlaps = (wanted: readonly string[], present: readonly string[]) => wanted.length === 0 || wanted.some((value) => present.includes(value));

/** Whether a subscription wants an event: its type, and every non-empty filter list matched. */
export function subscriptionWants(subscription: Filters, event: EventFacts): boolean {
  return (
    subscription.eventTypes.includes(event.type) &&
    overlaps(subscription.filterSeverities, event.severity ? [event.severity] : []) &&
    overlaps(subscription.filterCauseCategories, event.causeCategories) &&
    overlaps(subscription.filterAssetIds, event.assetIds)
  );
}
