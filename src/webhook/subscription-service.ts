import { sql } from 'drizzle-orm';
import * as z from 'zod/mini';
import * as t from '../../db/schema/index.js';
import type { CreateWebhookSubscriptionInput, UpdateWebhookSubscriptionInput, WebhookFilterInput } from '../generated/resolvers.js';
import { requireRole } from '../auth/roles.js';
import type { GraphQLContext } from '../graph/context.js';
import { BadUserInputError, NotFoundError } from '../graph/errors.js';
import { decodeGlobalId, rawId } from '../graph/ids.js';
import { runMutation } from '../graph/mutation.js';
import { name, validate } from '../graph/validate.js';
import { definedOnly, updateVersioned } from '../graph/versioned.js';
import { eventNameOf } from './event-types.js';
import type { WebhookSubscriptionRow } from './models.js';
import { checkTargetUrl, targetPolicyFromEnv, type TargetPolicy } from './policy.js';
import { newSigningSecret } from './secret.js';
import { sealSecret } from './secret-box.js';
import { insertSubscription, listSubscriptionRows, withoutSecrets } from './subscription-repository.js';

export interface SubscriptionWithSecret {
  subscription: WebhookSubscriptionRow;
  /** Shown once. */
  secret: string;
}

const DEFAULT_OVERLAP_MINUTES = 24 * 60;
const MAX_OVERLAP_MINUTES = 7 * 24 * 60;

function eventTypes(values: readonly CreateWebhookSubscriptionInput['eventTypes'][number][], field: string): string[] {
  if (values.length === 0) throw new BadUserInputError(`\`${field}\` must name at least one event type`, { field });
  return [...new Set(values.map(eventNameOf))];
}

function filterColumns(filter: WebhookFilterInput | null | undefined) {
  if (!filter) return {};
  return definedOnly({
    filterSeverities: filter.severities ? [...new Set(filter.severities)] : undefined,
    filterCauseCategories: filter.causeCategories ? [...new Set(filter.causeCategories)] : undefined,
    filterAssetIds: filter.assetIds ? [...new Set(filter.assetIds.map((id, i) => decodeGlobalId(id, 'Asset', `input.filter.assetIds.${i}`).id))] : undefined,
  });
}

export async function createWebhookSubscription(context: GraphQLContext, input: CreateWebhookSubscriptionInput, policy: TargetPolicy = targetPolicyFromEnv()): Promise<SubscriptionWithSecret> {
  requireRole(context, 'webhooks');
  const valid = validate(z.object({ name: name() }), { name: input.name });
  const url = checkTargetUrl(input.url, policy);
  const types = eventTypes(input.eventTypes, 'input.eventTypes');
  const filters = filterColumns(input.filter);
  return runMutation(context, async (tx, audit) => {
    const secret = newSigningSecret();
    const subscription = await insertSubscription(tx, {
      name: valid.name, url, eventTypes: types, role: input.role ?? 'ANALYST', active: input.active ?? true, secret: sealSecret(secret), createdBy: context.actor.id, ...filters,
    });
    audit({ action: 'webhookSubscription.create', entityType: 'WebhookSubscription', entityId: subscription.id, after: withoutSecrets(subscription) });
    return { subscription, secret };
  }, { permission: 'webhooks' });
}

export async function updateWebhookSubscription(context: GraphQLContext, input: UpdateWebhookSubscriptionInput, policy: TargetPolicy = targetPolicyFromEnv()): Promise<WebhookSubscriptionRow> {
  requireRole(context, 'webhooks');
  const id = webhookId(input.id, 'input.id');
  const valid = validate(z.object({ name: z.optional(name()) }), { name: input.name ?? undefined });
  const patch = definedOnly({
    name: valid.name,
    url: input.url ? checkTargetUrl(input.url, policy) : undefined,
    eventTypes: input.eventTypes ? eventTypes(input.eventTypes, 'input.eventTypes') : undefined,
    role: input.role ?? undefined,
    active: input.active ?? undefined,
    ...filterColumns(input.filter),
  });
  // Re-enabling starts the failure count over.
  const reenable = input.active === true ? { disabledReason: null, failureStreak: 0 } : {};
  return runMutation(context, async (tx, audit) => {
    const { before, after } = await updateVersioned<WebhookSubscriptionRow>(tx, t.webhookSubscriptions, id, input.expectedVersion, { ...patch, ...reenable }, 'Webhook subscription');
    audit({ action: 'webhookSubscription.update', entityType: 'WebhookSubscription', entityId: id, before: withoutSecrets(before), after: withoutSecrets(after) });
    return after;
  }, { permission: 'webhooks' });
}

/** A new secret; the old one keeps signing beside it until the overlap ends, so receivers can switch without losing events. */
export async function rotateWebhookSecret(context: GraphQLContext, globalId: string, overlapMinutes: number | null | undefined): Promise<SubscriptionWithSecret> {
  requireRole(context, 'webhooks');
  const id = webhookId(globalId, 'id');
  const overlap = overlapMinutes ?? DEFAULT_OVERLAP_MINUTES;
  if (!Number.isInteger(overlap) || overlap < 0 || overlap > MAX_OVERLAP_MINUTES) {
    throw new BadUserInputError(`\`overlapMinutes\` must be a whole number from 0 to ${MAX_OVERLAP_MINUTES}`, { argument: 'overlapMinutes' });
  }
  return runMutation(context, async (tx, audit) => {
    const secret = newSigningSecret();
    const [before] = await tx.select().from(t.webhookSubscriptions).where(sql`${t.webhookSubscriptions.id} = ${id}`).for('update');
    if (!before) throw new NotFoundError('Webhook subscription', id);
    const [after] = await tx
      .update(t.webhookSubscriptions)
      .set({
        secret: sealSecret(secret), previousSecret: before.secret, previousSecretExpiresAt: sql`now() + make_interval(mins => ${overlap})`,
        secretRotatedAt: sql`now()`, updatedAt: sql`now()`, version: sql`${t.webhookSubscriptions.version} + 1`,
      })
      .where(sql`${t.webhookSubscriptions.id} = ${id}`)
      .returning();
    audit({ action: 'webhookSubscription.rotateSecret', entityType: 'WebhookSubscription', entityId: id, before: withoutSecrets(before), after: withoutSecrets(after!) });
    return { subscription: after!, secret };
  }, { permission: 'webhooks' });
}

export function listWebhookSubscriptions(context: GraphQLContext): Promise<WebhookSubscriptionRow[]> {
  requireRole(context, 'webhooks');
  return listSubscriptionRows(context.db);
}

/** Subscriptions and deliveries are named by their raw id, like API keys. */
export function webhookId(id: string, argument: string, what = 'webhook subscription'): string {
  return rawId(id, argument, `a ${what}`);
}
