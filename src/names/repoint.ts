import { eq, getTableColumns, getTableName, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/types.js';
import { fieldName } from '../graph/field-name.js';

/**
 * Points every row of `table` whose `column` is `fromId` at `toId` instead,
 * for tables whose primary key includes that column: rows the target already
 * has are kept as they are, the duplicates from `fromId` are dropped.
 */
export async function repointKeyedRows(tx: Executor, table: PgTable, column: AnyPgColumn, fromId: string, toId: string): Promise<void> {
  const columns = Object.values(getTableColumns(table));
  const names = sql.join(columns.map((c) => sql.identifier(c.name)), sql`, `);
  const values = sql.join(
    columns.map((c) => (c === column ? sql`${toId}::uuid` : sql.identifier(c.name))),
    sql`, `,
  );
  await tx.execute(
    sql`insert into ${sql.identifier(getTableName(table))} (${names}) select ${values} from ${table} where ${column} = ${fromId} on conflict do nothing`,
  );
  await tx.delete(table).where(eq(column, fromId));
}

/** Points a plain foreign-key column from one row to another. */
export async function repointColumn(tx: Executor, table: PgTable, column: AnyPgColumn, fromId: string, toId: string): Promise<void> {
  await tx.update(table).set({ [fieldName(table, column)]: toId } as never).where(eq(column, fromId));
}

type Reference = readonly [PgTable, AnyPgColumn];

/**
 * What merging two rows does with each column that points at the one merged away. Every foreign key
 * to the merged table belongs in exactly one list (tests/api/merge-references.test.ts holds the lists
 * to the schema): a column left out would lose its rows to the cascade, or its link to `set null`.
 */
export interface MergeReferences {
  /** Columns in their table's primary key: moved, a row the kept side already has is dropped as a duplicate. */
  keyed: readonly Reference[];
  /** Plain foreign keys: moved. */
  plain: readonly Reference[];
  /** Columns the merge moves by its own code, each with why the plain move does not do. */
  ownCode: readonly { column: AnyPgColumn; why: string }[];
}

/** Moves the `keyed` and `plain` references of a merge from `fromId` to `toId`. */
export async function repointReferences(tx: Executor, references: MergeReferences, fromId: string, toId: string): Promise<void> {
  for (const [table, column] of references.keyed) await repointKeyedRows(tx, table, column, fromId, toId);
  for (const [table, column] of references.plain) await repointColumn(tx, table, column, fromId, toId);
}
