import { expect, it } from 'vitest';
import type { DriverName } from '../support/databases.js';
import { importMutation, shippedReports } from '../support/reports.js';
import { rowCounts } from '../support/row-counts.js';
import { describeOnDriver } from '../support/suite.js';

const incidentDetail = `query($key: String!) {
  incident(key: $key) {
    id key title startedOn endedOn closedOn severity status
    timeline(first: 50) { totalCount edges { node { occurredOn endedOn timeOfDay phase assets { name } teams { name } services { name } provenance { startLine rule excerpt } } } }
    causes { categories kind since text assets { name } recommendations { text } }
    findings { text categories }
    recommendations { text dueOn causes { text } }
    signOffs { kind signedOn roleTitle party { name } }
    participants { party { name } roles }
  }
}`;

export function importSuite(driver: DriverName): void {
  describeOnDriver(driver, 'Importing the three shipped reports', (suite) => {
    it('creates one incident per report, reusing the entities earlier reports created', async () => {
      const api = suite.api();
      const results = [];
      for (const markdown of [shippedReports.dmz2024, shippedReports.backup2025, shippedReports.firewall2025]) {
        results.push((await api.ok(importMutation, { markdown })).importIncidentReport);
      }
      expect(results.map((r) => r.outcome)).toEqual(['CREATED', 'CREATED', 'CREATED']);
      expect(results.map((r) => [r.counts.timelineEvents, r.counts.causes, r.counts.recommendations])).toEqual([[12, 3, 3], [4, 4, 4], [3, 4, 4]]);
      // The 2025 reports find VMS-010, the database nodes and the people the 2024 report created.
      const vms = results[1].entities.find((e: any) => e.type === 'ASSET' && e.name === 'VMS-010');
      expect(vms).toMatchObject({ created: false, matchedBy: expect.stringMatching(/name|alias/) });
      const mary = results[1].entities.find((e: any) => e.type === 'PARTY' && e.spellings.includes('Mary Hui'));
      expect(mary).toMatchObject({ created: false });
      const counts = await rowCounts(suite.database());
      expect(counts.incidents).toBe(3);
      // Ten people (Mary Hun = Mary Hui, Nick Hung = Nick Huang) and the COIO, a role the report names without a person.
      expect(counts.parties).toBe(11);
    });

    it('finds VMS-010 as VMS10 and as VMS-010, with incidents from 2024 and 2025', async () => {
      const api = suite.api();
      const data = await api.ok(`{
        a: asset(nameOrAlias: "VMS10") { id name aliases children { name parentRelation } incidents { edges { node { startedOn } } } }
        b: asset(nameOrAlias: "VMS-010") { id }
        c: asset(nameOrAlias: "vms 010") { id }
      }`);
      expect(data.a.id).toBe(data.b.id);
      expect(data.c.id).toBe(data.a.id);
      expect(data.a.aliases).toEqual(expect.arrayContaining(['VMS010', 'VMS10']));
      expect(data.a.incidents.edges.map((e: any) => e.node.startedOn)).toEqual(['2025-02-11', '2024-08-13']);
      expect(data.a.children).toEqual(expect.arrayContaining([
        { name: 'MASTER-01', parentRelation: 'HOSTED_ON' }, { name: 'MASTER-02', parentRelation: 'HOSTED_ON' }, { name: 'SLAVE-1', parentRelation: 'HOSTED_ON' },
      ]));
    });

    it('merges Mary Hun / Mary Hui and Nick Hung / Nick Huang into one party each, across reports', async () => {
      const api = suite.api();
      const data = await api.ok(`{
        hui: party(nameOrAlias: "Mary Hui") { id aliases title incidents { totalCount } }
        hun: party(nameOrAlias: "Mary Hun") { id }
        huang: party(nameOrAlias: "Nick Huang") { id incidents { totalCount } }
        hung: party(nameOrAlias: "Nick Hung") { id }
      }`);
      expect(data.hui.id).toBe(data.hun.id);
      expect(data.hui).toMatchObject({ title: 'RCN Infrastructure Engineer', incidents: { totalCount: 2 } });
      expect(data.huang.id).toBe(data.hung.id);
      expect(data.huang.incidents.totalCount).toBe(3);
    });

    it('reads the 2024 incident: period, closure, timeline with times, causes linked to recommendations, emergency sign-offs', async () => {
      const api = suite.api();
      const { incident } = await api.ok(incidentDetail, { key: '2024-08-dmz-migration-and-panel-system-failure' });
      expect(incident).toMatchObject({ startedOn: '2024-08-13', endedOn: '2024-08-22', closedOn: '2024-08-28', severity: 'SEV1', status: 'CLOSED' });
      const events = incident.timeline.edges.map((e: any) => e.node);
      expect(events.map((e: any) => [e.occurredOn, e.endedOn])).toEqual([
        ['2024-08-13', null], ['2024-08-14', null], ['2024-08-15', null], ['2024-08-16', null], ['2024-08-17', '2024-08-18'],
        ['2024-08-19', null], ['2024-08-20', null], ['2024-08-21', null], ['2024-08-22', null], ['2024-08-23', '2024-08-26'],
        ['2024-08-27', null], ['2024-08-28', null],
      ]);
      expect(events.find((e: any) => e.occurredOn === '2024-08-19').timeOfDay).toBe('23:00');
      expect(events.find((e: any) => e.occurredOn === '2024-08-20').timeOfDay).toBe('10:00');
      expect(events.find((e: any) => e.occurredOn === '2024-08-27').timeOfDay).toBe('17:00');
      expect(events[0].assets.map((a: any) => a.name)).toEqual(expect.arrayContaining(['DMZ-1', 'DMZ-2', 'CFT']));
      expect(events[0].provenance.excerpt).toContain('- 13 Aug 2024');

      expect(incident.causes.map((c: any) => c.categories)).toEqual([
        ['CHANGE_MANAGEMENT'], expect.arrayContaining(['HARDWARE_FAILURE', 'SPARE_SHORTAGE']), expect.arrayContaining(['DATA_REPLICATION', 'MONITORING_GAP']),
      ]);
      expect(incident.causes[1].assets.map((a: any) => a.name)).toContain('VMS-010');
      expect(incident.causes.map((c: any) => c.recommendations.length)).toEqual([1, 1, 1]);
      expect(incident.recommendations[2].causes[0].text).toMatch(/Database not sync/);
      expect(incident.findings.map((f: any) => f.text).join(' ')).toMatch(/bugs in the firewall operating system/);
      expect(incident.findings.map((f: any) => f.text).join(' ')).toMatch(/asymmetric routing/);

      const kinds = (kind: string) => incident.signOffs.filter((s: any) => s.kind === kind);
      expect(kinds('EMERGENCY_DECLARED')).toEqual([expect.objectContaining({ signedOn: '2024-08-16', party: { name: 'Alex Liang' } })]);
      expect(kinds('EMERGENCY_CLOSED')).toEqual([expect.objectContaining({ signedOn: '2024-08-22', party: { name: 'Alex Liang' } })]);
      expect(kinds('PURCHASE_APPROVED')).toEqual([expect.objectContaining({ signedOn: '2024-08-16', party: { name: 'Dicky Fung' } })]);
      expect(kinds('REPORT_BY').map((s: any) => s.party.name)).toEqual(['Ivan Cheung', 'Anson Tsang', 'Oscar Fung']);
      expect(kinds('VERIFIED_BY').map((s: any) => s.party.name)).toEqual(['Alex Liang']);
      expect(kinds('ADDITIONAL_VERIFICATION').map((s: any) => s.party.name)).toEqual(['Dicky Fung', 'Mary Hun', 'Tsang Kwok Wo', 'Nick Hung']);
    });

    it('shows where each mention was read: the report lines and the rule', async () => {
      const { incident } = await suite.api().ok(`query($key: String!) { incident(key: $key) { timeline(first: 1) { edges { node {
        mentions { node { __typename ... on Asset { name } ... on Team { name } ... on Service { name } ... on Party { name } } provenance { startLine endLine rule excerpt } }
      } } } } }`, { key: '2024-08-dmz-migration-and-panel-system-failure' });
      const mentions = incident.timeline.edges[0].node.mentions;
      const dmz1 = mentions.find((m: any) => m.node.name === 'DMZ-1');
      expect(dmz1.node.__typename).toBe('Asset');
      expect(dmz1.provenance.excerpt).toContain('DMZ-1');
      expect(dmz1.provenance.rule).toBeTruthy();
      const cs = mentions.find((m: any) => m.node.__typename === 'Team' && m.node.name === 'CS');
      expect(cs.provenance.excerpt).toMatch(/CS team/);
      for (const m of mentions) expect(m.provenance.startLine).toBeLessThanOrEqual(m.provenance.endLine);
    });

    it('reads VMS-010 facts with their dates: hardware failure, no spare, replacement requested 16 Aug and arrived 19 Aug', async () => {
      const api = suite.api();
      const { asset } = await api.ok(`{ asset(nameOrAlias: "VMS10") { facts { kind observedOn incident { key } provenance { rule excerpt } } } }`);
      const facts = asset.facts.filter((f: any) => f.incident.key.startsWith('2024-08'));
      expect(facts.map((f: any) => f.kind)).toEqual(expect.arrayContaining(['HARDWARE_FAILURE', 'NO_SPARE', 'REPLACEMENT_REQUESTED', 'REPLACEMENT_ARRIVED']));
      expect(facts.find((f: any) => f.kind === 'REPLACEMENT_REQUESTED').observedOn).toBe('2024-08-16');
      expect(facts.find((f: any) => f.kind === 'REPLACEMENT_ARRIVED').observedOn).toBe('2024-08-19');
      for (const fact of facts) expect(fact.provenance.excerpt.length).toBeGreaterThan(0);
    });

    it('changes nothing when the same report is imported again', async () => {
      const api = suite.api();
      const before = await rowCounts(suite.database());
      const again = (await api.ok(importMutation, { markdown: shippedReports.backup2025 })).importIncidentReport;
      expect(again.outcome).toBe('UNCHANGED');
      expect(await rowCounts(suite.database())).toEqual(before);
    });

    it('gives each time its own day: a snapshot "taken at 16:05 on 11 Feb 2025" under 12 Feb keeps 11 Feb', async () => {
      const api = suite.api();
      const { incidentKey } = (await api.ok(importMutation, { markdown: shippedReports.backup2025 })).importIncidentReport;
      const { incident } = await api.ok(`query($key: String!) { incident(key: $key) {
        timeline(first: 10) { edges { node { occurredOn times { time date } } } } } }`, { key: incidentKey });
      const second = incident.timeline.edges[1].node;
      expect(second.occurredOn).toBe('2025-02-12');
      expect(second.times).toEqual([{ time: '16:05', date: '2025-02-11' }, { time: '23:50', date: '2025-02-12' }]);
    });

    it('updates the incident in place when a corrected report with the same title and dates is imported', async () => {
      const api = suite.api();
      const key = '2025-06-edge-firewall-firmware-upgrade-outage';
      const original = (await api.ok(`query($key: String!) { incident(key: $key) { id version } }`, { key })).incident;
      const corrected = shippedReports.firewall2025.replace(
        '- Out-of-band management should have its own uplink that does not pass through the Edge Firewall.',
        '- Out-of-band management should have its own uplink that does not pass through the Edge Firewall.\n- Firmware upgrades should be staged on one unit of the HA pair first.',
      );
      const before = await rowCounts(suite.database());
      const result = (await api.ok(importMutation, { markdown: corrected })).importIncidentReport;
      expect(result.outcome).toBe('UPDATED');
      expect(result.incident).toEqual({ id: original.id, key, version: original.version + 1 });
      const after = await rowCounts(suite.database());
      expect(after.incidents).toBe(before.incidents);
      expect(after.recommendations).toBe(before.recommendations + 1);
      expect(after.timelineEvents).toBe(before.timelineEvents);
      expect(after.causes).toBe(before.causes);
      expect(after.assets).toBe(before.assets);
    });
  });

  describeOnDriver(driver, 'Import safety: dry runs, broken reports, uncertain matches', (suite) => {
    it('reports what a dry run would create and writes nothing', async () => {
      const api = suite.api();
      const before = await rowCounts(suite.database());
      const result = (await api.ok(importMutation, { markdown: shippedReports.dmz2024, dryRun: true })).importIncidentReport;
      expect(result).toMatchObject({ outcome: 'CREATED', dryRun: true, incident: null });
      expect(result.counts.timelineEvents).toBe(12);
      expect(result.entities.filter((e: any) => e.created).length).toBeGreaterThan(20);
      expect(result.entities.every((e: any) => e.id === null)).toBe(true);
      expect(await rowCounts(suite.database())).toEqual(before);
    });

    it('refuses a broken report naming the line and the problem, and stores nothing of it', async () => {
      const api = suite.api();
      const report = shippedReports.backup2025;
      const cases: [string, string, number | null, string][] = [
        ['no dates at all', report.replace(/^Date: .*$/m, '').replace(/\*\*Incident Description:\*\*[\s\S]*?(?=\*\*Incident Caused)/, ''), null, 'MISSING_SECTION'],
        ['oversize body', report + `\n${'x'.repeat(1_100_000)}`, null, 'TOO_LARGE'],
      ];
      const before = await rowCounts(suite.database());
      for (const [name, markdown, line, code] of cases) {
        const response = await api.query(importMutation, { markdown });
        const error = response.errors?.[0];
        expect(error?.extensions?.code, name).toBe('BAD_USER_INPUT');
        const problems = error?.extensions?.problems as { line: number | null; code: string }[];
        expect(problems.map((p) => p.code), name).toContain(code);
        if (line) expect(problems.find((p) => p.code === code)?.line, name).toBe(line);
        expect(error?.message, name).toMatch(/cannot be imported/);
      }
      expect(await rowCounts(suite.database())).toEqual(before);
    });

    it('imports a report with an impossible entry date, a backwards period or an empty party line, warning on the line', async () => {
      const api = suite.api();
      const report = shippedReports.backup2025;
      const lines = report.split('\n');
      const lineOf = (text: string) => lines.findIndex((l) => l.includes(text)) + 1;
      const cases: [string, string, number, string][] = [
        ['impossible date', report.replace('- 12 Feb 2025', '- 31 Feb 2025'), lineOf('- 12 Feb 2025'), 'INVALID_DATE'],
        ['end before start', report.replace('Date: 11 Feb 2025 - 14 Feb 2025', 'Date: 14 Feb 2025 - 11 Feb 2025'), lineOf('Date: 11 Feb 2025'), 'DATE_ORDER'],
        ['empty party line', report.replace('2. Ivan Cheung – Cloud and Infrastructure Administrator', '2.   '), lineOf('2. Ivan Cheung'), 'EMPTY_PARTY'],
      ];
      for (const [name, markdown, line, code] of cases) {
        const result = (await api.ok(importMutation, { markdown, dryRun: true })).importIncidentReport;
        expect(result.outcome, name).toBe('CREATED');
        expect(result.warnings, name).toContainEqual(expect.objectContaining({ code, line }));
      }
    });

    it('imports a report without its causes, warning where they were expected and linking no recommendation', async () => {
      const api = suite.api();
      const report = shippedReports.backup2025;
      const markdown = report.replace(/\*\*Incident Caused:\*\*[\s\S]*?(?=\*\*Follow up)/, '');
      const result = (await api.ok(importMutation, { markdown, dryRun: true })).importIncidentReport;
      expect(result.counts.causes).toBe(0);
      expect(result.counts.recommendations).toBeGreaterThan(0);
      const line = markdown.split('\n').findIndex((l) => l.includes('**Follow up recommendation:**')) + 1;
      expect(result.warnings).toContainEqual(expect.objectContaining({ code: 'MISSING_SECTION', line, message: expect.stringMatching(/Incident Caused/) }));
      expect(result.warnings.filter((w: { code: string }) => w.code === 'RECOMMENDATION_LINK_UNSURE')).toHaveLength(result.counts.recommendations);
    });

    it('keeps hostile strings as plain text', async () => {
      const api = suite.api();
      const hostile = `Robert'); DROP TABLE incidents;-- <script>alert(1)</script> ünïcödé`;
      const markdown = shippedReports.firewall2025.replace('# Incident report for Edge firewall firmware upgrade outage', `# Incident report for ${hostile}`);
      const result = (await api.ok(importMutation, { markdown })).importIncidentReport;
      const { incident } = await api.ok(`query($key: String!) { incident(key: $key) { title } }`, { key: result.incidentKey });
      expect(incident.title).toBe(hostile);
      expect((await rowCounts(suite.database())).incidents).toBeGreaterThan(0);
    });

    it('does not merge a near-miss name: it creates the party and warns with the candidate', async () => {
      const api = suite.api();
      await api.ok(importMutation, { markdown: shippedReports.backup2025 });
      const variant = shippedReports.firewall2025
        .replace('1. Jia Jun - Security Architect', '1. Oscar Fong - Security Architect')
        .replace('Report by: Jia Jun, Anson Tsang', 'Report by: Oscar Fong, Anson Tsang');
      const result = (await api.ok(importMutation, { markdown: variant })).importIncidentReport;
      const warning = result.warnings.find((w: any) => w.code === 'POSSIBLE_DUPLICATE');
      expect(warning).toMatchObject({ candidates: ['Oscar Fung'] });
      expect(warning.message).toMatch(/Oscar Fong/);
      const data = await api.ok(`{ a: party(nameOrAlias: "Oscar Fong") { id } b: party(nameOrAlias: "Oscar Fung") { id } }`);
      expect(data.a.id).not.toBe(data.b.id);
    });
  });
}
