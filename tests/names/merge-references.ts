import { getTableName, is } from 'drizzle-orm';
import { getTableConfig, PgTable, type AnyPgColumn } from 'drizzle-orm/pg-core';
import * as schema from '../../db/schema/index.js';

/** A foreign-key column of the schema, with the table that holds it. */
export interface ReferringColumn {
  table: PgTable;
  column: AnyPgColumn;
  /** `table.column` as the database names them. */
  label: string;
  /** Whether the column is part of its table's primary key. */
  inPrimaryKey: boolean;
}

export const tables: PgTable[] = (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable));

export const columnLabel = (table: PgTable, column: AnyPgColumn) => `${getTableName(table)}.${column.name}`;

/**
 * The database names of the columns a primary key spans: a composite key, or the column marked
 * primary. Names, because the table config builds a composite key from copies of the columns.
 */
export function primaryKeyColumns(table: PgTable): string[] {
  const config = getTableConfig(table);
  const composite = config.primaryKeys.flatMap((key) => key.columns);
  return (composite.length ? composite : config.columns.filter((column) => column.primary)).map((column) => column.name);
}

/** Every single-column foreign key in the schema that points at `target`, read from drizzle's table config. */
export function columnsReferring(target: PgTable): ReferringColumn[] {
  return tables.flatMap((table) => {
    const keyColumns = primaryKeyColumns(table);
    return getTableConfig(table).foreignKeys.flatMap((foreignKey) => {
      const { columns, foreignTable } = foreignKey.reference();
      if (foreignTable !== target) return [];
      if (columns.length !== 1) throw new Error(`${getTableName(table)}: a composite foreign key to ${getTableName(target)} needs its own merge rule`);
      const column = columns[0]!;
      return [{ table, column, label: columnLabel(table, column), inPrimaryKey: keyColumns.includes(column.name) }];
    });
  });
}
