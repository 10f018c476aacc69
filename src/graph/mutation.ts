import { sql, type SQL } from 'drizzle-orm';
import type { AppTx } from '../../db/types.js';
import { refreshLoaders, type AuditChange, type GraphQLContext, type Permission } from './context.js';

export interface MutationOptions {
  /** What the actor's role must allow; writing to the graph unless said otherwise. */
  permission?: Permission;
}

/**
 * Tells the audit trigger who acts in this transaction (transaction-local: poolers reuse connections);
 * `alongside` is more of the select list, for a caller with something else to do first (one round trip).
 */
export async function setAuditActor(tx: AppTx, context: Pick<GraphQLContext, 'actor' | 'requestId'>, alongside?: SQL): Promise<void> {
  await tx.execute(sql`/* audit actor */ select set_config('app.actor', ${context.actor.id}, true), set_config('app.actor_role', ${context.actor.role}, true), set_config('app.request_id', ${context.requestId}, true)${alongside ? sql`, ${alongside}` : sql``}`);
}

/**
 * Runs one mutation: checks the actor's role, then its writes and its audit entries in one
 * transaction, then fresh loaders so the response reads what was written. The acting key, role and
 * request id travel as transaction-local settings, which the audit trigger records (a pooler may
 * hand the next transaction the same connection, so nothing is set for the session).
 */
export async function runMutation<T>(
  context: GraphQLContext,
  work: (tx: AppTx, audit: (change: AuditChange) => void) => Promise<T>,
  options: MutationOptions = {},
): Promise<T> {
  context.parts.requirePermission(context, options.permission ?? 'write');
  const result = await context.db.transaction(async (tx) => {
    await setAuditActor(tx, context);
    const changes: AuditChange[] = [];
    const value = await work(tx, (change) => changes.push(change));
    await context.parts.recordAudit(tx, context, changes);
    return value;
  });
  refreshLoaders(context);
  return result;
}
