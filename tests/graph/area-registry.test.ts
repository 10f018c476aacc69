import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Kind, parse, type ObjectTypeDefinitionNode, type ObjectTypeExtensionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { isNodeType, nodeTypes } from '../../src/graph/node-kind.js';
import type { Area } from '../../src/registry/descriptor.js';
import { areas, nodeKindsOf } from '../../src/registry/areas.js';
import { composeResolvers, resolvers } from '../../src/server/resolvers.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const schemaDir = join(root, 'schema');

const objectTypes = readdirSync(schemaDir)
  .filter((name) => name.endsWith('.graphql'))
  .flatMap((name) => parse(readFileSync(join(schemaDir, name), 'utf8')).definitions)
  .filter((definition): definition is ObjectTypeDefinitionNode | ObjectTypeExtensionNode =>
    definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION);

/** Every type the SDL declares as implementing Node. */
const sdlNodeTypes = [...new Set(
  objectTypes.filter((type) => type.interfaces?.some((name) => name.name.value === 'Node')).map((type) => type.name.value),
)].sort();

const fieldsOf = (typeName: string) =>
  objectTypes.filter((type) => type.name.value === typeName).flatMap((type) => type.fields ?? []).map((field) => field.name.value).sort();

describe('the area registry (src/registry/areas.ts)', () => {
  it('finds the node types in the SDL', () => {
    expect(sdlNodeTypes).toContain('Incident');
    expect(sdlNodeTypes.length).toBeGreaterThanOrEqual(10);
  });

  it('has every type implementing Node registered by exactly one listed area, and no other node type', () => {
    const problems = sdlNodeTypes.flatMap((type) => {
      const owners = areas.filter((area) => type in (area.nodes ?? {})).map((area) => area.folder);
      if (owners.length === 0) {
        return [`${type} implements Node in the SDL, but no area listed in src/registry/areas.ts registers it: add it to its area's nodes (src/<area>/registry.ts) and list that area`];
      }
      return owners.length > 1 ? [`${type} is registered by more than one area: ${owners.join(', ')}`] : [];
    });
    const unknown = areas.flatMap((area) =>
      Object.keys(area.nodes ?? {}).filter((type) => !sdlNodeTypes.includes(type)).map((type) => `${area.folder} registers ${type}, which does not implement Node in the SDL`));
    expect([...problems, ...unknown]).toEqual([]);
  });

  it('lists every area folder that has an area.ts, once, and only folders that exist', () => {
    const src = join(root, 'src');
    const withDescriptor = readdirSync(src, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(src, entry.name, 'area.ts')))
      .map((entry) => entry.name)
      .sort();
    const listed = areas.map((area) => area.folder);
    const missingFolders = listed.filter((folder) => !existsSync(join(src, folder, 'area.ts'))).map((folder) => `src/${folder}/area.ts does not exist`);
    const unlisted = withDescriptor.filter((folder) => !listed.includes(folder)).map((folder) => `src/${folder}/area.ts is not listed in src/registry/areas.ts`);
    const twice = listed.filter((folder, i) => listed.indexOf(folder) !== i).map((folder) => `${folder} is listed twice`);
    expect([...missingFolders, ...unlisted, ...twice]).toEqual([]);
    expect(listed.length).toBeGreaterThan(10);
  });

  it('hands the kernel exactly the node types of the SDL', () => {
    expect([...nodeTypes()].sort()).toEqual(sdlNodeTypes);
    expect(isNodeType('Incident')).toBe(true);
    expect(isNodeType('Query')).toBe(false);
    expect(isNodeType('WebhookSubscription')).toBe(false);
  });

  it('resolves every Query and Mutation field of the SDL through some area', () => {
    expect(Object.keys(resolvers.Query ?? {}).sort()).toEqual(fieldsOf('Query'));
    expect(Object.keys(resolvers.Mutation ?? {}).sort()).toEqual(fieldsOf('Mutation'));
  });

  it('merges fields two areas add to one type (analytics adds to Incident)', () => {
    const incident = resolvers.Incident as Record<string, unknown>;
    expect(incident).toHaveProperty('timeline');
    expect(incident).toHaveProperty('relatedIncidents');
  });

  it('refuses a node type or a field claimed by two areas, naming both', () => {
    const kind = areas.find((area) => area.folder === 'incident')!.nodes!.Incident!;
    const clash: Area[] = [{ folder: 'first', nodes: { Incident: kind } }, { folder: 'second', nodes: { Incident: kind } }];
    expect(() => nodeKindsOf(clash)).toThrow('Node type Incident is registered by both first and second');
    const resolve = (() => null) as never;
    expect(() => composeResolvers([{ folder: 'first', types: { Team: { name: resolve } } }, { folder: 'second', types: { Team: { name: resolve } } }]))
      .toThrow('Team.name is resolved by both first and second');
    expect(() => composeResolvers([{ folder: 'first', queries: { teams: resolve } }, { folder: 'second', queries: { teams: resolve } }]))
      .toThrow('Query.teams is resolved by both first and second');
  });

  it('has each codegen mapper name an SDL type and a module that exists, relative to its area folder', () => {
    const src = join(root, 'src');
    const sdlTypes = new Set(objectTypes.map((type) => type.name.value));
    const files = readdirSync(src).filter((folder) => existsSync(join(src, folder, 'codegen-mappers.json')));
    const problems = files.flatMap((folder) =>
      Object.entries(JSON.parse(readFileSync(join(src, folder, 'codegen-mappers.json'), 'utf8')) as Record<string, string>).flatMap(([type, mapper]) => {
        const module = join(src, folder, mapper.split('#')[0]!).replace(/\.js$/, '.ts');
        return [
          ...(sdlTypes.has(type) ? [] : [`src/${folder}/codegen-mappers.json maps ${type}, which the SDL does not declare`]),
          ...(existsSync(module) ? [] : [`src/${folder}/codegen-mappers.json maps ${type} to ${mapper}, which does not exist`]),
        ];
      }));
    expect(files).toContain('incident');
    expect(problems).toEqual([]);
  });
});
