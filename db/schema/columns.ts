import { integer, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** Columns every editable entity shares: identity, optimistic-concurrency version, timestamps. */
export const entityColumns = () => ({
  id: uuid('id').primaryKey().defaultRandom(),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
});

/** Where a fact came from: the report lines and the rule that produced it (null when entered by hand). */
export const provenanceColumns = () => ({
  sourceStartLine: integer('source_start_line'),
  sourceEndLine: integer('source_end_line'),
  sourceRule: text('source_rule'),
});
