import { index, pgTable, text, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { entityColumns } from './columns.js';

/**
 * Alternative spellings of an entity's name. `aliasKey` is the normalised form
 * (src/graph/names.ts); it is unique per table so one spelling names one entity.
 */
export function aliasTable(tableName: string, ownerId: () => AnyPgColumn) {
  const { id, createdAt } = entityColumns();
  return pgTable(
    tableName,
    {
      id,
      ownerId: uuid('owner_id').notNull().references(ownerId, { onDelete: 'cascade' }),
      alias: text('alias').notNull(),
      aliasKey: text('alias_key').notNull(),
      createdAt,
    },
    (t) => [uniqueIndex(`${tableName}_key_uq`).on(t.aliasKey), index(`${tableName}_owner_idx`).on(t.ownerId)],
  );
}
