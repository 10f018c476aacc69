import { auditEntries } from '../../db/schema/index.js';
import type { Executor } from '../../db/types.js';
import type { GraphQLContext } from '../graph/context.js';

export interface AuditChange {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Appends audit entries inside the caller's transaction, so a change and its record commit together. */
export async function recordAudit(tx: Executor, context: Pick<GraphQLContext, 'actor' | 'requestId'>, changes: AuditChange[]): Promise<void> {
  if (changes.length === 0) return;
  await tx.insert(auditEntries).values(
    changes.map((change) => ({
      actor: context.actor.id,
      actorRole: context.actor.role,
      action: change.action,
      entityType: change.entityType,
      entityId: change.entityId,
      before: change.before ?? null,
      after: change.after ?? null,
      requestId: context.requestId,
    })),
  );
}
