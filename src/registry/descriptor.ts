import type { AppDb } from '../../db/types.js';
import type { MutationResolvers, QueryResolvers, Resolvers } from '../generated/resolvers.js';
import type { Loaders } from '../graph/context.js';
import type { NodeKind } from '../graph/node-kind.js';

/** Object and interface types an area resolves; Query, Mutation and the scalars are composed apart. */
export type TypeResolvers = Omit<Resolvers, 'Query' | 'Mutation' | 'DateTime' | 'Date' | 'JSON'>;

/**
 * What one area (a folder under src/) brings to the graph, exported from its `area.ts` and
 * listed once in src/registry/areas.ts. Two areas may add fields to one type (analytics adds
 * fields to Incident), but never the same field.
 */
export interface Area {
  /** The area's folder under src/. */
  readonly folder: string;
  /** Its node types: the table and by-ID loader behind each global ID prefix. */
  readonly nodes?: Readonly<Record<string, NodeKind>>;
  /** Its request loaders; `earlier` holds those of the areas listed before it. */
  readonly loaders?: (db: AppDb, earlier: Loaders) => object;
  readonly queries?: QueryResolvers;
  readonly mutations?: MutationResolvers;
  /** Its object resolvers, connection types included. */
  readonly types?: TypeResolvers;
}
