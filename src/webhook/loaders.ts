import DataLoader from 'dataloader';
import { inArray } from 'drizzle-orm';
import * as t from '../../db/schema/index.js';
import type { GraphQLContext } from '../graph/context.js';
import { attemptsOf } from './delivery-repository.js';
import type { WebhookAttemptRow, WebhookEventRow, WebhookSubscriptionRow } from './models.js';

export interface WebhookLoaders {
  event: DataLoader<string, WebhookEventRow | null>;
  subscription: DataLoader<string, WebhookSubscriptionRow | null>;
  attempts: DataLoader<string, WebhookAttemptRow[]>;
}

/** Per request (and per set of loaders, which a mutation replaces), so a write is read back fresh. */
const perRequest = new WeakMap<object, WebhookLoaders>();

export function webhookLoaders(context: GraphQLContext): WebhookLoaders {
  let loaders = perRequest.get(context.loaders);
  if (!loaders) {
    const db = context.db;
    loaders = {
      event: new DataLoader(async (ids) => {
        const rows = await db.select().from(t.webhookEvents).where(inArray(t.webhookEvents.id, [...ids]));
        return ids.map((id) => rows.find((row) => row.id === id) ?? null);
      }),
      subscription: new DataLoader(async (ids) => {
        const rows = await db.select().from(t.webhookSubscriptions).where(inArray(t.webhookSubscriptions.id, [...ids]));
        return ids.map((id) => rows.find((row) => row.id === id) ?? null);
      }),
      attempts: new DataLoader(async (ids) => {
        const rows = await attemptsOf(db, ids);
        return ids.map((id) => rows.filter((row) => row.deliveryId === id));
      }),
    };
    perRequest.set(context.loaders, loaders);
  }
  return loaders;
}
