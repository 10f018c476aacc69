import type { PgTable } from 'drizzle-orm/pg-core';
import { addAlias, removeAlias } from './aliases.js';
import type { GraphQLContext } from '../graph/context.js';
import { decodeGlobalId } from '../graph/ids.js';
import type { NamedTable } from './lookup.js';
import { runMutation } from '../graph/mutation.js';
import { name, validate } from '../graph/validate.js';
import { lockRow } from '../graph/versioned.js';

type Named = { id: string; name: string };
type LockableTable = NamedTable['table'] & PgTable & Parameters<typeof lockRow>[1];

/** `addAssetAlias`, `addPartyAlias`: records a spelling of an entity's name, audited when it is new. */
export async function addAliasMutation<R extends Named>(context: GraphQLContext, named: NamedTable, globalId: string, alias: string, argument: string): Promise<R> {
  const id = decodeGlobalId(globalId, named.type, argument).id;
  const spelling = validate(name(), alias, 'alias');
  return runMutation(context, async (tx, audit) => {
    const row = await lockRow<R>(tx, named.table as LockableTable, id, named.type);
    if (await addAlias(tx, named, id, row.name, spelling)) {
      audit({ action: `${named.type.toLowerCase()}.addAlias`, entityType: named.type, entityId: id, after: { alias: spelling } });
    }
    return row;
  });
}

/** `removeAssetAlias`, `removePartyAlias`: NOT_FOUND when the entity has no such spelling. */
export async function removeAliasMutation<R extends Named>(context: GraphQLContext, named: NamedTable, globalId: string, alias: string, argument: string): Promise<R> {
  const id = decodeGlobalId(globalId, named.type, argument).id;
  return runMutation(context, async (tx, audit) => {
    const row = await lockRow<R>(tx, named.table as LockableTable, id, named.type);
    await removeAlias(tx, named, id, alias);
    audit({ action: `${named.type.toLowerCase()}.removeAlias`, entityType: named.type, entityId: id, before: { alias } });
    return row;
  });
}
