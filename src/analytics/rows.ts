import { sql, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/types.js';
import { pageSize } from '../graph/page-args.js';

/** Runs a set-based analytics statement and returns its rows (both drivers answer with `rows`). */
export async function rowsOf<T>(db: Executor, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** The row limit for a caller's `first` (50 when not given), refused out of range like every page size. */
export const limitOf = (first: number | null | undefined) => pageSize(first, 50);

/** A uuid[] literal of bound parameters, for `= any(…)` over a batch of IDs. */
export const uuidArray = (ids: readonly string[]) =>
  ids.length ? sql`array[${sql.join(ids.map((id) => sql`${id}`), sql`, `)}]::uuid[]` : sql`array[]::uuid[]`;
