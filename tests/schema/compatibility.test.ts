import { buildASTSchema, buildSchema, parse, visit } from 'graphql';
import { describe, expect, it } from 'vitest';
import { breakingChanges, currentSchemaSdl, readSnapshot } from '../../src/schema-check/snapshot.js';

/** The current schema without one field of a type: the kind of edit that breaks clients. */
function withoutField(sdl: string, typeName: string, fieldName: string) {
  const document = visit(parse(sdl), {
    ObjectTypeDefinition(node) {
      if (node.name.value !== typeName) return undefined;
      return { ...node, fields: node.fields?.filter((f) => f.name.value !== fieldName) };
    },
  });
  return buildASTSchema(document);
}

describe('schema compatibility with the committed snapshot', () => {
  it('has no breaking change against schema.snapshot.graphql (after a deliberate one, run npm run schema:snapshot)', async () => {
    const changes = await breakingChanges(await readSnapshot(), buildSchema(currentSchemaSdl()));
    expect(changes.map((c) => `${c.type}: ${c.message}`)).toEqual([]);
  });

  it('reports a removed field as breaking', async () => {
    const current = buildSchema(currentSchemaSdl());
    const changes = await breakingChanges(current, withoutField(currentSchemaSdl(), 'Incident', 'timeline'));
    expect(changes.map((c) => c.type)).toEqual(['FIELD_REMOVED']);
    expect(changes[0]?.path).toBe('Incident.timeline');
  });

  it('lets a new optional field through', async () => {
    const current = buildSchema(currentSchemaSdl());
    const extended = buildSchema(`${currentSchemaSdl()}\nextend type Query { "Added later." ping: Boolean }\n`);
    expect(await breakingChanges(current, extended)).toEqual([]);
  });
});
