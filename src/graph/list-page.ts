import { and, count, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import type { AppDb } from '../../db/types.js';
import { fieldName } from './field-name.js';
import { keysetCondition, keysetOrderBy, pageOf, type KeysetOrder } from './keyset.js';
import type { ConnectionModel } from './models.js';
import { pageRequest, type PageArgs } from './page-args.js';

/**
 * A root list as a cursor connection: one statement for the page (limit + 1
 * rows to learn whether more follow) and, only when asked, one for the total.
 */
export async function listPage<R extends Record<string, unknown>>(
  db: AppDb,
  table: PgTable,
  args: PageArgs,
  order: KeysetOrder,
  where?: SQL,
  onRows?: (rows: R[]) => void,
): Promise<ConnectionModel<R>> {
  const page = pageRequest(args, order.columns.length);
  const rows = (await db
    .select()
    .from(table)
    .where(and(where, keysetCondition(order, page)))
    .orderBy(...keysetOrderBy(order, page))
    .limit(page.limit + 1)) as R[];
  onRows?.(rows);
  const keys = order.columns.map((column) => fieldName(table, column));
  return {
    ...pageOf(rows, page, (row) => keys.map((key) => row[key] as string | number)),
    totalCount: async () => {
      const [result] = await db.select({ total: count() }).from(table).where(where);
      return Number(result?.total ?? 0);
    },
  };
}
