import { beforeAll, expect, it } from 'vitest';
import type { DriverName } from '../support/databases.js';
import { importMutation, shippedReports } from '../support/reports.js';
import { describeOnDriver, type SuiteContext } from '../support/suite.js';

const keyOf = { y2024: '2024-08-dmz-migration-and-panel-system-failure', feb2025: '2025-02-hnfs-panel-database-loss-and-backup-restore-failure', jun2025: '2025-06-edge-firewall-firmware-upgrade-outage' };

async function importShipped(suite: SuiteContext) {
  for (const markdown of Object.values(shippedReports)) await suite.api().ok(importMutation, { markdown });
}

const patterns = `query($dimension: PatternDimension!, $min: Int, $since: Date, $until: Date) {
  recurringPatterns(dimension: $dimension, minIncidents: $min, since: $since, until: $until) {
    key label incidentCount firstSeen lastSeen incidents(first: 10) { totalCount edges { node { key } } }
  }
}`;

export function analyticsSuite(driver: DriverName): void {
  describeOnDriver(driver, 'Analytics over the three shipped reports', (suite) => {
    beforeAll(() => importShipped(suite));

    it('finds the cause categories that recur across incidents, most frequent first, with first and last seen', async () => {
      const { recurringPatterns } = await suite.api().ok(patterns, { dimension: 'CAUSE_CATEGORY' });
      const byKey = Object.fromEntries(recurringPatterns.map((p: any) => [p.key, p]));
      const incidentsOf = (key: string) => byKey[key].incidents.edges.map((e: any) => e.node.key).sort();
      expect(incidentsOf('CHANGE_MANAGEMENT')).toEqual(expect.arrayContaining([keyOf.y2024, keyOf.jun2025]));
      expect(incidentsOf('SPARE_SHORTAGE')).toEqual([keyOf.y2024, keyOf.jun2025]);
      expect(incidentsOf('HARDWARE_FAILURE')).toEqual([keyOf.y2024, keyOf.jun2025]);
      expect(incidentsOf('MONITORING_GAP')).toEqual([keyOf.y2024, keyOf.feb2025]);
      expect(byKey.SPARE_SHORTAGE).toMatchObject({ incidentCount: 2, firstSeen: '2024-08-13', lastSeen: '2025-06-07' });
      const counts = recurringPatterns.map((p: any) => p.incidentCount);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
      for (const p of recurringPatterns) expect(p.incidents.totalCount).toBe(p.incidentCount);
    });

    it('groups data replication and backup as one family recurring in 2024 and 2025', async () => {
      const { recurringPatterns } = await suite.api().ok(patterns, { dimension: 'CAUSE_FAMILY' });
      const dataProtection = recurringPatterns.find((p: any) => p.key === 'DATA_PROTECTION');
      expect(dataProtection.incidents.edges.map((e: any) => e.node.key).sort()).toEqual([keyOf.y2024, keyOf.feb2025]);
    });

    it('limits patterns to a period', async () => {
      const { recurringPatterns } = await suite.api().ok(patterns, { dimension: 'CAUSE_CATEGORY', since: '2025-01-01', until: '2025-12-31' });
      for (const p of recurringPatterns) {
        expect(p.firstSeen >= '2025-01-01').toBe(true);
        expect(p.incidents.edges.map((e: any) => e.node.key)).not.toContain(keyOf.y2024);
      }
      expect(recurringPatterns.map((p: any) => p.key)).not.toContain('SPARE_SHORTAGE');
    });

    it('counts an asset under all its names and through the assets hosted on it', async () => {
      const api = suite.api();
      const before = (await api.ok(patterns, { dimension: 'ASSET', min: 1 })).recurringPatterns.find((p: any) => p.label === 'VMS-010');
      expect(before.incidents.edges.map((e: any) => e.node.key)).toEqual([keyOf.feb2025, keyOf.y2024]);
      // An incident that names only SLAVE-1 still counts for the host it runs on.
      const incident = (await api.ok(`mutation { createIncident(input: { key: "slave-only", title: "Replica lag", startedOn: "2025-09-01" }) { id } }`)).createIncident.id;
      const slave = (await api.ok(`{ asset(nameOrAlias: "slave 1") { id } }`)).asset.id;
      await api.ok(`mutation($f: ID!, $t: ID!) { linkNodes(fromId: $f, toId: $t) { from { id } } }`, { f: incident, t: slave });
      const after = (await api.ok(patterns, { dimension: 'ASSET', min: 1 })).recurringPatterns.find((p: any) => p.label === 'VMS-010');
      expect(after.incidentCount).toBe(before.incidentCount + 1);
      expect(after.key).toBe((await api.ok(`{ asset(nameOrAlias: "VMS10") { id } }`)).asset.id);
    });

    it('lists VMS-010 and the Edge Firewall pair as spare-hardware gaps, with the days spent waiting for hardware', async () => {
      const { spareHardwareGaps } = await suite.api().ok(`{ spareHardwareGaps(withEvidenceOnly: true) {
        asset { name } criticalBecause reason evidence { key } daysWaitingForHardware hardwareWaits { requestedOn arrivedOn days incident { key } }
      } }`);
      const gap = (name: string) => spareHardwareGaps.find((g: any) => g.asset.name === name);
      expect(gap('VMS-010')).toMatchObject({
        reason: expect.stringContaining('no spare'),
        evidence: [{ key: keyOf.y2024 }],
        daysWaitingForHardware: 3,
        hardwareWaits: [{ requestedOn: '2024-08-16', arrivedOn: '2024-08-19', days: 3, incident: { key: keyOf.y2024 } }],
      });
      expect(gap('VMS-010').criticalBecause).toEqual(expect.arrayContaining(['kind HOST', 'a report says it has no spare']));
      expect(gap('EDGE-FW-01').reason).toMatch(/redundancy partner EDGE-FW-02 reported down/);
      expect(gap('EDGE-FW-02').evidence).toEqual([{ key: keyOf.jun2025 }]);
    });

    it('drops "no spare" from a gap once a spare is recorded', async () => {
      const api = suite.api();
      const vms = (await api.ok(`{ asset(nameOrAlias: "VMS-010") { id version } }`)).asset;
      const spare = (await api.ok(`mutation { createAsset(input: { name: "VMS-SPARE-01", kind: HOST }) { id } }`)).createAsset.id;
      await api.ok(`mutation($i: UpdateAssetInput!) { updateAsset(input: $i) { id } }`, { i: { id: vms.id, expectedVersion: vms.version, spareId: spare } });
      const { spareHardwareGaps } = await api.ok(`{ spareHardwareGaps(withEvidenceOnly: true) { asset { name } reason } }`);
      expect(spareHardwareGaps.find((g: any) => g.asset.name === 'VMS-010')?.reason ?? '').not.toMatch(/no spare/);
    });

    it('measures how long the 2024 database was out of sync before anyone noticed: about three months', async () => {
      const api = suite.api();
      const { detectionLags } = await api.ok(`{ detectionLags { source since detectedOn days incident { key } asset { name } } }`);
      const lag2024 = detectionLags.find((l: any) => l.incident.key === keyOf.y2024);
      expect(lag2024).toMatchObject({ since: '2024-05-01', detectedOn: '2024-08-16' });
      expect(lag2024.days).toBeGreaterThanOrEqual(90);
      expect(lag2024.days).toBeLessThanOrEqual(110);
      expect(detectionLags.map((l: any) => l.days)).toEqual([...detectionLags.map((l: any) => l.days)].sort((a: number, b: number) => b - a));
      const { incident } = await api.ok(`query($k: String!) { incident(key: $k) { timings { faultStartedOn detectedOn mitigatedOn resolvedOn closedOn daysToDetect daysToResolve } } }`, { k: keyOf.y2024 });
      expect(incident.timings).toMatchObject({ faultStartedOn: '2024-05-01', detectedOn: '2024-08-13', resolvedOn: '2024-08-22', closedOn: '2024-08-28', daysToDetect: 104, daysToResolve: 9 });
    });

    it('links the 2024 recommendations to the later incidents whose causes they targeted, both ways', async () => {
      const api = suite.api();
      const { recurrences } = await api.ok(`{ recurrences { recommendation { text incident { key } } cause { text } incident { key } matchedOn } }`);
      const hourly = recurrences.filter((r: any) => /hourly backup/i.test(r.recommendation.text) && r.recommendation.incident.key === keyOf.y2024);
      expect(hourly.map((r: any) => r.incident.key)).toContain(keyOf.feb2025);
      const fallback = recurrences.filter((r: any) => /fallback plan/i.test(r.recommendation.text) && r.recommendation.incident.key === keyOf.y2024);
      expect(fallback.find((r: any) => r.incident.key === keyOf.jun2025).matchedOn).toContain('category CHANGE_MANAGEMENT');
      const cited = recurrences.find((r: any) => r.matchedOn.includes('cites the 2024-08 incident'));
      expect(cited.cause.text).toMatch(/hourly backup/);

      const { incident } = await api.ok(`query($k: String!) { incident(key: $k) { causes { text earlierRecommendations { recommendation { text } } } } }`, { k: keyOf.feb2025 });
      const notImplemented = incident.causes.find((c: any) => /had not been implemented/.test(c.text));
      expect(notImplemented.earlierRecommendations.map((r: any) => r.recommendation.text).join(' ')).toMatch(/hourly backup/);

      const { recommendationFollowThrough } = await api.ok(`{ recommendationFollowThrough { total open overdue done verified rejected recurred } }`);
      expect(recommendationFollowThrough).toMatchObject({ total: 11, open: 11, done: 0, verified: 0 });
      // The 2025 hourly-backup recommendation was due 31 Mar 2025 and is still open.
      expect(recommendationFollowThrough.overdue).toBe(1);
      expect(recommendationFollowThrough.recurred).toBeGreaterThanOrEqual(2);
    });

    it('ranks related incidents by what they share, with the reasons', async () => {
      const { incident } = await suite.api().ok(`query($k: String!) { incident(key: $k) { relatedIncidents { score reasons incident { key } } } }`, { k: keyOf.y2024 });
      const feb = incident.relatedIncidents.find((r: any) => r.incident.key === keyOf.feb2025);
      expect(feb.reasons).toEqual(expect.arrayContaining(['asset VMS-010', 'cause category MONITORING_GAP']));
      expect(incident.relatedIncidents.map((r: any) => r.incident.key)).toContain(keyOf.jun2025);
      const scores = incident.relatedIncidents.map((r: any) => r.score);
      expect(scores).toEqual([...scores].sort((a: number, b: number) => b - a));
    });

    it("tells an asset's history under any alias and a party's history, newest first", async () => {
      const api = suite.api();
      const { asset, party } = await api.ok(`{
        asset(nameOrAlias: "VMS10") { history(first: 100) { date kind text incident { key } } }
        party(nameOrAlias: "Mary Hui") { history(first: 100) { date kind text } }
      }`);
      expect(asset.history.some((h: any) => h.kind === 'FACT' && h.date === '2024-08-19' && /REPLACEMENT_ARRIVED/.test(h.text))).toBe(true);
      expect(asset.history.some((h: any) => h.incident.key === keyOf.feb2025)).toBe(true);
      const dates = asset.history.map((h: any) => h.date).filter(Boolean);
      expect(dates).toEqual([...dates].sort().reverse());
      expect(party.history.filter((h: any) => h.kind === 'SIGN_OFF').length).toBeGreaterThanOrEqual(2);
    });

    it('searches incidents, events, causes and recommendations by full text, ranked, with highlights', async () => {
      const api = suite.api();
      const { search } = await api.ok(`{ search(text: "hourly backup") { kind rank headline incident { key } node { id } } }`);
      expect(search.length).toBeGreaterThan(0);
      expect(search.map((h: any) => h.kind)).toContain('RECOMMENDATION');
      expect(search[0].headline).toMatch(/<b>[Hh]ourly<\/b>|<b>backup<\/b>/);
      const ranks = search.map((h: any) => h.rank);
      expect(ranks).toEqual([...ranks].sort((a: number, b: number) => b - a));
      const hostile = await api.query(`{ search(text: "'); drop table incidents; -- & | !") { kind } }`);
      expect(hostile.errors).toBeUndefined();
      expect((await api.query(`{ search(text: "   ") { kind } }`)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it('runs the gap checks an analyst would do by hand', async () => {
      const api = suite.api();
      await api.ok(`mutation { createIncident(input: { key: "unverified", title: "No sign-off yet", startedOn: "2025-10-01" }) { id } }`);
      const { gapChecks } = await api.ok(`{ gapChecks {
        causesWithoutRecommendation { text }
        recommendationsWithoutOwnerOrDueDate { text dueOn }
        criticalAssetsWithoutOwnerOrSite { name }
        incidentsWithoutVerification { key }
      } }`);
      expect(gapChecks.incidentsWithoutVerification.map((i: any) => i.key)).toContain('unverified');
      expect(gapChecks.incidentsWithoutVerification.map((i: any) => i.key)).not.toContain(keyOf.y2024);
      // No report names owners, so every recommendation lacks one.
      expect(gapChecks.recommendationsWithoutOwnerOrDueDate).toHaveLength(11);
      expect(gapChecks.criticalAssetsWithoutOwnerOrSite.map((a: any) => a.name)).toEqual(expect.arrayContaining(['VMS-010', 'EDGE-FW-01']));
      expect(Array.isArray(gapChecks.causesWithoutRecommendation)).toBe(true);
    });

    it('answers each analytic with a fixed number of statements, however many rows it returns', async () => {
      const database = suite.database();
      const count = async (query: string) => {
        const before = database.statementCount();
        await suite.api().ok(query);
        return database.statementCount() - before;
      };
      const nested = (min: number) => `{ recurringPatterns(dimension: ASSET, minIncidents: ${min}) { label incidents { totalCount edges { node { key relatedIncidents { score } timings { daysToDetect } } } } } }`;
      expect(await count(nested(1))).toBe(await count(nested(2)));
    });
  });
}
