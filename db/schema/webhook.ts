import { sql } from 'drizzle-orm';
import { bigserial, boolean, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { apiKeyRole } from './api-key.js';

const at = (name: string) => timestamp(name, { withTimezone: true, mode: 'string' });

/**
 * Where events go. The signing secret is kept (HMAC needs it) but never returned after creation or
 * rotation; during a rotation's overlap the previous secret signs too.
 */
export const webhookSubscriptions = pgTable('webhook_subscriptions', {
  id: uuid('id').primaryKey().defaultRandom(),
  version: integer('version').notNull().default(1),
  name: text('name').notNull(),
  url: text('url').notNull(),
  eventTypes: text('event_types').array().notNull(),
  /** What the receiver may read: payloads carry nothing this role could not read over the API. */
  role: apiKeyRole('role').notNull().default('ANALYST'),
  filterSeverities: text('filter_severities').array().notNull().default(sql`'{}'::text[]`),
  filterCauseCategories: text('filter_cause_categories').array().notNull().default(sql`'{}'::text[]`),
  filterAssetIds: uuid('filter_asset_ids').array().notNull().default(sql`'{}'::uuid[]`),
  active: boolean('active').notNull().default(true),
  disabledReason: text('disabled_reason'),
  secret: text('secret').notNull(),
  previousSecret: text('previous_secret'),
  previousSecretExpiresAt: at('previous_secret_expires_at'),
  secretRotatedAt: at('secret_rotated_at'),
  /** Failed attempts since the last success. */
  failureStreak: integer('failure_streak').notNull().default(0),
  createdBy: text('created_by').notNull(),
  createdAt: at('created_at').notNull().defaultNow(),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

/**
 * The transactional outbox: one row per event, written in the transaction of the change that caused it,
 * only when an active subscription wants it. Its id is the `webhook-id` every attempt repeats.
 */
export const webhookEvents = pgTable(
  'webhook_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    type: text('type').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: uuid('subject_id').notNull(),
    /** What subscription filters match on. */
    severity: text('severity'),
    causeCategories: text('cause_categories').array().notNull().default(sql`'{}'::text[]`),
    assetIds: uuid('asset_ids').array().notNull().default(sql`'{}'::uuid[]`),
    payload: jsonb('payload').notNull(),
    actor: text('actor').notNull(),
    actorRole: text('actor_role').notNull(),
    /** Events that happen once per fact (an overdue date, a gap found) carry a key that refuses a second one. */
    onceKey: text('once_key'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('webhook_events_once_uq').on(t.onceKey), index('webhook_events_subject_idx').on(t.subjectId)],
);

/** One event for one subscription: its state, attempts so far and when the next one is due. */
export const webhookDeliveries = pgTable(
  'webhook_deliveries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id').notNull().references(() => webhookEvents.id, { onDelete: 'cascade' }),
    subscriptionId: uuid('subscription_id').notNull().references(() => webhookSubscriptions.id, { onDelete: 'cascade' }),
    /** PENDING (waiting for an attempt), SUCCEEDED, FAILED (gave up, or the target was refused). */
    status: text('status').notNull().default('PENDING'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: at('next_attempt_at'),
    /** A sweep holds the delivery until then while it sends (no transaction stays open during HTTP). */
    lockedUntil: at('locked_until'),
    lastStatusCode: integer('last_status_code'),
    lastError: text('last_error'),
    deliveredAt: at('delivered_at'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('webhook_deliveries_event_subscription_uq').on(t.eventId, t.subscriptionId),
    index('webhook_deliveries_due_idx').on(t.status, t.nextAttemptAt),
    index('webhook_deliveries_subscription_idx').on(t.subscriptionId, t.createdAt, t.id),
    index('webhook_deliveries_created_idx').on(t.createdAt, t.id),
  ],
);

/** Every attempt, as the receiver answered it (or why there was no answer). */
export const webhookAttempts = pgTable(
  'webhook_attempts',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    deliveryId: uuid('delivery_id').notNull().references(() => webhookDeliveries.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    at: at('at').notNull().defaultNow(),
    statusCode: integer('status_code'),
    error: text('error'),
    durationMs: integer('duration_ms').notNull(),
  },
  (t) => [index('webhook_attempts_delivery_idx').on(t.deliveryId, t.number)],
);
