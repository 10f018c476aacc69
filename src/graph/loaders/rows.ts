import DataLoader from 'dataloader';
import { asc, eq, sql, type SQL } from 'drizzle-orm';
import type { PgTable, AnyPgColumn } from 'drizzle-orm/pg-core';
import type { AppDb } from '../../../db/types.js';

type TableWithId = PgTable & { id: AnyPgColumn };

/**
 * A batch of IDs as one bound array parameter (an array literal, cast to the column's type): a statement
 * costs the same to build and to send however many parents a request's batch holds, where a list of
 * parameters costs per ID.
 */
export function idArray(ids: readonly string[], column: AnyPgColumn): SQL {
  const literal = `{${ids.map((id) => `"${id.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;
  return sql`${literal}::text::${sql.raw(column.getSQLType())}[]`;
}

/** `column` is one of the IDs: `inArray` with the batch bound as one parameter. */
export function inIds(column: AnyPgColumn, ids: readonly string[]): SQL {
  return sql`${column} = any(${idArray(ids, column)})`;
}

/** Group rows by a key, keeping each group in the rows' order, one array per requested key. */
export function groupInKeyOrder<T>(keys: readonly string[], rows: readonly T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}

/** Rows by primary key, batched per tick; a missing row is null. */
export function rowsById<R extends { id: string }>(db: AppDb, table: TableWithId): DataLoader<string, R | null> {
  return new DataLoader(async (ids) => {
    const rows = (await db.select().from(table).where(inIds(table.id, ids))) as R[];
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** Rows of a table that point at a parent (an incident's causes …), in `order`. */
export function rowsByParent<R>(
  db: AppDb,
  table: PgTable,
  parent: AnyPgColumn,
  order: readonly AnyPgColumn[],
): DataLoader<string, R[]> {
  return new DataLoader(async (parentIds) => {
    const rows = await db
      .select({ parentId: parent, row: table as never })
      .from(table)
      .where(inIds(parent, parentIds))
      .orderBy(asc(parent), ...order.map((c) => asc(c)));
    return groupInKeyOrder(parentIds, rows as { parentId: string; row: R }[], (r) => r.parentId).map((group) =>
      group.map((r) => r.row),
    );
  });
}

/** Rows reached through a link table (a cause's assets …), one statement for every parent in the batch. */
export function rowsThroughLink<R>(
  db: AppDb,
  link: { table: PgTable; parent: AnyPgColumn; child: AnyPgColumn },
  target: TableWithId,
  order: readonly AnyPgColumn[],
): DataLoader<string, R[]> {
  return new DataLoader(async (parentIds) => {
    const rows = await db
      .select({ parentId: link.parent, row: target as never })
      .from(link.table)
      .innerJoin(target, eq(target.id, link.child))
      .where(inIds(link.parent, parentIds))
      .orderBy(asc(link.parent), ...order.map((c) => asc(c)));
    return groupInKeyOrder(parentIds, rows as { parentId: string; row: R }[], (r) => r.parentId).map((group) =>
      group.map((r) => r.row),
    );
  });
}

/** Alias strings of each owner, alphabetical. */
export function aliasesByOwner(
  db: AppDb,
  table: PgTable & { ownerId: AnyPgColumn; alias: AnyPgColumn },
): DataLoader<string, string[]> {
  return new DataLoader(async (ownerIds) => {
    const rows = (await db
      .select({ ownerId: table.ownerId, alias: table.alias })
      .from(table)
      .where(inIds(table.ownerId, ownerIds))
      .orderBy(asc(table.alias))) as { ownerId: string; alias: string }[];
    return groupInKeyOrder(ownerIds, rows, (r) => r.ownerId).map((group) => group.map((r) => r.alias));
  });
}
