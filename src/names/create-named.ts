import * as z from 'zod/mini';
import type { GraphQLContext } from '../graph/context.js';
import { runMutation } from '../graph/mutation.js';
import { name, validate } from '../graph/validate.js';
import { addAlias, assertSpellingFree } from './aliases.js';
import type { NamedTable } from './lookup.js';

/** Creates a team or service under a name no other entity of its kind answers to, with its aliases. */
export async function createNamed<R>(context: GraphQLContext, named: NamedTable, type: 'Team' | 'Service', input: { name: string; aliases?: readonly string[] | null }, extra: Record<string, unknown>): Promise<R> {
  const valid = validate(z.object({ name: name(), aliases: z.optional(z.nullable(z.array(name()).check(z.maxLength(50)))) }), input);
  return runMutation(context, async (tx, audit) => {
    const key = await assertSpellingFree(tx, named, valid.name, null);
    const [row] = (await tx.insert(named.table).values({ name: valid.name, nameKey: key, ...extra } as never).returning()) as (R & { id: string })[];
    for (const alias of valid.aliases ?? []) await addAlias(tx, named, row!.id, valid.name, alias);
    audit({ action: `${type.toLowerCase()}.create`, entityType: type, entityId: row!.id, after: { ...row, aliases: valid.aliases ?? [] } });
    return row!;
  });
}
