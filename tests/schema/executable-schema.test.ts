import { addResolversToSchema } from '@graphql-tools/schema';
import { buildSchema, getIntrospectionQuery, graphqlSync, isObjectType, parse, printSchema, validateSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { schemaDocumentJson, typeDefs } from '../../src/generated/type-defs.js';
import { buildExecutableSchema } from '../../src/server/schema.js';
import { resolvers } from '../../src/server/resolvers.js';

describe('the executable schema built for a short cold start', () => {
  const built = buildExecutableSchema();
  // The same schema built the general way: the full printed SDL, validated, resolvers attached by graphql-tools.
  const reference = addResolversToSchema({ schema: buildSchema(typeDefs), resolvers: resolvers as never });

  it('starts from the document parsing the SDL gives, shipped as JSON', () => {
    expect(JSON.parse(schemaDocumentJson)).toEqual(parse(typeDefs, { noLocation: true }));
  });

  it('is valid, and prints as the schema built from the full SDL', () => {
    expect(validateSchema(reference)).toEqual([]);
    expect(printSchema(built)).toBe(printSchema(reference));
  });

  it('answers introspection, descriptions included, as the schema built from the full SDL', () => {
    const query = getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true, specifiedByUrl: true });
    const fromBuilt = graphqlSync({ schema: built, source: query });
    expect(fromBuilt.errors).toBeUndefined();
    expect(fromBuilt.data).toEqual(graphqlSync({ schema: reference, source: query }).data);
    const types = (fromBuilt.data as { __schema: { types: { description: string | null }[] } }).__schema.types;
    expect(types.filter((t) => t.description).length).toBeGreaterThan(100);
  });

  it('attaches every resolver in the map to its field', () => {
    for (const [typeName, fields] of Object.entries(resolvers as Record<string, Record<string, unknown>>)) {
      const type = built.getType(typeName);
      expect(type, typeName).toBeDefined();
      if (!isObjectType(type)) continue;
      for (const name of Object.keys(fields).filter((f) => !f.startsWith('__'))) {
        expect(typeof type.getFields()[name]?.resolve, `${typeName}.${name}`).toBe('function');
      }
    }
    expect(built.getType('DateTime')).toMatchObject({ name: 'DateTime', serialize: (resolvers.DateTime as { serialize: unknown }).serialize });
    expect((built.getType('Node') as { resolveType?: unknown }).resolveType).toBeTypeOf('function');
  });
});
