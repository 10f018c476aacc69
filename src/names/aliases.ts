import { and, eq, ne } from 'drizzle-orm';
import type { Executor } from '../../db/types.js';
import { BadUserInputError, ConflictError, NotFoundError } from '../graph/errors.js';
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

/**
 * Records a spelling of an entity's name. Spellings that differ only in case,
 * dashes or zeros (`VMS010`, `VMS10`) are kept too: they are what reports wrote.
 */
export async function addAlias(tx: Executor, named: NamedTable, ownerId: string, ownerName: string, alias: string): Promise<boolean> {
  const spelling = alias.trim();
  const key = await assertSpellingFree(tx, named, spelling, ownerId);
  if (spelling === ownerName) return false;
  const inserted = await tx
    .insert(named.aliases)
    .values({ ownerId, alias: spelling, aliasKey: key } as never)
    .onConflictDoNothing()
    .returning();
  return inserted.length > 0;
}

export async function removeAlias(tx: Executor, named: NamedTable, ownerId: string, alias: string): Promise<void> {
  const removed = await tx
    .delete(named.aliases)
    .where(and(eq(named.aliases.ownerId, ownerId), eq(named.aliases.alias, alias.trim())))
    .returning();
  if (removed.length === 0) throw new NotFoundError(`The ${named.type.toLowerCase()} has no alias`, JSON.stringify(alias.trim()));
}

/** Moves every alias of `mergeId` to `keepId` and records `mergeId`'s name as an alias too. */
export async function mergeAliases(
  tx: Executor,
  named: NamedTable,
  keep: { id: string },
  merged: { id: string; name: string; nameKey: string },
): Promise<void> {
  await tx.update(named.aliases).set({ ownerId: keep.id } as never).where(eq(named.aliases.ownerId, merged.id));
  await tx
    .insert(named.aliases)
    .values({ ownerId: keep.id, alias: merged.name, aliasKey: merged.nameKey } as never)
    .onConflictDoNothing();
}
