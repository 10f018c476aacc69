import { eq } from 'drizzle-orm';
import * as t from '../../../db/schema/index.js';
import type { AppTx } from '../../../db/types.js';
import { assetNames, partyNames, serviceNames, teamNames } from '../../names/named-tables.js';
import { nameKey } from '../../names/names.js';
import type { ExtractedFacts } from '../extract/extract-facts.js';
import type { ImportWarningModel } from '../import-result.js';
import { resolveEntity, type ResolvedEntity } from './resolve-entities.js';
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

/** Finds or creates every entity the report names and links assets to their hosts and partners. */
export async function resolveReportEntities(tx: AppTx, facts: ExtractedFacts, warnings: ImportWarningModel[], decisions = new EntityDecisions([])): Promise<ResolvedGraph> {
  const graph: ResolvedGraph = { entities: [], assetIds: new Map(), teamIds: new Map(), serviceIds: new Map(), partyIds: new Map() };
  const keep = (entity: ResolvedEntity) => (graph.entities.push(entity), entity.rowId);

  for (const team of facts.teams) {
    graph.teamIds.set(team.key, keep(await resolveEntity(tx, teamNames, {
      type: 'TEAM', name: team.name, decision: decisions.take('TEAM', team.name), spellings: [team.name], line: lineOf(team),
      create: async (name, key) => (await tx.insert(t.teams).values({ name, nameKey: key }).returning())[0]!.id,
    }, warnings)));
  }
  for (const service of facts.services) {
    graph.serviceIds.set(service.key, keep(await resolveEntity(tx, serviceNames, {
      type: 'SERVICE', name: service.name, decision: decisions.take('SERVICE', service.name), spellings: [service.name], line: lineOf(service),
      create: async (name, key) => (await tx.insert(t.services).values({ name, nameKey: key }).returning())[0]!.id,
    }, warnings)));
  }
  for (const asset of facts.assets) {
    const scoped = incidentScopedAsset.test(asset.name);
    const name = scoped ? `${asset.name} (${facts.incident.key})` : asset.name;
    graph.assetIds.set(asset.key, keep(await resolveEntity(tx, assetNames, {
      type: 'ASSET', name, decision: decisions.take('ASSET', name), spellings: scoped ? [name] : asset.aliases, line: lineOf(asset),
      create: async (assetName, key) => (await tx.insert(t.assets).values({ name: assetName, nameKey: key, kind: asset.kind }).returning())[0]!.id,
    }, warnings)));
  }
  await linkAssetStructure(tx, facts, graph);

  const people = [
    ...facts.parties.map((p) => ({ name: p.name, spellings: p.aliases, title: p.title, teamKey: p.teamKey, line: lineOf(p) })),
    ...facts.roleParties.map((r) => ({ name: r.title, spellings: r.abbreviation ? [r.abbreviation] : [], title: r.title, teamKey: null, line: lineOf(r) })),
  ];
  for (const person of people) {
    const teamId = person.teamKey ? graph.teamIds.get(person.teamKey) ?? null : null;
    const id = keep(await resolveEntity(tx, partyNames, {
      type: 'PARTY', name: person.name, decision: decisions.take('PARTY', person.name), spellings: person.spellings, line: person.line,
      create: async (name, key) => (await tx.insert(t.parties).values({ name, nameKey: key, title: person.title, teamId }).returning())[0]!.id,
    }, warnings));
    // What an analyst already set (title, team) wins over what a later report says.
    const [party] = await tx.select().from(t.parties).where(eq(t.parties.id, id));
    if (party && ((!party.title && person.title) || (!party.teamId && teamId))) {
      await tx.update(t.parties).set({ title: party.title ?? person.title, teamId: party.teamId ?? teamId }).where(eq(t.parties.id, id));
    }
    for (const spelling of [person.name, ...person.spellings]) graph.partyIds.set(nameKey(spelling), id);
  }
  decisions.assertAllUsed();
  return graph;
}

/** Hosted-on / part-of and redundancy partners, set only where nothing is recorded yet. */
async function linkAssetStructure(tx: AppTx, facts: ExtractedFacts, graph: ResolvedGraph): Promise<void> {
  const kinds = new Map(facts.assets.map((a) => [a.key, a.kind]));
  for (const asset of facts.assets) {
    const id = graph.assetIds.get(asset.key)!;
    const [row] = await tx.select().from(t.assets).where(eq(t.assets.id, id));
    if (!row) continue;
    const parentId = asset.parentKey ? graph.assetIds.get(asset.parentKey) : undefined;
    const partnerId = asset.partnerKey ? graph.assetIds.get(asset.partnerKey) : undefined;
    const patch: Partial<typeof t.assets.$inferInsert> = {};
    if (parentId && parentId !== id && !row.parentId) {
      patch.parentId = parentId;
      patch.parentRelation = kinds.get(asset.parentKey!) === 'HOST' ? 'HOSTED_ON' : 'PART_OF';
    }
    if (partnerId && partnerId !== id && !row.redundancyPartnerId) patch.redundancyPartnerId = partnerId;
    if (Object.keys(patch).length) await tx.update(t.assets).set(patch).where(eq(t.assets.id, id));
  }
}
