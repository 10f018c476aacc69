import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueApiKey } from '../support/api-key.js';
import { createTestDatabase, postgresAvailability, type TestDatabase } from '../support/databases.js';
import { createKeyedApi, type KeyedApi } from '../support/keyed-api.js';
import { importMutation, shippedReports } from '../support/reports.js';

const availability = await postgresAvailability();
const describeWithServer = availability.ok || process.env.CI ? describe : describe.skip;

const key = '2025-02-hnfs-panel-database-loss-and-backup-restore-failure';
const factsQuery = `query($key: String!) { incident(key: $key) {
  recommendations { id version status } causes { id } findings { id } signOffs { id } assetFacts { id }
  timeline(first: 100) { edges { node { id } } } } }`;
const recommendationAsOf = `query($id: ID!, $asOf: DateTime) { recommendation(id: $id, asOf: $asOf) { id status version } }`;
const trailOf = `query($id: ID!) { auditTrail(entityId: $id, first: 10) { edges { node { action } } } }`;
const tick = () => new Promise((r) => setTimeout(r, 30));

describeWithServer('History of imported objects: every object an import writes has its own audit entry', () => {
  let testDatabase: TestDatabase;
  let api: KeyedApi;

  beforeAll(async () => {
    if (!availability.ok) throw new Error(availability.reason);
    testDatabase = await createTestDatabase('postgres');
    const { authorization } = await issueApiKey(testDatabase.database, 'ADMIN');
    api = createKeyedApi(testDatabase.database, authorization);
  });

  afterAll(async () => {
    await testDatabase?.dispose();
  });

  const ok = async (query: string, variables?: Record<string, unknown>) => {
    const response = await api.query(query, variables);
    expect(response.errors).toBeUndefined();
    return response.data as Record<string, any>;
  };

  it('answers asOf for imported recommendations, records creation of each fact, and removal on re-import', async () => {
    expect((await ok(importMutation, { markdown: shippedReports.backup2025 })).importIncidentReport.outcome).toBe('CREATED');
    await tick();
    const afterImport = new Date().toISOString();
    const { incident } = await ok(factsQuery, { key });
    const [first] = incident.recommendations;
    expect(first).toBeDefined();

    // Every object the import wrote has a creation entry in the trail.
    const objects = [
      ...incident.recommendations, ...incident.causes, ...incident.findings, ...incident.signOffs, ...incident.assetFacts,
      ...incident.timeline.edges.map((e: { node: unknown }) => e.node),
    ] as { id: string }[];
    expect(objects.length).toBeGreaterThan(10);
    for (const { id } of objects) {
      const trail = await ok(trailOf, { id });
      expect(trail.auditTrail.edges.map((e: { node: { action: string } }) => e.node.action), id).toEqual([expect.stringMatching(/\.create$/)]);
    }

    // A status change afterwards: before it, the recommendation existed as imported.
    await tick();
    await ok(`mutation($input: ChangeRecommendationStatusInput!) { changeRecommendationStatus(input: $input) { id } }`, {
      input: { id: first.id, expectedVersion: first.version, status: 'ACCEPTED' },
    });
    expect((await ok(recommendationAsOf, { id: first.id, asOf: afterImport })).recommendation).toEqual({ id: first.id, status: 'PROPOSED', version: 1 });
    expect((await ok(recommendationAsOf, { id: first.id, asOf: new Date().toISOString() })).recommendation).toMatchObject({ status: 'ACCEPTED' });

    // A corrected report replaces the facts: the old recommendation existed before, not after.
    await tick();
    const beforeReimport = new Date().toISOString();
    await tick();
    const corrected = `${shippedReports.backup2025.trimEnd()}\n\n`;
    expect((await ok(importMutation, { markdown: corrected })).importIncidentReport.outcome).toBe('UPDATED');
    expect((await ok(recommendationAsOf, { id: first.id, asOf: beforeReimport })).recommendation).toMatchObject({ id: first.id, status: 'ACCEPTED' });
    expect((await ok(recommendationAsOf, { id: first.id, asOf: new Date().toISOString() })).recommendation).toBeNull();
    const removed = await ok(trailOf, { id: first.id });
    expect(removed.auditTrail.edges.map((e: { node: { action: string } }) => e.node.action)).toContain('recommendation.remove');
  }, 120_000);

  it('records an entry for an existing party the import updates (a title, a new spelling)', async () => {
    const created = await ok(`mutation { createParty(input: { name: "Mary Hun" }) { id } }`);
    const id = created.createParty.id as string;
    expect((await ok(importMutation, { markdown: shippedReports.dmz2024 })).importIncidentReport.outcome).toBe('CREATED');
    const party = await ok(`query($id: ID!) { node(id: $id) { ... on Party { title aliases } } }`, { id });
    expect(party.node.title).toBe('RCN Infrastructure Engineer');
    const trail = await ok(`query($id: ID!) { auditTrail(entityId: $id, first: 10) { edges { node { action after } } } }`, { id });
    const actions = trail.auditTrail.edges.map((e: { node: { action: string } }) => e.node.action);
    expect(actions).toEqual(['party.create', 'party.update']);
    expect(trail.auditTrail.edges[1].node.after).toMatchObject({ title: 'RCN Infrastructure Engineer', via: 'import' });
  }, 120_000);
});
