import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema, type GraphQLSchema } from 'graphql';
import { typeDefs } from '../generated/type-defs.js';

/** The committed SDL of the published API; `npm run schema:snapshot` rewrites it. */
export const SCHEMA_SNAPSHOT = join(fileURLToPath(new URL('../../', import.meta.url)), 'schema.snapshot.graphql');

/** The merged schema of schema/*.graphql, printed (codegen keeps src/generated/type-defs.ts current). */
export const currentSchemaSdl = (): string => typeDefs;

export async function readSnapshot(): Promise<GraphQLSchema> {
  return buildSchema(await readFile(SCHEMA_SNAPSHOT, 'utf8'));
}

/** Changes that would break a client written against `before` (removed fields, narrowed types, new required arguments …). */
export async function breakingChanges(before: GraphQLSchema, after: GraphQLSchema): Promise<Change[]> {
  const changes = await diff(before, after);
  return changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
}
