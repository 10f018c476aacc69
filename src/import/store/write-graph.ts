import { eq, inArray } from 'drizzle-orm';
import * as t from '../../../db/schema/index.js';
import type { AppTx } from '../../../db/types.js';
import { assetNames, partyNames, serviceNames, teamNames } from '../../names/named-tables.js';
import { nameKey } from '../../names/names.js';
import type { ExtractedFacts } from '../extract/extract-facts.js';
import type { ImportWarningModel } from '../import-result.js';
import { EntityResolver, type ResolvedEntity } from './resolve-entities.js';
import { EntityDecisions } from './review-decisions.js';

/** Names like "Replacement server" describe a thing of one incident, not one shared asset. */
const incidentScopedAsset = /^(replacement|temporary|new|spare)\b/i;

export interface ResolvedGraph {
  entities: ResolvedEntity[];
  /** Extractor keys → database IDs. */
  assetIds: Map<string, string>;
  teamIds: Map<string, string>;
  serviceIds: Map<string, string>;
  /** Normalised spelling of a person (or role) in this report → party ID. */
  partyIds: Map<string, string>;
}

const lineOf = (fact: { span: { startLine: number } }) => fact.span.startLine;

const tables = { ASSET: assetNames, PARTY: partyNames, TEAM: teamNames, SERVICE: serviceNames } as const;

/**
 * Finds or creates every entity the report names and links assets to their hosts and partners, in
 * a number of statements that does not grow with the report: the names are looked up together,
 * decided in the report's order, and the new entities, aliases and links written together.
 */
export async function resolveReportEntities(tx: AppTx, facts: ExtractedFacts, warnings: ImportWarningModel[], decisions = new EntityDecisions([])): Promise<ResolvedGraph> {
  const graph: ResolvedGraph = { entities: [], assetIds: new Map(), teamIds: new Map(), serviceIds: new Map(), partyIds: new Map() };
  const keep = (entity: ResolvedEntity) => (graph.entities.push(entity), entity.rowId);

  const assets = facts.assets.map((asset) => {
    const scoped = incidentScopedAsset.test(asset.name);
    const name = scoped ? `${asset.name} (${facts.incident.key})` : asset.name;
    return { asset, name, spellings: scoped ? [name] : asset.aliases };
  });
  const people = [
    ...facts.parties.map((p) => ({ name: p.name, spellings: p.aliases, title: p.title, teamKey: p.teamKey, line: lineOf(p) })),
    ...facts.roleParties.map((r) => ({ name: r.title, spellings: r.abbreviation ? [r.abbreviation] : [], title: r.title, teamKey: null, line: lineOf(r) })),
  ];
  const resolver = await EntityResolver.load(tx, tables, [
    ...facts.teams.map((team) => ({ type: 'TEAM' as const, name: team.name, spellings: [team.name] })),
    ...facts.services.map((service) => ({ type: 'SERVICE' as const, name: service.name, spellings: [service.name] })),
    ...assets.map(({ name, spellings }) => ({ type: 'ASSET' as const, name, spellings })),
    ...people.map((person) => ({ type: 'PARTY' as const, name: person.name, spellings: person.spellings })),
  ]);

  for (const team of facts.teams) {
    graph.teamIds.set(team.key, keep(await resolver.resolve(tx, {
      type: 'TEAM', name: team.name, decision: decisions.take('TEAM', team.name), spellings: [team.name], line: lineOf(team), fields: {},
    })));
  }
  for (const service of facts.services) {
    graph.serviceIds.set(service.key, keep(await resolver.resolve(tx, {
      type: 'SERVICE', name: service.name, decision: decisions.take('SERVICE', service.name), spellings: [service.name], line: lineOf(service), fields: {},
    })));
  }
  for (const { asset, name, spellings } of assets) {
    graph.assetIds.set(asset.key, keep(await resolver.resolve(tx, {
      type: 'ASSET', name, decision: decisions.take('ASSET', name), spellings, line: lineOf(asset), fields: { kind: asset.kind },
    })));
  }
  const assetPatches = await linkAssetStructure(tx, facts, graph, resolver);

  const resolvedPeople: { person: (typeof people)[number]; id: string; teamId: string | null }[] = [];
  for (const person of people) {
    const teamId = person.teamKey ? graph.teamIds.get(person.teamKey) ?? null : null;
    const id = keep(await resolver.resolve(tx, {
      type: 'PARTY', name: person.name, decision: decisions.take('PARTY', person.name), spellings: person.spellings, line: person.line,
      fields: { title: person.title, teamId },
    }));
    resolvedPeople.push({ person, id, teamId });
    for (const spelling of [person.name, ...person.spellings]) graph.partyIds.set(nameKey(spelling), id);
  }
  // What an analyst already set (title, team) wins over what a later report says.
  // Read with the lookup; a party chosen by an analyst by its ID ("same as") may not have been.
  const existingParties = [...new Set(resolvedPeople.map((p) => p.id).filter((id) => !resolver.createdFields('PARTY', id)))];
  const partyRows = new Map<string, { title: string | null; teamId: string | null }>();
  for (const id of existingParties) {
    const state = resolver.existingState('PARTY', id);
    if (state) partyRows.set(id, { title: state[0], teamId: state[1] });
  }
  const unread = existingParties.filter((id) => !partyRows.has(id));
  if (unread.length) {
    for (const r of await tx.select({ id: t.parties.id, title: t.parties.title, teamId: t.parties.teamId }).from(t.parties).where(inArray(t.parties.id, unread))) partyRows.set(r.id, r);
  }
  const partyPatches = new Map<string, { title: string | null; teamId: string | null }>();
  for (const { person, id, teamId } of resolvedPeople) {
    const fields = resolver.createdFields('PARTY', id) as { title: string | null; teamId: string | null } | undefined;
    const party = fields ?? partyRows.get(id);
    if (party && ((!party.title && person.title) || (!party.teamId && teamId))) {
      Object.assign(party, { title: party.title ?? person.title, teamId: party.teamId ?? teamId });
      if (!fields) partyPatches.set(id, { title: party.title, teamId: party.teamId });
    }
  }
  decisions.assertAllUsed();

  await resolver.write(tx, ['TEAM', 'SERVICE', 'ASSET', 'PARTY'], warnings);
  for (const [id, patch] of assetPatches) await tx.update(t.assets).set(patch).where(eq(t.assets.id, id));
  for (const [id, patch] of partyPatches) await tx.update(t.parties).set(patch).where(eq(t.parties.id, id));
  return graph;
}

type AssetPatch = Partial<typeof t.assets.$inferInsert>;

/**
 * Hosted-on / part-of and redundancy partners, set only where nothing is recorded yet: on a new
 * asset's row before it is written, on an existing asset by an update (returned, to run once the new
 * assets exist). Existing assets' host and partner come with the name lookup.
 */
async function linkAssetStructure(tx: AppTx, facts: ExtractedFacts, graph: ResolvedGraph, resolver: EntityResolver): Promise<Map<string, AssetPatch>> {
  const kinds = new Map(facts.assets.map((a) => [a.key, a.kind]));
  const ids = [...new Set(graph.assetIds.values())];
  const existing = ids.filter((id) => !resolver.createdFields('ASSET', id));
  const rows = new Map<string, { parentId: string | null; redundancyPartnerId: string | null }>();
  for (const id of existing) {
    const state = resolver.existingState('ASSET', id);
    if (state) rows.set(id, { parentId: state[0], redundancyPartnerId: state[1] });
  }
  // An asset chosen by an analyst by its ID ("same as") may not have been read with the lookup.
  const unread = existing.filter((id) => !rows.has(id));
  if (unread.length) {
    for (const r of await tx.select({ id: t.assets.id, parentId: t.assets.parentId, redundancyPartnerId: t.assets.redundancyPartnerId }).from(t.assets).where(inArray(t.assets.id, unread))) rows.set(r.id, r);
  }
  const patches = new Map<string, AssetPatch>();
  for (const asset of facts.assets) {
    const id = graph.assetIds.get(asset.key)!;
    const created = resolver.createdFields('ASSET', id) as { parentId?: string | null; redundancyPartnerId?: string | null } | undefined;
    const row = created ? { parentId: created.parentId ?? null, redundancyPartnerId: created.redundancyPartnerId ?? null } : rows.get(id);
    if (!row) continue;
    const parentId = asset.parentKey ? graph.assetIds.get(asset.parentKey) : undefined;
    const partnerId = asset.partnerKey ? graph.assetIds.get(asset.partnerKey) : undefined;
    const patch: AssetPatch = {};
    if (parentId && parentId !== id && !row.parentId) {
      patch.parentId = parentId;
      patch.parentRelation = kinds.get(asset.parentKey!) === 'HOST' ? 'HOSTED_ON' : 'PART_OF';
    }
    if (partnerId && partnerId !== id && !row.redundancyPartnerId) patch.redundancyPartnerId = partnerId;
    if (!Object.keys(patch).length) continue;
    if (created) {
      Object.assign(created, patch);
    } else {
      Object.assign(row, patch);
      patches.set(id, { ...patches.get(id), ...patch });
    }
  }
  return patches;
}
