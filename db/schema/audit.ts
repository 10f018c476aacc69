import { bigint, bigserial, index, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * Append-only record of every change: one row per mutation and entity, written in the mutation's transaction.
 * The database chains the rows (`seq`, `prev_hash`, `hash`, set by a trigger under an advisory lock) and
 * refuses UPDATE, DELETE and TRUNCATE (see the `audit_chain` migration).
 */
export const auditEntries = pgTable(
  'audit_entries',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    actor: text('actor').notNull(),
    actorRole: text('actor_role').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    before: jsonb('before'),
    after: jsonb('after'),
    requestId: text('request_id'),
    /** Position in the chain, assigned under the chain lock (ids can be taken out of commit order). */
    seq: bigint('seq', { mode: 'number' }),
    prevHash: text('prev_hash'),
    hash: text('hash'),
  },
  (t) => [
    index('audit_entries_entity_idx').on(t.entityId, t.id),
    index('audit_entries_at_idx').on(t.at),
    uniqueIndex('audit_entries_seq_idx').on(t.seq),
    index('audit_entries_actor_idx').on(t.actor, t.seq),
  ],
);
