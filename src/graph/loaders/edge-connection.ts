import DataLoader from 'dataloader';
import { and, count, eq, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable, PgView } from 'drizzle-orm/pg-core';
import type { AppDb } from '../../../db/types.js';
import { keysetCondition, keysetOrderBy, pageOf, type KeysetOrder } from '../keyset.js';
import type { ConnectionModel } from '../models.js';
import type { CursorValues, PageRequest } from '../page-args.js';
import { groupInKeyOrder, idArray, inIds } from './rows.js';

/**
 * An unbounded edge (an asset's incidents, an incident's timeline): which
 * parent each target row belongs to, and the target's list order. `source` is
 * the link table, or the target table itself when it holds the parent column.
 */
export interface EdgeSpec {
  name: string;
  source: PgTable | PgView;
  parent: AnyPgColumn;
  child: AnyPgColumn;
  /** The target table's ID column; joined to `child` unless `source` is the target table. */
  targetId: AnyPgColumn;
  targetTable: PgTable;
  order: KeysetOrder;
  /** Narrows the target rows (it may use the target table's columns). */
  where?: SQL;
}

interface EdgeRow<T> {
  parentId: string;
  node: T;
  keys: CursorValues;
}

/**
 * One statement fetches the page of every parent in the batch: per parent, a lateral subquery reads its
 * first rows in list order and stops (an index on the parent and order columns serves it without reading
 * the parent's whole history); the statement count stays the same however many parents the request touches.
 */
async function loadPages<T>(db: AppDb, spec: EdgeSpec, page: PageRequest, parentIds: readonly string[]): Promise<EdgeRow<T>[][]> {
  const keyColumns = spec.order.columns;
  const sameTable = spec.source === spec.targetTable;
  const keyFields = Object.fromEntries(keyColumns.map((c, i) => [`k${i}`, c])) as Record<string, AnyPgColumn>;
  const parents = sql`unnest(${idArray(parentIds, spec.parent)}) as edge_parents(parent_id)`;
  const order = keysetOrderBy(spec.order, page);
  const firstRows = db
    .select({
      id: sql<string>`${spec.targetId}`.as('target_id'),
      ...Object.fromEntries(Object.entries(keyFields).map(([k, c]) => [k, sql`${c}`.as(k)])),
      rank: sql<number>`row_number() over (order by ${sql.join(order, sql`, `)})`.as('rank'),
    })
    .from(spec.source);
  const joined = sameTable ? firstRows : firstRows.innerJoin(spec.targetTable, eq(spec.targetId, spec.child));
  const filter: SQL | undefined = and(sql`${spec.parent} = edge_parents.parent_id`, keysetCondition(spec.order, page), spec.where);
  const sub = joined.where(filter).orderBy(...order).limit(page.limit + 1).as(`edge_${spec.name}`);
  const rows = (await db
    .select({ parentId: sql<string>`edge_parents.parent_id`, node: spec.targetTable as never, ...Object.fromEntries(Object.keys(keyFields).map((k) => [k, (sub as never)[k]])) })
    .from(parents)
    .crossJoinLateral(sub)
    .innerJoin(spec.targetTable, eq(spec.targetId, sub.id))
    .orderBy(sql`edge_parents.parent_id`, sub.rank)) as Record<string, unknown>[];
  const edgeRows: EdgeRow<T>[] = rows.map((row) => ({
    parentId: row.parentId as string,
    node: row.node as T,
    keys: keyColumns.map((_, i) => row[`k${i}`] as string | number),
  }));
  return groupInKeyOrder(parentIds, edgeRows, (row) => row.parentId);
}

/** Loaders for one edge: pages per (parent, page request), totals per parent. */
export class EdgeConnectionLoader<T extends { id: string }> {
  private readonly pages = new Map<string, DataLoader<string, EdgeRow<T>[]>>();
  private readonly totals: DataLoader<string, number>;

  constructor(
    private readonly db: AppDb,
    private readonly spec: EdgeSpec,
    private readonly rowById: DataLoader<string, T | null>,
  ) {
    this.totals = new DataLoader(async (parentIds) => {
      const rows = (await db
        .select({ parentId: spec.parent, total: count() })
        .from(spec.source)
        .where(inIds(spec.parent, parentIds))
        .groupBy(spec.parent)) as { parentId: string; total: number }[];
      const byParent = new Map(rows.map((r) => [r.parentId, Number(r.total)]));
      return parentIds.map((id) => byParent.get(id) ?? 0);
    });
  }

  /** `knownTotal` spares the count statement when the caller already counted the edge. */
  async load(parentId: string, page: PageRequest, knownTotal?: number): Promise<ConnectionModel<T>> {
    let loader = this.pages.get(page.key);
    if (!loader) {
      loader = new DataLoader((parentIds) => loadPages<T>(this.db, this.spec, page, parentIds));
      this.pages.set(page.key, loader);
    }
    const edgeRows = await loader.load(parentId);
    for (const row of edgeRows) this.rowById.prime(row.node.id, row.node);
    const result = pageOf(edgeRows, page, (row) => row.keys, (row) => row.node);
    return {
      edges: result.edges,
      pageInfo: result.pageInfo,
      totalCount: async () => knownTotal ?? this.totals.load(parentId),
    };
  }
}
