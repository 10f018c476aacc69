import { JSONResolver } from 'graphql-scalars';
import { guardMutations } from '../auth/guard.js';
import type { MutationResolvers, QueryResolvers, Resolvers } from '../generated/resolvers.js';
import { DateTime, LocalDate } from '../graph/scalars.js';
import type { Area } from '../registry/descriptor.js';
import { areas } from '../registry/areas.js';

type FieldMap = Record<string, unknown>;

/** Adds one area's fields of a type to those gathered so far; two areas resolving one field is a mistake. */
function addFields(into: FieldMap, fields: object, where: string, owners: Map<string, string>, folder: string): void {
  for (const [field, resolver] of Object.entries(fields)) {
    const key = `${where}.${field}`;
    if (owners.has(key)) throw new Error(`${key} is resolved by both ${owners.get(key)} and ${folder}`);
    owners.set(key, folder);
    into[field] = resolver;
  }
}

/** Every area's queries, mutations and object resolvers in one map; mutations are guarded by role. */
export function composeResolvers(list: readonly Area[]): Resolvers {
  const owners = new Map<string, string>();
  const query: FieldMap = {};
  const mutation: FieldMap = {};
  const types: Record<string, FieldMap> = {};
  for (const area of list) {
    addFields(query, area.queries ?? {}, 'Query', owners, area.folder);
    addFields(mutation, area.mutations ?? {}, 'Mutation', owners, area.folder);
    for (const [type, fields] of Object.entries(area.types ?? {})) {
      addFields((types[type] ??= {}), fields as object, type, owners, area.folder);
    }
  }
  return {
    DateTime,
    Date: LocalDate,
    JSON: JSONResolver,
    ...(types as Resolvers),
    Query: query as QueryResolvers,
    Mutation: guardMutations(mutation as MutationResolvers),
  };
}

export const resolvers: Resolvers = composeResolvers(areas);
