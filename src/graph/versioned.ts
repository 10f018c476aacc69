import { and, eq, sql } from 'drizzle-orm';
import type { PgTable, AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/types.js';
import { ConflictError, NotFoundError } from './errors.js';

type VersionedTable = PgTable & { id: AnyPgColumn; version: AnyPgColumn; updatedAt: AnyPgColumn };

/**
 * Reads a row for update (locking it for the rest of the transaction); NOT_FOUND when absent.
 */
export async function lockRow<R>(tx: Executor, table: VersionedTable, id: string, what: string): Promise<R> {
  const [row] = (await tx.select().from(table as PgTable).where(eq(table.id, id)).for('update')) as R[];
  if (!row) throw new NotFoundError(what, id);
  return row;
}

/**
 * Optimistic concurrency: applies `patch` only when the row is still at
 * `expectedVersion`, bumping the version; a stale write gets CONFLICT with the current version.
 */
export async function updateVersioned<R extends { version: number }>(
  tx: Executor,
  table: VersionedTable,
  id: string,
  expectedVersion: number,
  patch: Record<string, unknown>,
  what: string,
): Promise<{ before: R; after: R }> {
  const before = await lockRow<R>(tx, table, id, what);
  if (before.version !== expectedVersion) {
    throw new ConflictError(`${what} was changed by someone else (version ${before.version}, expected ${expectedVersion}); reload and retry`, {
      currentVersion: before.version,
    });
  }
  const [after] = (await tx
    .update(table)
    .set({ ...patch, version: sql`${table.version} + 1`, updatedAt: sql`now()` } as never)
    .where(and(eq(table.id, id), eq(table.version, expectedVersion)))
    .returning()) as R[];
  return { before, after: after! };
}

/** Drops keys whose value is `undefined`: GraphQL leaves out what the client did not send. */
export function definedOnly<T extends Record<string, unknown>>(input: T): Partial<T> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<T>;
}
