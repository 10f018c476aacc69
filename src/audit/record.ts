import { auditEntries } from '../../db/schema/index.js';
import type { Executor } from '../../db/types.js';
import type { AuditChange, GraphQLContext } from '../graph/context.js';

export type { AuditChange };

/** Appends audit entries inside the caller's transaction, so a change and its record commit together. */
export async function recordAudit(tx: Executor, context: Pick<GraphQLContext, 'actor' | 'requestId'>, changes: AuditChange[]): Promise<void> {
  // Multi-row inserts, in chunks that stay far below Postgres's 65,535 bind parameters.
  for (let start = 0; start < changes.length; start += AUDIT_ROWS_PER_STATEMENT) {
    await insertChunk(tx, context, changes.slice(start, start + AUDIT_ROWS_PER_STATEMENT));
  }
}

const AUDIT_ROWS_PER_STATEMENT = 1_000;

async function insertChunk(tx: Executor, context: Pick<GraphQLContext, 'actor' | 'requestId'>, changes: AuditChange[]): Promise<void> {
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
