import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';
import { lambdaContext, toLambdaEvent } from '../../src/server/lambda-event.js';
import { createApi } from '../support/api.js';
import type { DriverName } from '../support/databases.js';
import { describeOnDriver } from '../support/suite.js';
import { seeder } from '../api/seed.js';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const changeStatus = `mutation($input: ChangeRecommendationStatusInput!) { changeRecommendationStatus(input: $input) { status version evidence rejectedReason verifiedBy { name } } }`;

export function complianceSuite(driver: DriverName): void {
  describeOnDriver(driver, 'Compliance history: lifecycle, as-of state, report and exports', (suite) => {
    let incidentId = '';
    let recommendationId = '';
    let verifierId = '';

    it('moves a recommendation through its lifecycle and refuses steps it does not allow', async () => {
      const api = suite.api();
      const seed = seeder(api);
      incidentId = await seed.incident('comp-1', '2024-08-13', { endedOn: '2024-08-22', severity: 'SEV1' });
      verifierId = await seed.party('Verifier Vera');
      const added = await api.ok(`mutation($id: ID!) { addRecommendation(input: { incidentId: $id, text: "Keep a spare panel host", dueOn: "2024-12-31" }) { id status overdue } }`, { id: incidentId });
      recommendationId = added.addRecommendation.id;
      expect(added.addRecommendation).toMatchObject({ status: 'PROPOSED', overdue: true });

      const skip = await api.query(changeStatus, { input: { id: recommendationId, expectedVersion: 1, status: 'DONE', evidence: 'x' } });
      expect(skip.errors?.[0]).toMatchObject({ message: 'A PROPOSED recommendation cannot become DONE; it may become ACCEPTED or REJECTED', extensions: { code: 'BAD_USER_INPUT' } });
      await api.ok(changeStatus, { input: { id: recommendationId, expectedVersion: 1, status: 'ACCEPTED' } });
      await api.ok(changeStatus, { input: { id: recommendationId, expectedVersion: 2, status: 'IN_PROGRESS' } });
      const noEvidence = await api.query(changeStatus, { input: { id: recommendationId, expectedVersion: 3, status: 'DONE' } });
      expect(noEvidence.errors?.[0]?.extensions?.field).toBe('input.evidence');
      await api.ok(changeStatus, { input: { id: recommendationId, expectedVersion: 3, status: 'DONE', evidence: 'https://tickets.example/CHG-1042' } });
      const noVerifier = await api.query(changeStatus, { input: { id: recommendationId, expectedVersion: 4, status: 'VERIFIED' } });
      expect(noVerifier.errors?.[0]?.extensions?.field).toBe('input.verifiedById');
      const verified = await api.ok(changeStatus, { input: { id: recommendationId, expectedVersion: 4, status: 'VERIFIED', verifiedById: verifierId } });
      expect(verified.changeRecommendationStatus).toEqual({ status: 'VERIFIED', version: 5, evidence: 'https://tickets.example/CHG-1042', rejectedReason: null, verifiedBy: { name: 'Verifier Vera' } });
      const final = await api.query(changeStatus, { input: { id: recommendationId, expectedVersion: 5, status: 'REJECTED', reason: 'late' } });
      expect(final.errors?.[0]?.message).toMatch(/VERIFIED recommendation cannot become REJECTED; it is final/);

      const other = await api.ok(`mutation($id: ID!) { addRecommendation(input: { incidentId: $id, text: "Buy a second firewall" }) { id } }`, { id: incidentId });
      const noReason = await api.query(changeStatus, { input: { id: other.addRecommendation.id, expectedVersion: 1, status: 'REJECTED' } });
      expect(noReason.errors?.[0]?.extensions?.field).toBe('input.reason');
      const rejected = await api.ok(changeStatus, { input: { id: other.addRecommendation.id, expectedVersion: 1, status: 'REJECTED', reason: 'Covered by the HA pair' } });
      expect(rejected.changeRecommendationStatus).toMatchObject({ status: 'REJECTED', rejectedReason: 'Covered by the HA pair' });
    });

    it('returns an incident and a recommendation as they were at a past moment', async () => {
      const api = suite.api();
      const id = await seeder(api).incident('asof-1', '2024-02-01');
      await pause(50);
      const firstMoment = new Date().toISOString();
      await pause(50);
      await api.ok(`mutation($id: ID!) { updateIncident(input: { id: $id, expectedVersion: 1, title: "Renamed", status: CLOSED, closedOn: "2024-02-10" }) { version } }`, { id });
      const query = `query($id: ID!, $asOf: DateTime) { incident(id: $id, asOf: $asOf) { title status version } }`;
      expect((await api.ok(query, { id, asOf: firstMoment })).incident).toEqual({ title: 'Incident asof-1', status: 'OPEN', version: 1 });
      expect((await api.ok(query, { id })).incident).toEqual({ title: 'Renamed', status: 'CLOSED', version: 2 });
      expect((await api.ok(query, { id, asOf: '2000-01-01T00:00:00Z' })).incident).toBeNull();

      const trail = await api.ok(`query($id: ID!) { auditTrail(entityId: $id) { edges { node { at action } } } }`, { id: recommendationId });
      const acceptedAt = trail.auditTrail.edges.find((e: { node: { action: string } }) => e.node.action === 'recommendation.accepted').node.at;
      // The API's instants have millisecond precision; the trail keeps microseconds: ask for the millisecond after.
      const justAfter = new Date(Date.parse(acceptedAt) + 1).toISOString();
      const rec = await api.ok(`query($id: ID!, $asOf: DateTime) { recommendation(id: $id, asOf: $asOf) { status evidence version } }`, { id: recommendationId, asOf: justAfter });
      expect(rec.recommendation).toEqual({ status: 'ACCEPTED', evidence: null, version: 2 });
    });

    it('reports sign-offs, emergency dates, follow-ups, overdue items and changes after closing, as GraphQL, CSV and JSON', async () => {
      const api = suite.api();
      await api.ok(`mutation($i: ID!, $p: ID!) {
        a: addSignOff(input: { incidentId: $i, kind: EMERGENCY_DECLARED, roleTitle: "Chairman of ERG", signedOn: "2024-08-16" }) { id }
        b: addSignOff(input: { incidentId: $i, kind: EMERGENCY_CLOSED, roleTitle: "Chairman of ERG", signedOn: "2024-08-22" }) { id }
        c: addSignOff(input: { incidentId: $i, kind: VERIFIED_BY, partyId: $p, signedOn: "2024-08-30" }) { id } }`, { i: incidentId, p: verifierId });
      const open = await api.ok(`mutation($id: ID!) { addRecommendation(input: { incidentId: $id, text: "=HYPERLINK(\\"http://x\\")", dueOn: "2025-01-31" }) { id } }`, { id: incidentId });
      await api.ok(`mutation($id: ID!) { updateIncident(input: { id: $id, expectedVersion: 1, status: CLOSED, closedOn: "2024-09-01" }) { version } }`, { id: incidentId });
      await pause(20);
      await api.ok(`mutation($id: ID!) { addTimelineEvent(input: { incidentId: $id, occurredOn: "2024-08-20", phase: RECOVERY, text: "Added after closing" }) { id } }`, { id: incidentId });

      const report = await api.ok(`{ complianceReport(since: "2024-08-01T00:00:00Z", until: "2024-08-31T23:59:59Z") {
        incidents { key emergencyDeclaredOn emergencyClosedOn signOffs { kind who signedOn }
          recommendations { id status overdue ageDays verifiedBy evidence rejectedReason }
          changesAfterClose { action actorRole } }
        overdueRecommendations { id incidentKey } } }`);
      const incident = report.complianceReport.incidents.find((i: { key: string }) => i.key === 'comp-1');
      expect(report.complianceReport.incidents.map((i: { key: string }) => i.key)).not.toContain('asof-1');
      expect(incident).toMatchObject({ emergencyDeclaredOn: '2024-08-16', emergencyClosedOn: '2024-08-22' });
      expect(incident.signOffs).toContainEqual({ kind: 'VERIFIED_BY', who: 'Verifier Vera', signedOn: '2024-08-30' });
      expect(incident.recommendations.map((r: { status: string }) => r.status)).toEqual(['VERIFIED', 'REJECTED', 'PROPOSED']);
      expect(incident.recommendations[0]).toMatchObject({ verifiedBy: 'Verifier Vera', overdue: false, ageDays: 0 });
      expect(incident.changesAfterClose).toEqual([{ action: 'timelineEvent.create', actorRole: 'ADMIN' }]);
      expect(report.complianceReport.overdueRecommendations).toEqual([{ id: open.addRecommendation.id, incidentKey: 'comp-1' }]);

      const auditor = createApi(suite.database(), { id: 'auditor', role: 'AUDITOR' });
      const analyst = createApi(suite.database(), { id: 'analyst', role: 'ANALYST' });
      const get = (api: typeof auditor, format: string) => api.handler(toLambdaEvent({ method: 'GET', path: '/export/compliance', query: `since=2024-08-01&until=2024-08-31&format=${format}`, headers: {}, body: undefined }), lambdaContext());
      const csv = await get(auditor, 'csv');
      expect(csv.statusCode).toBe(200);
      expect(csv.headers?.['content-type']).toMatch(/text\/csv/);
      const lines = csv.body!.trim().split('\n');
      expect(lines[0]).toBe('section,incident_key,incident_title,item,who,date,status,due_on,overdue,age_days,detail');
      expect(lines).toContainEqual(expect.stringMatching(/^sign_off,comp-1,Incident comp-1,VERIFIED_BY,Verifier Vera,2024-08-30,/));
      expect(lines).toContainEqual(expect.stringMatching(/^change_after_close,comp-1,.*timelineEvent\.create,/));
      // A formula in the data stays text in a spreadsheet.
      expect(csv.body).toContain(`"'=HYPERLINK(""http://x"")"`);
      const json = await get(auditor, 'json');
      expect(JSON.parse(json.body!).incidents.find((i: { key: string }) => i.key === 'comp-1').emergencyClosedOn).toBe('2024-08-22');
      expect((await get(analyst, 'csv')).statusCode).toBe(403);
      expect((await get(auditor, 'xml')).statusCode).toBe(400);
    });

    if (driver === 'pglite') {
      it('exports the report from the command line against the configured database', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'ikb-export-'));
        try {
          const env = { ...process.env, PGLITE_DIR: dir, DATABASE_URL: '' };
          const { stdout } = await promisify(execFile)('npx', ['tsx', 'src/compliance/cli.ts', 'compliance', '--since', '2024-01-01', '--until', '2024-12-31', '--format', 'json'], { env });
          expect(JSON.parse(stdout)).toMatchObject({ since: '2024-01-01T00:00:00.000Z', until: '2024-12-31T23:59:59.999Z', incidents: [], overdueRecommendations: [] });
          const usage = await promisify(execFile)('npx', ['tsx', 'src/compliance/cli.ts', 'compliance'], { env }).catch((e: { stderr: string; code: number }) => e);
          expect(usage).toMatchObject({ code: 2, stderr: expect.stringMatching(/Usage: npm run export -- compliance --since/) });
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      }, 60_000);
    }
  });
}
