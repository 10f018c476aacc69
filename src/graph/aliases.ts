import { and, eq, ne } from 'drizzle-orm';
import type { Executor } from '../../db/types.js';
import { BadUserInputError, ConflictError, NotFoundError } from './errors.js';
import type { NamedTable } from './lookup.js';
import { nameKey } from './names.js';

/** A spelling must name one entity only: CONFLICT when another entity's name or alias has the same key. */
export async function assertSpellingFree(tx: Executor, named: NamedTable, spelling: string, ownerId: string | null): Promise<string> {
  const key = nameKey(spelling);
  if (!key) throw new BadUserInputError(`"${spelling}" has no letters or digits`);
  const others = ownerId ? ne(named.table.id, ownerId) : undefined;
  const [byName] = await tx.select({ id: named.table.id }).from(named.table).where(and(eq(named.table.nameKey, key), others));
  const [byAlias] = await tx
    .select({ id: named.aliases.ownerId })
    .from(named.aliases)
    .where(and(eq(named.aliases.aliasKey, key), ownerId ? ne(named.aliases.ownerId, ownerId) : undefined));
  if (byName || byAlias) {
    throw new ConflictError(`"${spelling}" already names another ${named.type.toLowerCase()}`, { spelling, key });
  }
  return key;
}

/** Adds a spelling to an entity; a spelling it already has (by key) is left as it is. */
export async function addAlias(tx: Executor, named: NamedTable, ownerId: string, ownerNameKey: string, alias: string): Promise<boolean> {
  const key = await assertSpellingFree(tx, named, alias, ownerId);
  if (key === ownerNameKey) return false;
  const inserted = await tx
    .insert(named.aliases)
    .values({ ownerId, alias: alias.trim(), aliasKey: key } as never)
    .onConflictDoNothing()
    .returning();
  return inserted.length > 0;
}

export async function removeAlias(tx: Executor, named: NamedTable, ownerId: string, alias: string): Promise<void> {
  const key = nameKey(alias);
  const removed = await tx
    .delete(named.aliases)
    .where(and(eq(named.aliases.ownerId, ownerId), eq(named.aliases.aliasKey, key)))
    .returning();
  if (removed.length === 0) throw new NotFoundError(`Alias "${alias}" of`, ownerId);
}

/** Moves every alias of `mergeId` to `keepId` and records `mergeId`'s name as an alias too. */
export async function mergeAliases(
  tx: Executor,
  named: NamedTable,
  keep: { id: string; nameKey: string },
  merged: { id: string; name: string; nameKey: string },
): Promise<void> {
  await tx.update(named.aliases).set({ ownerId: keep.id } as never).where(eq(named.aliases.ownerId, merged.id));
  await tx.delete(named.aliases).where(and(eq(named.aliases.ownerId, keep.id), eq(named.aliases.aliasKey, keep.nameKey)));
  if (merged.nameKey !== keep.nameKey) {
    await tx
      .insert(named.aliases)
      .values({ ownerId: keep.id, alias: merged.name, aliasKey: merged.nameKey } as never)
      .onConflictDoNothing();
  }
}
