import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Logger } from '../logger.js';
import * as t from '../../db/schema/index.js';
import type { AppDb, AppTx } from '../../db/types.js';
import { recordAudit, type AuditChange } from '../audit/record.js';
import type { Actor } from '../graph/context.js';
import { setAuditActor } from '../graph/mutation.js';
import { MAX_ATTEMPTS, retryDelaySeconds } from './backoff.js';
import { claimDueDeliveries, insertAttempt, updateDelivery, type ClaimedDelivery } from './delivery-repository.js';
import { emitOverdueRecommendations } from './overdue.js';
import { MAX_SENT_PAYLOAD_BYTES, payloadForRole } from './payload.js';
import { targetPolicyFromEnv, type TargetPolicy } from './policy.js';
import { sendWebhook, type SendResult } from './send.js';
import { signedHeaders, signingSecrets } from './signing.js';

export interface DeliveryOptions {
  /** The scheduling clock (due times, backoff); signatures always carry the real time. */
  clock?: () => Date;
  /** Per attempt, connection to answer. */
  timeoutMs?: number;
  maxAttempts?: number;
  /** Deliveries sent in parallel per round. */
  batchSize?: number;
  policy?: TargetPolicy;
  random?: () => number;
  logger?: Logger;
}

export interface SweepResult {
  overdueEmitted: number;
  attempted: number;
  succeeded: number;
  failed: number;
}

/** Who the delivery sweep acts as in the audit trail. */
export const sweepActor: Actor = { id: 'system:webhook-delivery', role: 'ADMIN' };

/** Runs `work` in a transaction with its audit entries written as the sweep. */
async function asSweep<T>(db: AppDb, work: (tx: AppTx, audit: (change: AuditChange) => void) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    const context = { actor: sweepActor, requestId: `webhook-sweep:${randomUUID()}` };
    await setAuditActor(tx, context);
    const changes: AuditChange[] = [];
    const value = await work(tx, (change) => changes.push(change));
    await recordAudit(tx, context, changes);
    return value;
  });
}

/**
 * One delivery round: announces recommendations that became overdue, then sends every due delivery once.
 * Deliveries are claimed in one short statement and their results recorded in another, so a slow or hanging
 * receiver holds no transaction, no lock and no request; it costs the sweep at most `timeoutMs`.
 */
export async function deliverDue(db: AppDb, options: DeliveryOptions = {}): Promise<SweepResult> {
  const clock = options.clock ?? (() => new Date());
  const timeoutMs = options.timeoutMs ?? 10_000;
  const now = clock();
  const overdueEmitted = await asSweep(db, (tx, audit) => emitOverdueRecommendations(tx, audit, now.toISOString().slice(0, 10)));
  const lease = new Date(now.getTime() + timeoutMs + 30_000);
  const claimed = await claimDueDeliveries(db, now, lease, options.batchSize ?? 20);
  const results = await Promise.all(claimed.map((item) => attempt(db, item, { ...options, clock, timeoutMs })));
  return {
    overdueEmitted,
    attempted: results.length,
    succeeded: results.filter((r) => r.ok).length,
    failed: results.filter((r) => !r.ok).length,
  };
}

/** Sweeps until nothing is due (or `deadline` passes): what the scheduled function and the local loop run. */
export async function deliverAllDue(db: AppDb, options: DeliveryOptions & { deadline?: number } = {}): Promise<SweepResult> {
  const total: SweepResult = { overdueEmitted: 0, attempted: 0, succeeded: 0, failed: 0 };
  for (;;) {
    const round = await deliverDue(db, options);
    for (const key of Object.keys(total) as (keyof SweepResult)[]) total[key] += round[key];
    if (round.attempted === 0 || (options.deadline !== undefined && Date.now() > options.deadline)) return total;
  }
}

type Resolved = Required<Pick<DeliveryOptions, 'clock' | 'timeoutMs'>> & DeliveryOptions;

/** Signs and sends one delivery; a payload over the cap or a secret that cannot be read is a failed attempt, not a crash. */
async function send(event: ClaimedDelivery['event'], subscription: ClaimedDelivery['subscription'], options: Resolved): Promise<SendResult> {
  const sentAt = new Date();
  const body = JSON.stringify(payloadForRole(event.payload as Record<string, unknown>, subscription.role));
  if (Buffer.byteLength(body) > MAX_SENT_PAYLOAD_BYTES) {
    return { ok: false, statusCode: null, error: `refused: payload over ${MAX_SENT_PAYLOAD_BYTES} bytes`, refused: true, durationMs: 0 };
  }
  let headers: Record<string, string>;
  try {
    headers = signedHeaders(signingSecrets(subscription, sentAt), event.id, sentAt, body);
  } catch (error) {
    return { ok: false, statusCode: null, error: `cannot sign: ${(error as Error).message}`, refused: false, durationMs: 0 };
  }
  return sendWebhook(subscription.url, headers, body, { timeoutMs: options.timeoutMs, policy: options.policy ?? targetPolicyFromEnv() });
}

async function attempt(db: AppDb, { delivery, event, subscription }: ClaimedDelivery, options: Resolved): Promise<SendResult> {
  const result = await send(event, subscription, options);
  const now = options.clock();
  const maxAttempts = options.maxAttempts ?? MAX_ATTEMPTS;
  await asSweep(db, async (tx, audit) => {
    await insertAttempt(tx, { deliveryId: delivery.id, at: now, statusCode: result.statusCode, error: result.error, durationMs: result.durationMs });
    if (result.ok) {
      await updateDelivery(tx, delivery.id, { status: 'SUCCEEDED', deliveredAt: now.toISOString(), nextAttemptAt: null, lockedUntil: null, lastStatusCode: result.statusCode, lastError: null });
      await tx.update(t.webhookSubscriptions).set({ failureStreak: 0 }).where(eq(t.webhookSubscriptions.id, subscription.id));
      return;
    }
    const exhausted = result.refused || delivery.attempts >= maxAttempts;
    const retryAt = new Date(now.getTime() + retryDelaySeconds(delivery.attempts, options.random) * 1000);
    await updateDelivery(tx, delivery.id, {
      status: exhausted ? 'FAILED' : 'PENDING', nextAttemptAt: exhausted ? null : retryAt.toISOString(), lockedUntil: null,
      lastStatusCode: result.statusCode, lastError: result.error,
    });
    const [current] = await tx
      .update(t.webhookSubscriptions)
      .set({ failureStreak: sql`${t.webhookSubscriptions.failureStreak} + 1` })
      .where(eq(t.webhookSubscriptions.id, subscription.id))
      .returning();
    // A delivery that failed every attempt over more than a day means the receiver is gone: stop sending until an ADMIN re-enables it.
    if (exhausted && !result.refused && current?.active) {
      const reason = `Disabled after delivery ${delivery.id} failed ${delivery.attempts} attempts (last: ${result.error})`;
      await tx.update(t.webhookSubscriptions).set({ active: false, disabledReason: reason, updatedAt: now.toISOString(), version: sql`${t.webhookSubscriptions.version} + 1` }).where(eq(t.webhookSubscriptions.id, subscription.id));
      audit({ action: 'webhookSubscription.disable', entityType: 'WebhookSubscription', entityId: subscription.id, before: { active: true }, after: { active: false, disabledReason: reason } });
    }
  });
  options.logger?.info({ deliveryId: delivery.id, eventId: event.id, attempt: delivery.attempts, ok: result.ok, statusCode: result.statusCode, error: result.error }, 'webhook attempt');
  return result;
}
