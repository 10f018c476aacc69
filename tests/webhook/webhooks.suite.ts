import { sql } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { afterEach, expect, it } from 'vitest';
import * as t from '../../db/schema/index.js';
import { createApi } from '../support/api.js';
import { shippedReports } from '../support/reports.js';
import type { DriverName } from '../support/databases.js';
import { describeOnDriver } from '../support/suite.js';
import { deliverDue, type DeliveryOptions } from '../../src/webhook/deliver.js';
import { emitEvent } from '../../src/webhook/emit.js';
import { startDeliveryLoop } from '../../src/webhook/loop.js';
import { productionPolicy } from '../../src/webhook/policy.js';
import { createLogger } from '../../src/logger.js';
import { startReceiver, type Receiver } from './receiver.js';

const development = { development: true };

export function webhooksSuite(driver: DriverName): void {
  describeOnDriver(driver, 'Outgoing webhooks: transactional, signed, retried, safe', (suite) => {
    const receivers: Receiver[] = [];
    const db = () => suite.database().db;
    const sweep = (options: DeliveryOptions = {}) => deliverDue(db(), { policy: development, timeoutMs: 5_000, ...options });
    const receiver = async (fallback?: number | 'hang') => {
      const started = await startReceiver(fallback);
      receivers.push(started);
      return started;
    };
    const subscribe = async (url: string, eventTypes: string[], extra: Record<string, unknown> = {}) => {
      const data = await suite.api().ok(
        `mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret subscription { id version active } } }`,
        { input: { name: 'test receiver', url, eventTypes, ...extra } },
      );
      return data.createWebhookSubscription as { secret: string; subscription: { id: string; version: number; active: boolean } };
    };
    let incidents = 0;
    const createIncident = async (severity = 'SEV2') => {
      incidents += 1;
      const data = await suite.api().ok(
        `mutation($input: CreateIncidentInput!) { createIncident(input: $input) { id key } }`,
        { input: { key: `webhook-${driver}-${incidents}`, title: `Webhook incident ${incidents}`, severity, startedOn: '2025-03-01' } },
      );
      return data.createIncident as { id: string; key: string };
    };
    const deliveriesOf = async (subscriptionId: string) => {
      const data = await suite.api().ok(
        `query($id: ID!) { webhookDeliveries(subscriptionId: $id, first: 50) { totalCount edges { node {
          id status attemptCount lastStatusCode lastError nextAttemptAt deliveredAt
          event { id type subjectId } attempts { number statusCode error durationMs } } } } }`,
        { id: subscriptionId },
      );
      return data.webhookDeliveries.edges.map((edge: { node: unknown }) => edge.node) as {
        id: string; status: string; attemptCount: number; lastStatusCode: number | null; lastError: string | null; nextAttemptAt: string | null;
        event: { id: string; type: string; subjectId: string }; attempts: { number: number; statusCode: number | null; error: string | null }[];
      }[];
    };
    const countRows = async (table: 'webhook_events' | 'webhook_deliveries') => {
      const result = (await db().execute(sql.raw(`select count(*)::int as n from ${table}`))) as unknown as { rows: { n: number }[] };
      return result.rows[0]!.n;
    };

    afterEach(async () => {
      // Each test speaks to its own receiver; later tests must not send to a closed one.
      await db().update(t.webhookSubscriptions).set({ active: false });
      await Promise.all(receivers.splice(0).map((r) => r.close()));
    });

    it('sends exactly one signed event after a change commits, verified with the library', async () => {
      const hook = await receiver();
      const { secret, subscription } = await subscribe(hook.url, ['INCIDENT_CREATED']);
      const incident = await createIncident();

      expect((await sweep()).succeeded).toBe(1);
      expect((await sweep()).attempted).toBe(0);
      expect(hook.received).toHaveLength(1);
      const [request] = hook.received;
      const payload = new Webhook(secret).verify(request!.body, request!.headers as Record<string, string>) as Record<string, any>;
      expect(payload).toMatchObject({ version: 1, type: 'incident.created', subject: { type: 'Incident', id: incident.id }, data: { key: incident.key, severity: 'SEV2' } });
      expect(payload.id).toBe(request!.headers['webhook-id']);
      expect(payload.links.graphql).toMatchObject({ variables: { id: incident.id } });
      expect(payload.links.graphql.query).toContain('node(id: $id)');
      // An ANALYST subscription is not told who acted (that is audit-trail information), and no secret travels.
      expect(payload).not.toHaveProperty('actor');
      expect(request!.body).not.toContain(secret.slice(6));
      expect(() => new Webhook(secret).verify(request!.body.replace('SEV2', 'SEV1'), request!.headers as Record<string, string>)).toThrow();

      const [delivery] = await deliveriesOf(subscription.id);
      expect(delivery).toMatchObject({ status: 'SUCCEEDED', attemptCount: 1, lastStatusCode: 200, nextAttemptAt: null, event: { type: 'INCIDENT_CREATED', subjectId: incident.id } });
      const trail = await suite.api().ok(`query($id: ID!) { auditTrail(entityId: $id) { edges { node { action after } } } }`, { id: delivery!.event.id });
      expect(trail.auditTrail.edges.map((e: { node: { action: string } }) => e.node.action)).toEqual(['webhookEvent.emit']);
    });

    it('delivers in-process as `npm start` does: a nudge after a request sends the committed event', async () => {
      const hook = await receiver();
      await subscribe(hook.url, ['INCIDENT_CREATED']);
      const loop = startDeliveryLoop(db(), createLogger('silent'), { policy: development, intervalMs: 60_000 });
      try {
        const incident = await createIncident();
        loop.nudge();
        await hook.waitFor(1);
        expect(JSON.parse(hook.received[0]!.body).subject.id).toBe(incident.id);
      } finally {
        await loop.stop();
      }
    });

    it('writes no event when the change rolls back: a failed mutation, a dry-run import, an aborted transaction', async () => {
      const hook = await receiver();
      await subscribe(hook.url, ['INCIDENT_CREATED', 'INCIDENT_UPDATED', 'RECOMMENDATION_CREATED']);
      const events = await countRows('webhook_events');

      const dryRun = await suite.api().ok(`mutation($m: String!) { importIncidentReport(markdown: $m, dryRun: true) { outcome dryRun } }`, { m: shippedReports.firewall2025 });
      expect(dryRun.importIncidentReport).toEqual({ outcome: 'CREATED', dryRun: true });
      const stale = await suite.api().query(`mutation { updateIncident(input: { id: "${(await createIncident()).id}", expectedVersion: 7, title: "Stale" }) { id } }`);
      expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const [incident] = await db().select().from(t.incidents).limit(1);
      await expect(db().transaction(async (tx) => {
        await emitEvent(tx, () => {}, { type: 'incident.updated', subject: { type: 'Incident', id: incident!.id }, incidentId: incident!.id, data: { key: incident!.key } });
        throw new Error('abort');
      })).rejects.toThrow('abort');

      // Only the one incident that was really created has an event.
      expect(await countRows('webhook_events')).toBe(events + 1);
      await sweep();
      expect(hook.received.map((r) => JSON.parse(r.body).type)).toEqual(['incident.created']);
    });

    it('retries a receiver that fails twice with growing waits and the same event id, then succeeds', async () => {
      const hook = await receiver();
      hook.answers.push(500, 503);
      const { secret, subscription } = await subscribe(hook.url, ['INCIDENT_CREATED']);
      await createIncident();

      expect((await sweep()).failed).toBe(1);
      const [afterFirst] = await deliveriesOf(subscription.id);
      expect(afterFirst).toMatchObject({ status: 'PENDING', attemptCount: 1, lastStatusCode: 500, lastError: 'HTTP 500' });
      const firstWait = new Date(afterFirst!.nextAttemptAt!).getTime() - Date.now();
      expect(firstWait).toBeGreaterThan(10_000);
      // Not due yet: a sweep now sends nothing.
      expect((await sweep()).attempted).toBe(0);

      const at = (iso: string) => () => new Date(new Date(iso).getTime() + 1_000);
      expect((await sweep({ clock: at(afterFirst!.nextAttemptAt!) })).failed).toBe(1);
      const [afterSecond] = await deliveriesOf(subscription.id);
      const secondWait = new Date(afterSecond!.nextAttemptAt!).getTime() - new Date(afterFirst!.nextAttemptAt!).getTime();
      expect(secondWait).toBeGreaterThan(firstWait * 3);
      expect((await sweep({ clock: at(afterSecond!.nextAttemptAt!) })).succeeded).toBe(1);

      expect(hook.received).toHaveLength(3);
      const ids = hook.received.map((r) => r.headers['webhook-id']);
      expect(new Set(ids).size).toBe(1);
      for (const r of hook.received) expect(new Webhook(secret).verify(r.body, r.headers as Record<string, string>)).toMatchObject({ id: ids[0] });
      const [done] = await deliveriesOf(subscription.id);
      expect(done).toMatchObject({ status: 'SUCCEEDED', attemptCount: 3, nextAttemptAt: null });
      expect(done!.attempts.map((a) => [a.number, a.statusCode])).toEqual([[1, 500], [2, 503], [3, 200]]);
    });

    it('refuses targets on private, link-local and (outside development) loopback addresses, without connecting', async () => {
      const hook = await receiver();
      for (const url of ['https://10.1.2.3/hook', 'https://169.254.169.254/latest/meta-data', 'http://example.com/hook', 'ftp://example.com/', 'https://user:pw@example.com/']) {
        const refused = await suite.api().query(`mutation($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret } }`, { input: { name: 'bad', url, eventTypes: ['INCIDENT_CREATED'] } });
        expect(refused.errors?.[0]?.extensions?.code, url).toBe('BAD_USER_INPUT');
      }

      // Loopback is refused at delivery time once not in development.
      const loopback = await subscribe(hook.url.replace('127.0.0.1', 'localhost'), ['INCIDENT_CREATED']);
      await createIncident();
      await sweep({ policy: productionPolicy });
      const [refusedLoopback] = await deliveriesOf(loopback.subscription.id);
      expect(refusedLoopback).toMatchObject({ status: 'FAILED', lastStatusCode: null });
      expect(refusedLoopback!.lastError).toMatch(/^refused: localhost resolves to a loopback address/);

      // A target that now points at a private address (as after a DNS change) is refused when delivering.
      const moved = await subscribe(hook.url, ['INCIDENT_CREATED']);
      await db().update(t.webhookSubscriptions).set({ url: 'https://10.20.30.40/hook' }).where(sql`${t.webhookSubscriptions.id} = ${moved.subscription.id}`);
      await createIncident();
      await sweep({ policy: productionPolicy });
      const [refusedPrivate] = await deliveriesOf(moved.subscription.id);
      expect(refusedPrivate).toMatchObject({ status: 'FAILED', lastError: 'refused: 10.20.30.40 resolves to a private address (10.20.30.40)' });
      expect(hook.received).toHaveLength(0);
    });

    it('never follows a redirect: a 3xx answer is a failed attempt, retried at the same URL', async () => {
      const hook = await receiver(302);
      const { subscription } = await subscribe(hook.url, ['INCIDENT_CREATED']);
      await createIncident();
      expect((await sweep()).failed).toBe(1);
      expect(hook.received).toHaveLength(1);
      const [delivery] = await deliveriesOf(subscription.id);
      expect(delivery).toMatchObject({ status: 'PENDING', lastStatusCode: 302, lastError: 'redirect not followed' });
    });

    it('does not let a hanging receiver hold a request or an import', async () => {
      const hook = await receiver('hang');
      const { subscription } = await subscribe(hook.url, ['INCIDENT_CREATED', 'INCIDENT_UPDATED']);
      const incident = await createIncident();
      const sending = sweep({ timeoutMs: 20_000 });
      await hook.waitFor(1);

      // The receiver is holding the sweep's request open; the API and the importer carry on.
      let sweepDone = false;
      void sending.then(() => { sweepDone = true; });
      const imported = await suite.api().ok(`mutation($m: String!) { importIncidentReport(markdown: $m) { outcome } }`, { m: shippedReports.backup2025 });
      expect(imported.importIncidentReport.outcome).toBe('CREATED');
      const updated = await suite.api().ok(`mutation($id: ID!) { updateIncident(input: { id: $id, expectedVersion: 1, title: "Updated while a receiver hangs" }) { version } }`, { id: incident.id });
      expect(updated.updateIncident.version).toBe(2);
      expect(sweepDone).toBe(false);

      hook.dropConnections();
      expect((await sending).failed).toBe(1);
      const pending = (await deliveriesOf(subscription.id)).find((d) => d.event.subjectId === incident.id && d.event.type === 'INCIDENT_CREATED');
      expect(pending).toMatchObject({ status: 'PENDING', attemptCount: 1 });
      expect(pending!.nextAttemptAt).not.toBeNull();
    });

    it('gives up on a receiver that never answers after the timeout, and schedules a retry', async () => {
      const hook = await receiver('hang');
      const { subscription } = await subscribe(hook.url, ['INCIDENT_CREATED']);
      await createIncident();
      const started = Date.now();
      expect((await sweep({ timeoutMs: 300 })).failed).toBe(1);
      expect(Date.now() - started).toBeLessThan(10_000);
      const [delivery] = await deliveriesOf(subscription.id);
      expect(delivery).toMatchObject({ status: 'PENDING', lastError: 'timeout after 300 ms' });
    });

    it('marks a delivery failed after its last attempt, disables the subscription, and replays it with the same id once re-enabled', async () => {
      const hook = await receiver(500);
      const { subscription } = await subscribe(hook.url, ['INCIDENT_CREATED']);
      await createIncident();
      await sweep({ maxAttempts: 2 });
      const [first] = await deliveriesOf(subscription.id);
      await sweep({ maxAttempts: 2, clock: () => new Date(new Date(first!.nextAttemptAt!).getTime() + 1_000) });

      const [failed] = await deliveriesOf(subscription.id);
      expect(failed).toMatchObject({ status: 'FAILED', attemptCount: 2, nextAttemptAt: null, lastStatusCode: 500 });
      const listed = await suite.api().ok(`{ webhookSubscriptions { id active disabledReason consecutiveFailures version } }`);
      const disabled = listed.webhookSubscriptions.find((s: { id: string }) => s.id === subscription.id);
      expect(disabled.active).toBe(false);
      expect(disabled.consecutiveFailures).toBe(2);
      expect(disabled.disabledReason).toContain('failed 2 attempts');

      const replayWhileDisabled = await suite.api().query(`mutation($id: ID!) { replayWebhookDelivery(id: $id) { status } }`, { id: failed!.id });
      expect(replayWhileDisabled.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const reenabled = await suite.api().ok(`mutation($id: ID!, $v: Int!) { updateWebhookSubscription(input: { id: $id, expectedVersion: $v, active: true }) { active disabledReason consecutiveFailures } }`, { id: subscription.id, v: disabled.version });
      expect(reenabled.updateWebhookSubscription).toEqual({ active: true, disabledReason: null, consecutiveFailures: 0 });
      hook.fallback = 200;
      const replayed = await suite.api().ok(`mutation($id: ID!) { replayWebhookDelivery(id: $id) { status attemptCount } }`, { id: failed!.id });
      expect(replayed.replayWebhookDelivery).toEqual({ status: 'PENDING', attemptCount: 0 });
      expect((await sweep()).succeeded).toBe(1);
      expect(hook.received).toHaveLength(3);
      expect(new Set(hook.received.map((r) => r.headers['webhook-id'])).size).toBe(1);
      const [replayedDelivery] = await deliveriesOf(subscription.id);
      expect(replayedDelivery!.attempts.map((a) => a.statusCode)).toEqual([500, 500, 200]);
    });

    it('signs with the old and the new secret while a rotation overlaps, then with the new one only', async () => {
      const hook = await receiver();
      const { secret: oldSecret, subscription } = await subscribe(hook.url, ['INCIDENT_CREATED']);
      const rotated = await suite.api().ok(`mutation($id: ID!) { rotateWebhookSecret(id: $id, overlapMinutes: 60) { secret subscription { previousSecretExpiresAt secretRotatedAt } } }`, { id: subscription.id });
      const newSecret = rotated.rotateWebhookSecret.secret as string;
      expect(newSecret).not.toBe(oldSecret);
      await createIncident();
      await sweep();
      const [overlapping] = hook.received;
      expect(String(overlapping!.headers['webhook-signature']).split(' ')).toHaveLength(2);
      for (const secret of [oldSecret, newSecret]) expect(() => new Webhook(secret).verify(overlapping!.body, overlapping!.headers as Record<string, string>)).not.toThrow();

      await suite.api().ok(`mutation($id: ID!) { rotateWebhookSecret(id: $id, overlapMinutes: 0) { secret } }`, { id: subscription.id }).then((r) => {
        expect(r.rotateWebhookSecret.secret).not.toBe(newSecret);
        return r.rotateWebhookSecret.secret as string;
      }).then(async (latest) => {
        await createIncident();
        await sweep();
        const last = hook.received[1]!;
        expect(String(last.headers['webhook-signature']).split(' ')).toHaveLength(1);
        expect(() => new Webhook(latest).verify(last.body, last.headers as Record<string, string>)).not.toThrow();
        expect(() => new Webhook(newSecret).verify(last.body, last.headers as Record<string, string>)).toThrow();
      });
      const dump = (await db().execute(sql`select json_agg(a)::text as all from audit_entries a`)) as unknown as { rows: { all: string }[] };
      expect(dump.rows[0]!.all).not.toContain(newSecret.slice(6));
    });

    it('keeps signing secrets sealed in the database when WEBHOOK_SECRET_KEY is set, and still signs with them', async () => {
      const saved = process.env.WEBHOOK_SECRET_KEY;
      process.env.WEBHOOK_SECRET_KEY = Buffer.alloc(32, 3).toString('base64');
      try {
        const hook = await receiver();
        const { secret, subscription } = await subscribe(hook.url, ['INCIDENT_CREATED']);
        const [row] = await db().select().from(t.webhookSubscriptions).where(sql`${t.webhookSubscriptions.id} = ${subscription.id}`);
        expect(row!.secret).toMatch(/^aes256gcm:/);
        expect(row!.secret).not.toContain(secret.slice(6));
        await createIncident();
        await sweep();
        expect(() => new Webhook(secret).verify(hook.received[0]!.body, hook.received[0]!.headers as Record<string, string>)).not.toThrow();
      } finally {
        if (saved === undefined) delete process.env.WEBHOOK_SECRET_KEY;
        else process.env.WEBHOOK_SECRET_KEY = saved;
      }
    });

    it('sends only what a subscription filters for, shaped for its role', async () => {
      const hook = await receiver();
      await subscribe(hook.url, ['INCIDENT_CREATED'], { filter: { severities: ['SEV1'] }, role: 'AUDITOR' });
      await createIncident('SEV3');
      const severe = await createIncident('SEV1');
      await sweep();
      expect(hook.received).toHaveLength(1);
      const payload = JSON.parse(hook.received[0]!.body);
      expect(payload.subject.id).toBe(severe.id);
      // An AUDITOR may read the audit trail, so it is told who acted.
      expect(payload.actor).toEqual({ id: 'test', role: 'ADMIN' });
    });

    it('announces recommendation changes and merges, and an overdue recommendation once', async () => {
      const hook = await receiver();
      await subscribe(hook.url, ['RECOMMENDATION_CREATED', 'RECOMMENDATION_STATUS_CHANGED', 'RECOMMENDATION_OVERDUE', 'PARTY_MERGED', 'ASSET_MERGED']);
      const incident = await createIncident();
      const added = await suite.api().ok(`mutation($id: ID!) { addRecommendation(input: { incidentId: $id, text: "Keep a spare unit on site", dueOn: "2025-04-01" }) { id version } }`, { id: incident.id });
      const recommendation = added.addRecommendation as { id: string; version: number };
      await suite.api().ok(`mutation($id: ID!, $v: Int!) { changeRecommendationStatus(input: { id: $id, expectedVersion: $v, status: ACCEPTED }) { status } }`, { id: recommendation.id, v: recommendation.version });
      const party = async (name: string) => (await suite.api().ok(`mutation($n: String!) { createParty(input: { name: $n }) { id } }`, { n: name })).createParty.id as string;
      const keep = await party(`Webhook Person ${driver}`);
      const merge = await party(`Webhook Persson ${driver}`);
      await suite.api().ok(`mutation($k: ID!, $m: ID!) { mergeParties(keepId: $k, mergeId: $m) { id } }`, { k: keep, m: merge });
      const asset = async (name: string) => (await suite.api().ok(`mutation($n: String!) { createAsset(input: { name: $n, kind: HOST }) { id } }`, { n: name })).createAsset.id as string;
      const keepAsset = await asset(`WH-${driver}-01`);
      const mergeAsset = await asset(`Webhook spare ${driver}`);
      await suite.api().ok(`mutation($k: ID!, $m: ID!) { mergeAssets(keepId: $k, mergeId: $m) { id } }`, { k: keepAsset, m: mergeAsset });

      const first = await sweep();
      expect(first.overdueEmitted).toBeGreaterThanOrEqual(1);
      await sweep();
      expect((await sweep()).overdueEmitted).toBe(0);
      const events = hook.received.map((r) => JSON.parse(r.body));
      const about = (type: string) => events.filter((e) => e.type === type && (e.subject.id === recommendation.id || type.endsWith('merged')));
      expect(about('recommendation.created')).toHaveLength(1);
      expect(about('recommendation.status_changed')[0].change.fields.status).toEqual({ from: 'PROPOSED', to: 'ACCEPTED' });
      expect(about('recommendation.overdue')).toHaveLength(1);
      expect(about('recommendation.overdue')[0].data.dueOn).toBe('2025-04-01');
      expect(about('party.merged')[0]).toMatchObject({ subject: { id: keep }, change: { mergedId: merge } });
      expect(about('asset.merged')[0]).toMatchObject({ subject: { id: keepAsset }, change: { mergedId: mergeAsset } });
    });

    it('announces what an import created (to subscriptions filtering by its cause categories or assets), the patterns it made recur and the spare-hardware gaps it showed', async () => {
      const hook = await receiver();
      await subscribe(hook.url, ['INCIDENT_CREATED', 'RECOMMENDATION_CREATED', 'PATTERN_RECURRED', 'SPARE_GAP_FOUND']);
      // Filters match what the imported incident's causes and timeline name.
      const replication = await receiver();
      await subscribe(replication.url, ['INCIDENT_CREATED'], { filter: { causeCategories: ['DATA_REPLICATION'] } });
      const firewall = (await suite.api().ok(`mutation { createAsset(input: { name: "EDGE-FW-02", kind: FIREWALL }) { id } }`)).createAsset.id as string;
      const onFirewall = await receiver();
      await subscribe(onFirewall.url, ['INCIDENT_CREATED'], { filter: { assetIds: [firewall] } });
      const keys: string[] = [];
      for (const markdown of [shippedReports.dmz2024, shippedReports.firewall2025]) {
        keys.push((await suite.api().ok(`mutation($m: String!) { importIncidentReport(markdown: $m) { incidentKey } }`, { m: markdown })).importIncidentReport.incidentKey);
      }
      await sweep();
      expect(replication.received.map((r) => JSON.parse(r.body).data.key)).toEqual([keys[0]]);
      expect(onFirewall.received.map((r) => JSON.parse(r.body).data.key)).toEqual([keys[1]]);
      const types = hook.received.map((r) => JSON.parse(r.body).type as string);
      expect(types.filter((type) => type === 'incident.created')).toHaveLength(2);
      expect(types).toContain('recommendation.created');
      expect(types).toContain('pattern.recurred');
      expect(types).toContain('spare_gap.found');
      // A gap is announced once, however many imports show it.
      const gaps = hook.received.map((r) => JSON.parse(r.body)).filter((e) => e.type === 'spare_gap.found').map((e) => `${e.subject.id} ${e.data.reason}`);
      expect(new Set(gaps).size).toBe(gaps.length);
    });

    it('answers caller mistakes with BAD_USER_INPUT or NOT_FOUND and changes nothing', async () => {
      const hook = await receiver();
      const { subscription } = await subscribe(hook.url, ['INCIDENT_CREATED']);
      const code = async (query: string, variables?: Record<string, unknown>) => (await suite.api().query(query, variables)).errors?.[0]?.extensions?.code;
      expect(await code(`mutation($url: String!) { createWebhookSubscription(input: { name: "none", url: $url, eventTypes: [] }) { secret } }`, { url: hook.url })).toBe('BAD_USER_INPUT');
      expect(await code(`mutation($url: String!) { createWebhookSubscription(input: { name: " ", url: $url, eventTypes: [INCIDENT_CREATED] }) { secret } }`, { url: hook.url })).toBe('BAD_USER_INPUT');
      expect(await code(`mutation($url: String!) { createWebhookSubscription(input: { name: "x", url: $url, eventTypes: [INCIDENT_CREATED], filter: { assetIds: ["nope"] } }) { secret } }`, { url: hook.url })).toBe('BAD_USER_INPUT');
      expect(await code(`mutation($id: ID!) { rotateWebhookSecret(id: $id, overlapMinutes: -5) { secret } }`, { id: subscription.id })).toBe('BAD_USER_INPUT');
      expect(await code(`mutation { rotateWebhookSecret(id: "00000000-0000-4000-8000-000000000000") { secret } }`)).toBe('NOT_FOUND');
      expect(await code(`mutation { replayWebhookDelivery(id: "not-an-id") { status } }`)).toBe('BAD_USER_INPUT');
      expect(await code(`mutation { replayWebhookDelivery(id: "00000000-0000-4000-8000-000000000000") { status } }`)).toBe('NOT_FOUND');
      expect(await code(`mutation($id: ID!) { updateWebhookSubscription(input: { id: $id, expectedVersion: 99, active: false }) { active } }`, { id: subscription.id })).toBe('CONFLICT');
      const listed = await suite.api().ok(`{ webhookSubscriptions { id active version } }`);
      expect(listed.webhookSubscriptions.find((s: { id: string }) => s.id === subscription.id)).toEqual({ id: subscription.id, active: true, version: 1 });
    });

    it('pages deliveries newest first, from the root list and from a subscription', async () => {
      const hook = await receiver();
      const { subscription } = await subscribe(hook.url, ['INCIDENT_CREATED']);
      const made = [await createIncident(), await createIncident(), await createIncident()];
      const page = async (after?: string) => (await suite.api().ok(
        `query($after: String) { webhookSubscriptions { id deliveries(first: 2, after: $after) { totalCount edges { cursor node { event { subjectId } } } pageInfo { hasNextPage endCursor } } } }`,
        { after },
      )).webhookSubscriptions.find((s: { id: string }) => s.id === subscription.id).deliveries;
      const first = await page();
      expect(first.totalCount).toBe(3);
      expect(first.pageInfo.hasNextPage).toBe(true);
      const second = await page(first.pageInfo.endCursor);
      expect(second.pageInfo.hasNextPage).toBe(false);
      const order = [...first.edges, ...second.edges].map((e: { node: { event: { subjectId: string } } }) => e.node.event.subjectId);
      expect(order).toEqual(made.map((m) => m.id).reverse());
      const root = await suite.api().ok(`query($id: ID!) { webhookDeliveries(subscriptionId: $id, last: 1) { edges { node { event { subjectId } } } pageInfo { hasPreviousPage } } }`, { id: subscription.id });
      expect(root.webhookDeliveries.edges.map((e: { node: { event: { subjectId: string } } }) => e.node.event.subjectId)).toEqual([made[0]!.id]);
      expect(root.webhookDeliveries.pageInfo.hasPreviousPage).toBe(true);
    });

    it('lets only ADMIN keys manage subscriptions and read deliveries', async () => {
      const analyst = createApi(suite.database(), { id: 'analyst', role: 'ANALYST' });
      const editor = createApi(suite.database(), { id: 'editor', role: 'EDITOR' });
      for (const api of [analyst, editor]) {
        const create = await api.query(`mutation { createWebhookSubscription(input: { name: "x", url: "https://example.com/", eventTypes: [INCIDENT_CREATED] }) { secret } }`);
        expect(create.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        const read = await api.query(`{ webhookDeliveries { totalCount } }`);
        expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      }
      const listed = await suite.api().ok(`{ webhookSubscriptions { id url } }`);
      expect(JSON.stringify(listed)).not.toContain('whsec_');
    });
  });
}
