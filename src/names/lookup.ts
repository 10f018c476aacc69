import { eq, sql } from 'drizzle-orm';
import type { PgTable, AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/types.js';
import { tryDecodeGlobalId, type NodeType } from '../graph/ids.js';
import { nameKey } from './names.js';

export interface NamedTable {
  type: NodeType;
  table: PgTable & { id: AnyPgColumn; nameKey: AnyPgColumn };
  aliases: PgTable & { ownerId: AnyPgColumn; alias: AnyPgColumn; aliasKey: AnyPgColumn };
}

/**
 * The ID of the entity a text names: a global ID, the canonical name or any
 * alias, compared by normalised key. Null when nothing matches.
 */
export async function idByNameOrAlias(db: Executor, named: NamedTable, text: string): Promise<string | null> {
  const decoded = tryDecodeGlobalId(text);
  if (decoded) return decoded.type === named.type ? decoded.id : null;
  const key = nameKey(text);
  if (!key) return null;
  const byName = db.select({ id: named.table.id }).from(named.table).where(eq(named.table.nameKey, key));
  const byAlias = db
    .select({ id: sql<string>`${named.aliases.ownerId}`.as('id') })
    .from(named.aliases)
    .where(eq(named.aliases.aliasKey, key));
  const [row] = (await byName.union(byAlias).limit(1)) as { id: string }[];
  return row?.id ?? null;
}
