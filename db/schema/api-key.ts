import { index, pgEnum, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

export const apiKeyRole = pgEnum('api_key_role', ['ANALYST', 'EDITOR', 'AUDITOR', 'ADMIN']);

/** API keys: only a SHA-256 of the secret is kept; the key itself is shown once, when created. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    role: apiKeyRole('role').notNull(),
    secretHash: text('secret_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, mode: 'string' }).notNull().defaultNow(),
    createdBy: text('created_by').notNull(),
    revokedAt: timestamp('revoked_at', { withTimezone: true, mode: 'string' }),
  },
  (t) => [index('api_keys_created_idx').on(t.createdAt, t.id)],
);
