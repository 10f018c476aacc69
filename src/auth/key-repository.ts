import { desc, eq, sql } from 'drizzle-orm';
import { apiKeys } from '../../db/schema/index.js';
import type { Executor } from '../../db/types.js';

export type ApiKeyRow = typeof apiKeys.$inferSelect;
export type NewApiKey = typeof apiKeys.$inferInsert;

export async function insertApiKey(db: Executor, key: NewApiKey): Promise<ApiKeyRow> {
  const [row] = await db.insert(apiKeys).values(key).returning();
  return row!;
}

export async function apiKeyById(db: Executor, id: string): Promise<ApiKeyRow | undefined> {
  const [row] = await db.select().from(apiKeys).where(eq(apiKeys.id, id));
  return row;
}

export async function listApiKeyRows(db: Executor): Promise<ApiKeyRow[]> {
  return db.select().from(apiKeys).orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
}

/** Marks a key revoked (once); returns the row before and after. */
export async function markRevoked(db: Executor, id: string): Promise<{ before: ApiKeyRow; after: ApiKeyRow } | undefined> {
  const [before] = await db.select().from(apiKeys).where(eq(apiKeys.id, id)).for('update');
  if (!before) return undefined;
  if (before.revokedAt) return { before, after: before };
  const [after] = await db.update(apiKeys).set({ revokedAt: sql`now()` }).where(eq(apiKeys.id, id)).returning();
  return { before, after: after! };
}
