import { sql } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { createKeyAuthenticator } from '../../src/auth/authenticate.js';
import { createLogger } from '../../src/logger.js';
import { createGraphqlHandler } from '../../src/server/handler.js';
import { lambdaContext } from '../../src/server/lambda-event.js';
import { createEvent } from '../support/api.js';
import type { DriverName } from '../support/databases.js';
import { describeOnDriver } from '../support/suite.js';

export function apiKeysSuite(driver: DriverName): void {
  describeOnDriver(driver, 'API keys: random, shown once, stored hashed, revocable', (suite) => {
    const send = async (query: string, key?: string, variables?: Record<string, unknown>) => {
      const handler = createGraphqlHandler({ database: suite.database(), logger: createLogger('silent'), authenticate: createKeyAuthenticator(suite.database().db), production: true });
      const result = await handler(createEvent(query, variables, key ? { authorization: `Bearer ${key}` } : {}), lambdaContext());
      return { status: result.statusCode, headers: result.headers ?? {}, ...JSON.parse(result.body ?? '{}') };
    };
    const keyOf = async (role: string, name = `${role} key`) => {
      const data = await suite.api().ok(`mutation($name: String!, $role: Role!) { createApiKey(name: $name, role: $role) { key apiKey { id role } } }`, { name, role });
      return data.createApiKey as { key: string; apiKey: { id: string; role: string } };
    };

    it('answers UNAUTHENTICATED with HTTP 401 without a key, with a wrong one and with a malformed one', async () => {
      const admin = await keyOf('ADMIN');
      const wrongSecret = admin.key.slice(0, -4) + (admin.key.endsWith('AAAA') ? 'BBBB' : 'AAAA');
      for (const key of [undefined, wrongSecret, 'ikb_not-a-key', "' or 1=1 --"]) {
        const response = await send('{ incidents { totalCount } }', key);
        expect(response.status, String(key)).toBe(401);
        expect(response.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual(['UNAUTHENTICATED']);
        expect(response.errors[0].extensions.http).toBeUndefined();
        expect(response.data).toBeUndefined();
      }
      expect((await send('{ incidents { totalCount } }', admin.key)).status).toBe(200);
    });

    it('keeps only a hash: the key appears nowhere in the database', async () => {
      const { key, apiKey } = await keyOf('EDITOR', 'hash check');
      expect(key).toMatch(/^ikb_[0-9a-f]{32}_[A-Za-z0-9_-]{43}$/);
      const secret = key.split('_').slice(2).join('_');
      const dump = (await suite.database().db.execute(sql`select (select json_agg(k)::text from api_keys k) || (select json_agg(a)::text from audit_entries a) as everything`)) as unknown as { rows: { everything: string }[] };
      expect(dump.rows[0]!.everything).toContain(apiKey.id);
      expect(dump.rows[0]!.everything).not.toContain(secret);
    });

    it('acts with the key\'s role, records the key as the actor, and stops working once revoked', async () => {
      const analyst = await keyOf('ANALYST');
      const editor = await keyOf('EDITOR');
      const refused = await send(`mutation { createTeam(input: { name: "Keyed team" }) { id } }`, analyst.key);
      expect(refused.errors[0].extensions.code).toBe('FORBIDDEN');
      const made = await send(`mutation { createTeam(input: { name: "Keyed team" }) { id } }`, editor.key);
      expect(made.errors).toBeUndefined();
      const trail = await suite.api().ok(`query($id: ID!) { auditTrail(entityId: $id) { edges { node { actor actorRole action } } } }`, { id: made.data.createTeam.id });
      expect(trail.auditTrail.edges[0].node).toEqual({ actor: editor.apiKey.id, actorRole: 'EDITOR', action: 'team.create' });

      const admin = await keyOf('ADMIN');
      const revoked = await send(`mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }`, admin.key, { id: editor.apiKey.id });
      expect(revoked.data.revokeApiKey.revokedAt).toBeTruthy();
      expect((await send('{ incidents { totalCount } }', editor.key)).status).toBe(401);
      const listed = await send('{ apiKeys { id name role revokedAt } }', admin.key);
      expect(listed.data.apiKeys.find((k: { id: string }) => k.id === editor.apiKey.id).revokedAt).toBeTruthy();
      expect(JSON.stringify(listed.data)).not.toContain('secret');
    });
  });
}
