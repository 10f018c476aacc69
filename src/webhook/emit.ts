import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import * as t from '../../db/schema/index.js';
import type { Executor } from '../../db/types.js';
import type { AuditChange } from '../audit/record.js';
import type { WebhookEventName } from './event-types.js';
import { incidentFacts } from './incident-facts.js';
import { subscriptionWants, type EventFacts } from './matching.js';
import { buildPayload, type Subject } from './payload.js';

/** An event as a change site describes it. */
export interface WebhookEventInput {
  type: WebhookEventName;
  subject: Subject;
  /** The object's fields any role may read; never secrets. */
  data: Record<string, unknown>;
  /** What changed (`{ field: { from, to } }`, or what happened). */
  change?: Record<string, unknown> | null;
  /** The incident whose severity, cause categories and assets subscription filters match on. */
  incidentId?: string | null;
  /** Further assets the event involves. */
  assetIds?: readonly string[];
  /** For events sent once per fact: a second event with the same key is not written. */
  onceKey?: string;
}

type Audit = (change: AuditChange) => void;

/**
 * Writes events to the outbox in the caller's transaction, so they commit or roll back with the change,
 * with one delivery per active subscription that wants each; each written event gets an audit entry.
 * With no subscription for these types it costs one statement and writes nothing.
 */
export async function emitEvents(tx: Executor, audit: Audit, events: readonly WebhookEventInput[]): Promise<string[]> {
  if (events.length === 0) return [];
  const types = [...new Set(events.map((e) => e.type))];
  const subscriptions = await tx
    .select({
      subscription: t.webhookSubscriptions,
      actor: sql<string | null>`nullif(current_setting('app.actor', true), '')`,
      actorRole: sql<string | null>`nullif(current_setting('app.actor_role', true), '')`,
    })
    .from(t.webhookSubscriptions)
    .where(sql`/* webhook subscriptions wanting */ ${t.webhookSubscriptions.active} and ${t.webhookSubscriptions.eventTypes} && array[${sql.join(types.map((type) => sql`${type}`), sql`, `)}]::text[]`);
  if (subscriptions.length === 0) return [];
  const actor = { id: subscriptions[0]!.actor ?? 'system', role: subscriptions[0]!.actorRole ?? 'ADMIN' };

  const facts = await incidentFacts(tx, [...new Set(events.flatMap((e) => (e.incidentId ? [e.incidentId] : [])))]);
  const now = new Date();
  const planned = events.flatMap((event) => {
    const incident = event.incidentId ? facts.get(event.incidentId) : undefined;
    const eventFacts: EventFacts = {
      type: event.type,
      severity: incident?.severity ?? null,
      causeCategories: incident?.causeCategories ?? [],
      assetIds: [...new Set([...(incident?.assetIds ?? []), ...(event.assetIds ?? [])])],
    };
    const wanting = subscriptions.filter(({ subscription }) => subscriptionWants(subscription, eventFacts)).map(({ subscription }) => subscription.id);
    if (wanting.length === 0) return [];
    const id = randomUUID();
    const payload = buildPayload({ eventId: id, type: event.type, subject: event.subject, data: event.data, change: event.change, actor }, now);
    return [{ event, eventFacts, wanting, row: {
      id, type: event.type, subjectType: event.subject.type, subjectId: event.subject.id, severity: eventFacts.severity,
      causeCategories: [...eventFacts.causeCategories], assetIds: [...eventFacts.assetIds], payload, actor: actor.id, actorRole: actor.role,
      onceKey: event.onceKey ?? null, createdAt: now.toISOString(),
    } }];
  });
  if (planned.length === 0) return [];

  const written = new Set(
    (await tx.insert(t.webhookEvents).values(planned.map((p) => p.row)).onConflictDoNothing().returning({ id: t.webhookEvents.id })).map((r) => r.id),
  );
  const kept = planned.filter((p) => written.has(p.row.id));
  if (kept.length === 0) return [];
  await tx.insert(t.webhookDeliveries).values(
    kept.flatMap((p) => p.wanting.map((subscriptionId) => ({ eventId: p.row.id, subscriptionId, nextAttemptAt: now.toISOString() }))),
  );
  for (const p of kept) {
    audit({
      action: 'webhookEvent.emit', entityType: 'WebhookEvent', entityId: p.row.id,
      after: { type: p.row.type, subjectType: p.row.subjectType, subjectId: p.row.subjectId, subscriptions: p.wanting },
    });
  }
  return kept.map((p) => p.row.id);
}

export const emitEvent = (tx: Executor, audit: Audit, event: WebhookEventInput) => emitEvents(tx, audit, [event]);
