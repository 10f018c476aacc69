import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageService, unpackFunction } from '../../scripts/lambda-artifact.js';
import { createApi } from '../support/api.js';
import { createTestDatabase, postgresAvailability, type TestDatabase } from '../support/databases.js';
import { withEnv } from '../lambda/bundle-env.js';
import { startReceiver, type Receiver } from './receiver.js';

const availability = await postgresAvailability();
const describeWithServer = availability.ok || process.env.CI ? describe : describe.skip;

type SweepHandler = (event: unknown, context: { getRemainingTimeInMillis(): number }) => Promise<{ attempted: number; succeeded: number }>;

describeWithServer('The webhook delivery function (serverless package) as the schedule runs it, on PostgreSQL', () => {
  let work: string;
  let files: string[];
  let handler: SweepHandler;
  let testDatabase: TestDatabase;
  let receiver: Receiver;

  beforeAll(async () => {
    if (!availability.ok) throw new Error(availability.reason);
    work = await mkdtemp(join(tmpdir(), 'ikb-webhook-artifact-'));
    await packageService(join(work, 'out'));
    files = await unpackFunction(join(work, 'out'), 'webhookDelivery', join(work, 'task'));
    testDatabase = await createTestDatabase('postgres');
    receiver = await startReceiver();
    const { url, wsProxy } = testDatabase.connection!;
    const module = await withEnv({ DATABASE_URL: url, DATABASE_WS_PROXY: wsProxy, LOG_LEVEL: 'silent' }, () => import(pathToFileURL(join(work, 'task', 'functions', 'webhook-delivery.mjs')).href));
    handler = module.handler;
  }, 180_000);

  afterAll(async () => {
    await receiver?.close();
    await testDatabase?.dispose();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('is its own bundle, and sends a committed event signed to a receiver', async () => {
    expect(files.map((f) => f.slice(join(work, 'task').length + 1))).toEqual(['functions/webhook-delivery.mjs']);
    const api = createApi(testDatabase.database);
    const created = await api.ok(`mutation($url: String!) { createWebhookSubscription(input: { name: "bundle", url: $url, eventTypes: [INCIDENT_CREATED] }) { secret } }`, { url: receiver.url });
    await api.ok(`mutation { createIncident(input: { key: "bundle-webhook", title: "Sent by the scheduled function", startedOn: "2025-05-01" }) { id } }`);

    const result = await handler({ source: 'aws.events' }, { getRemainingTimeInMillis: () => 60_000 });
    expect(result).toMatchObject({ attempted: 1, succeeded: 1 });
    expect(receiver.received).toHaveLength(1);
    const [request] = receiver.received;
    const payload = new Webhook(created.createWebhookSubscription.secret).verify(request!.body, request!.headers as Record<string, string>);
    expect(payload).toMatchObject({ type: 'incident.created', data: { key: 'bundle-webhook' } });
  });
});
