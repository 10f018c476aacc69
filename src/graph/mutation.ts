import type { AppTx } from '../../db/types.js';
import { recordAudit, type AuditChange } from '../audit/record.js';
import { refreshLoaders, type GraphQLContext } from './context.js';

/**
 * Runs one mutation: its writes and its audit entries in one transaction,
 * then fresh loaders so the response reads what was written.
 */
export async function runMutation<T>(
  context: GraphQLContext,
  work: (tx: AppTx, audit: (change: AuditChange) => void) => Promise<T>,
): Promise<T> {
  const result = await context.db.transaction(async (tx) => {
    const changes: AuditChange[] = [];
    const value = await work(tx, (change) => changes.push(change));
    await recordAudit(tx, context, changes);
    return value;
  });
  refreshLoaders(context);
  return result;
}
