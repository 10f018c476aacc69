import { asc, desc, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { encodeCursor, type CursorValues, type PageRequest } from './page-args.js';

/** A list's order: its columns (the last one unique, usually the ID), all in one direction. */
export interface KeysetOrder {
  columns: readonly AnyPgColumn[];
  descending: boolean;
}

/** Walking backward flips the direction; rows are put back in list order afterwards. */
function effectiveDescending(order: KeysetOrder, page: PageRequest): boolean {
  return order.descending !== page.backward;
}

/** The SQL ORDER BY for a page. */
export function keysetOrderBy(order: KeysetOrder, page: PageRequest): SQL[] {
  const direction = effectiveDescending(order, page) ? desc : asc;
  return order.columns.map((column) => direction(column));
}

/** Rows strictly past the cursor: a row-value comparison that an index on the columns serves. */
export function keysetCondition(order: KeysetOrder, page: PageRequest): SQL | undefined {
  if (!page.cursor) return undefined;
  const left = sql.join(order.columns.map((c) => sql`${c}`), sql`, `);
  const right = sql.join(
    page.cursor.map((value, i) => sql`${value}::${sql.raw(castOf(order.columns[i]!))}`),
    sql`, `,
  );
  return effectiveDescending(order, page) ? sql`(${left}) < (${right})` : sql`(${left}) > (${right})`;
}

/** Casts the cursor's text back to the column's type so the comparison uses the index. */
function castOf(column: AnyPgColumn): string {
  const type = column.getSQLType();
  if (/^(uuid|date|text|integer|bigint|timestamp.*)$/.test(type)) return type;
  return 'text';
}

export interface PageOf<T> {
  edges: { readonly cursor: string; readonly node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; readonly startCursor: string | null; readonly endCursor: string | null };
}

/**
 * An edge of a page. Its cursor is encoded when first read: a list the client reads without cursors
 * (a nested list, most often) costs no encoding per row.
 */
class KeysetEdge<T> {
  readonly #keys: CursorValues;
  #cursor: string | undefined;

  constructor(
    readonly node: T,
    keys: CursorValues,
  ) {
    this.#keys = keys;
  }

  get cursor(): string {
    return (this.#cursor ??= encodeCursor(this.#keys));
  }
}

/**
 * Turns the limit+1 rows fetched for a page into edges and page info. `hasPreviousPage`
 * going forward (and `hasNextPage` going backward) is true when a cursor was given:
 * a keyset cursor always sits after at least the row it came from.
 * `nodeOf` picks the edge's node out of a fetched row (the row itself unless given).
 */
export function pageOf<R, T = R>(rows: readonly R[], page: PageRequest, cursorOf: (row: R) => CursorValues, nodeOf?: (row: R) => T): PageOf<T> {
  const more = rows.length > page.limit;
  const kept = rows.slice(0, page.limit);
  if (page.backward) kept.reverse();
  const edges = kept.map((row) => new KeysetEdge(nodeOf ? nodeOf(row) : (row as unknown as T), cursorOf(row)));
  return {
    edges,
    pageInfo: {
      hasNextPage: page.backward ? page.cursor !== null : more,
      hasPreviousPage: page.backward ? more : page.cursor !== null,
      get startCursor() {
        return edges[0]?.cursor ?? null;
      },
      get endCursor() {
        return edges.at(-1)?.cursor ?? null;
      },
    },
  };
}
