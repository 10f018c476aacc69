import { index, pgTable, text, uniqueIndex, uuid, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { entityColumns } from './columns.js';

/**
 * Spellings of an entity's name as reports write them (`VMS010`, `VMS10` for
 * `VMS-010`). `aliasKey` is the normalised form (src/names/names.ts) lookups
 * use; src/names/aliases.ts refuses a key that already names another entity.
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
    (t) => [uniqueIndex(`${tableName}_owner_alias_uq`).on(t.ownerId, t.alias), index(`${tableName}_key_idx`).on(t.aliasKey, t.ownerId)],
  );
}
