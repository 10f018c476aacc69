import { expect, it } from 'vitest';
import type { Role } from '../../src/graph/context.js';
import { createApi } from '../support/api.js';
import type { DriverName } from '../support/databases.js';
import { describeOnDriver } from '../support/suite.js';
import { fingerprint } from '../support/fingerprint.js';
import { callOf, mutationFields, schema } from '../support/schema-args.js';

const allRoles: Role[] = ['ANALYST', 'EDITOR', 'AUDITOR', 'ADMIN'];
/** From the access rules: keys and webhooks are ADMIN's; every other mutation writes the graph (EDITOR, ADMIN). */
const expectedRoles = (mutation: string): Role[] => (/ApiKey$|Webhook/.test(mutation) ? ['ADMIN'] : ['EDITOR', 'ADMIN']);

const auditOnly = ['auditTrail', 'verifyAuditTrail', 'complianceReport'];

export function rolesSuite(driver: DriverName): void {
  describeOnDriver(driver, 'Roles: who may call what', (suite) => {
    it('refuses every mutation to the roles that may not call it, before reading its input, and writes nothing', async () => {
      const fields = mutationFields();
      expect(fields.length).toBeGreaterThan(25);
      const outcomes: string[] = [];
      for (const role of allRoles) {
        const api = createApi(suite.database(), { id: `key-of-${role.toLowerCase()}`, role });
        for (const field of fields) {
          const { query, variables } = callOf('mutation', field);
          const before = await fingerprint(suite.database().db);
          const response = await api.query(query, variables);
          const codes = (response.errors ?? []).map((e) => e.extensions?.code);
          expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
          expect(codes).not.toContain('GRAPHQL_VALIDATION_FAILED');
          const allowed = expectedRoles(field.name).includes(role);
          if (!allowed) {
            expect(codes, `${role} ${field.name}`).toEqual(['FORBIDDEN']);
            expect(await fingerprint(suite.database().db), `${role} ${field.name} changed data`).toEqual(before);
          } else {
            expect(codes, `${role} ${field.name}`).not.toContain('FORBIDDEN');
          }
          outcomes.push(`${role}:${field.name}:${allowed ? 'allowed' : 'refused'}`);
        }
      }
      const adminOnly = fields.filter((field) => expectedRoles(field.name).length === 1).length;
      expect(adminOnly).toBe(6);
      expect(outcomes.filter((o) => o.endsWith('refused')).length).toBe(fields.length * 2 + adminOnly);
    });

    it('lets every role read the graph; only AUDITOR and ADMIN read the audit trail and reports; only ADMIN lists keys', async () => {
      const queryFields = schema.getQueryType()!.getFields();
      for (const role of allRoles) {
        const api = createApi(suite.database(), { id: `reader-${role}`, role });
        for (const name of [...auditOnly, 'apiKeys', 'incidents', 'recommendations']) {
          const { query, variables } = callOf('query', queryFields[name]!);
          const response = await api.query(query, variables);
          const forbidden = (response.errors ?? []).some((e) => e.extensions?.code === 'FORBIDDEN');
          const mayRead = name === 'apiKeys' ? role === 'ADMIN' : auditOnly.includes(name) ? ['AUDITOR', 'ADMIN'].includes(role) : true;
          expect(forbidden, `${role} ${name}`).toBe(!mayRead);
          if (mayRead) expect(response.errors, `${role} ${name}`).toBeUndefined();
        }
      }
    });

    it('records the acting key, its role and the request id on each change, in the same transaction', async () => {
      const editor = createApi(suite.database(), { id: 'editor-key-7', role: 'EDITOR' });
      const auditor = createApi(suite.database(), { id: 'auditor-key', role: 'AUDITOR' });
      const created = await editor.query(`mutation { createIncident(input: { key: "audited-1", title: "Audited", startedOn: "2024-08-13" }) { id version } }`);
      const id = created.data!.createIncident.id;
      const updated = await editor.query(`mutation($id: ID!) { updateIncident(input: { id: $id, expectedVersion: 1, title: "Audited, renamed" }) { version } }`, { id });
      const trail = await auditor.ok(`query($id: ID!) { auditTrail(entityId: $id, first: 10) { totalCount edges { node {
        seq at actor actorRole action entityType entityId before after requestId hash previousHash } } } }`, { id });
      const entries = trail.auditTrail.edges.map((e: { node: Record<string, any> }) => e.node);
      expect(entries.map((e: Record<string, any>) => e.action)).toEqual(['incident.create', 'incident.update']);
      expect(entries[0]).toMatchObject({ actor: 'editor-key-7', actorRole: 'EDITOR', entityType: 'Incident', entityId: id, before: null, requestId: created.headers['x-request-id'] });
      expect(entries[0].after).toMatchObject({ key: 'audited-1', title: 'Audited', version: 1 });
      expect(entries[1]).toMatchObject({ requestId: updated.headers['x-request-id'], before: { title: 'Audited', version: 1 }, after: { title: 'Audited, renamed', version: 2 } });
      expect(entries[1].requestId).not.toBe(entries[0].requestId);
      for (const entry of entries) {
        expect(entry.hash).toMatch(/^[0-9a-f]{64}$/);
        expect(Date.parse(entry.at)).toBeGreaterThan(Date.now() - 60_000);
      }

      // A refused change leaves no entry: the change and its record commit or fail together.
      const conflict = await editor.query(`mutation($id: ID!) { updateIncident(input: { id: $id, expectedVersion: 1, title: "stale" }) { version } }`, { id });
      expect(conflict.errors?.[0]?.extensions?.code).toBe('CONFLICT');
      const after = await auditor.ok(`query($id: ID!) { auditTrail(entityId: $id) { totalCount } }`, { id });
      expect(after.auditTrail.totalCount).toBe(2);
    });
  });
}
