import { eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import { auditEntries } from '../../db/schema/index.js';
import type { DriverName } from '../support/databases.js';
import { importMutation, shippedReports } from '../support/reports.js';
import { describeOnDriver } from '../support/suite.js';

const ODD_CAUSE = 'The tape carousel licence dongle went astray overnight.';

/** The 2025-02 report with one more cause that no synonym set or model reads with confidence. */
const withOddCause = (markdown: string) =>
  markdown.replace('- Snapshot storage shares disks', `- ${ODD_CAUSE}\n- Snapshot storage shares disks`);

const causesOf = `query($key: String!) { incident(key: $key) { causes { id version text categories needsReview categoriesSetByAnalyst categoryEvidence { category source confidence evidence } } } }`;

export function reviewLoopSuite(driver: DriverName): void {
  describeOnDriver(driver, 'The analyst review loop for cause categories', (suite) => {
    let key = '';

    it('marks a cause the classifier cannot read for review and lists it in the queue and the gap check', async () => {
      const api = suite.api();
      key = (await api.ok(importMutation, { markdown: withOddCause(shippedReports.backup2025) })).importIncidentReport.incidentKey;
      const { incident } = await api.ok(causesOf, { key });
      const odd = incident.causes.find((c: any) => c.text === ODD_CAUSE);
      expect(odd).toMatchObject({ needsReview: true, categoriesSetByAnalyst: false });
      const known = incident.causes.find((c: any) => c.text.startsWith('Nightly backups'));
      expect(known.categories).toEqual(expect.arrayContaining(['BACKUP', 'MONITORING_GAP']));
      expect(known.categoryEvidence[0]).toMatchObject({ source: 'WORDS', evidence: expect.stringMatching(/backup/i) });

      const queue = await api.ok(`{ causesNeedingReview(first: 20) { totalCount edges { node { id text } } } gapChecks { causesNeedingReview { id } } }`);
      expect(queue.causesNeedingReview.edges.map((e: any) => e.node.id)).toContain(odd.id);
      expect(queue.gapChecks.causesNeedingReview.map((c: any) => c.id)).toContain(odd.id);
    });

    it("keeps an analyst's categories when the same report is imported again as a correction", async () => {
      const api = suite.api();
      const before = (await api.ok(causesOf, { key })).incident.causes.find((c: any) => c.text === ODD_CAUSE);
      const updated = await api.ok(
        `mutation($input: UpdateCauseInput!) { updateCause(input: $input) { needsReview categoriesSetByAnalyst categories categoryEvidence { source } } }`,
        { input: { id: before.id, expectedVersion: before.version, categories: ['THIRD_PARTY'] } },
      );
      expect(updated.updateCause).toMatchObject({ needsReview: false, categoriesSetByAnalyst: true, categories: ['THIRD_PARTY'], categoryEvidence: [{ source: 'ANALYST' }] });
      const queue = await api.ok(`{ causesNeedingReview(first: 20) { edges { node { id } } } }`);
      expect(queue.causesNeedingReview.edges.map((e: any) => e.node.id)).not.toContain(before.id);

      const corrected = withOddCause(shippedReports.backup2025).replace('the 37 affected users', 'the 38 affected users');
      const again = await api.ok(importMutation, { markdown: corrected });
      expect(again.importIncidentReport.outcome).toBe('UPDATED');
      const after = (await api.ok(causesOf, { key })).incident.causes.find((c: any) => c.text === ODD_CAUSE);
      expect(after).toMatchObject({ categories: ['THIRD_PARTY'], needsReview: false, categoriesSetByAnalyst: true });
    });

    it('teaches the correction as an audited cue that the next import reads first', async () => {
      const api = suite.api();
      const cues = await api.ok(`{ learnedCategoryCues { phrase categories } }`);
      expect(cues.learnedCategoryCues).toEqual([expect.objectContaining({ categories: ['THIRD_PARTY'], phrase: expect.stringContaining('dongle') })]);
      const audit = await suite.database().db.select().from(auditEntries).where(eq(auditEntries.action, 'learned-cue.teach'));
      expect(audit).toHaveLength(1);
      expect(audit[0]!.after).toMatchObject({ categories: ['THIRD_PARTY'] });

      const other = shippedReports.firewall2025.replace(
        '- A firmware bug in the upgrade image',
        '- Overnight the licence dongle of the tape carousel went astray.\n- A firmware bug in the upgrade image',
      );
      const imported = await api.ok(importMutation, { markdown: other });
      const { incident } = await api.ok(causesOf, { key: imported.importIncidentReport.incidentKey });
      const taught = incident.causes.find((c: any) => c.text.includes('dongle'));
      expect(taught.categories[0]).toBe('THIRD_PARTY');
      expect(taught.categoryEvidence[0]).toMatchObject({ source: 'LEARNED' });
      expect(taught.needsReview).toBe(false);
    });

    it("keeps an analyst's asset kind across re-import and gives it to new assets coded the same way", async () => {
      const api = suite.api();
      const withBalancer = (markdown: string, code: string) =>
        markdown.replace('- Core: CR-01 core router', `- Core: CR-01 core router\n- Edge: ${code} balancer`).replace('- Backup: BKP-NAS-01', `- Backup: BKP-NAS-01\n- Edge: ${code} balancer`);
      await api.ok(importMutation, { markdown: withBalancer(shippedReports.firewall2025, 'LB-01') });
      const before = (await api.ok(`{ asset(nameOrAlias: "LB-01") { id version kind } }`)).asset;
      expect(before.kind).toBe('OTHER');
      await api.ok(`mutation($input: UpdateAssetInput!) { updateAsset(input: $input) { kind } }`, { input: { id: before.id, expectedVersion: before.version, kind: 'SERVER' } });

      const corrected = withBalancer(shippedReports.firewall2025, 'LB-01').replace('Report by: Jia Jun, Anson Tsang', 'Report by: Jia Jun, Anson Tsang, Kevin Li');
      expect((await api.ok(importMutation, { markdown: corrected })).importIncidentReport.outcome).toBe('UPDATED');
      expect((await api.ok(`{ asset(nameOrAlias: "LB-01") { kind } }`)).asset.kind).toBe('SERVER');

      await api.ok(importMutation, { markdown: withBalancer(shippedReports.backup2025, 'LB-02') });
      expect((await api.ok(`{ asset(nameOrAlias: "LB-02") { kind } }`)).asset.kind).toBe('SERVER');
      const taught = await suite.database().db.select().from(auditEntries).where(eq(auditEntries.action, 'learned-asset-kind.teach'));
      expect(taught.map((e) => e.after)).toEqual([expect.objectContaining({ prefix: 'LB', kind: 'SERVER' })]);
    });

    it("uses an analyst's party alias when a later report spells the person that way", async () => {
      const api = suite.api();
      const jia = (await api.ok(`{ party(nameOrAlias: "Jia Jun") { id } }`)).party;
      await api.ok(`mutation($id: ID!) { addPartyAlias(partyId: $id, alias: "J. Jun") { id } }`, { id: jia.id });
      const respelled = shippedReports.firewall2025
        .replace('# Incident report for Edge firewall firmware upgrade outage', '# Incident report for Edge firewall second outage')
        .replaceAll('Jia Jun', 'J. Jun');
      const result = (await api.ok(importMutation, { markdown: respelled })).importIncidentReport;
      const entity = result.entities.find((e: any) => e.type === 'PARTY' && e.spellings.includes('J. Jun'));
      expect(entity).toMatchObject({ created: false, id: jia.id });
    });
  });
}
