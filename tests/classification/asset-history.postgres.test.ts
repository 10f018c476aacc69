import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { importMutation, shippedReports } from '../support/reports.js';
import { describeOnDriver } from '../support/suite.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/cause-variants/${name}`, import.meta.url), 'utf8');

const linksOf = `query($name: String!) { asset(nameOrAlias: $name) {
  parent { name }
  incidentLinks { direct incident { key startedOn } }
  placements { host { name } validFrom validTo incident { startedOn } provenance { rule } }
} }`;

describeOnDriver('postgres', 'Asset hosting as dated history', (suite) => {
  it('follows a replica moved to another host: later incidents count for the new host, not the old one', async () => {
    const api = suite.api();
    for (const markdown of [shippedReports.dmz2024, shippedReports.backup2025]) await api.ok(importMutation, { markdown });
    const before = (await api.ok(linksOf, { name: 'VMS-010' })).asset;
    expect(before.incidentLinks.map((l: any) => [l.incident.startedOn, l.direct])).toEqual([['2025-02-11', true], ['2024-08-13', true]]);

    await api.ok(importMutation, { markdown: fixture('2025-03-replica-moved-to-new-host.md') });
    await api.ok(importMutation, { markdown: fixture('2025-05-replica-disk-full.md') });

    const slave = (await api.ok(linksOf, { name: 'SLAVE-1' })).asset;
    expect(slave.parent.name).toBe('VMS-020');
    expect(slave.placements.map((p: any) => [p.host?.name, p.validFrom, p.validTo])).toEqual([
      ['VMS-010', null, '2025-03-03'],
      ['VMS-020', '2025-03-03', null],
    ]);
    expect(slave.placements[1].provenance.rule).toMatch(/moved/);

    // The May incident names only SLAVE-1: it counts for VMS-020 (inherited), and not for VMS-010.
    const oldHost = (await api.ok(linksOf, { name: 'VMS-010' })).asset;
    expect(oldHost.incidentLinks.map((l: any) => l.incident.startedOn)).not.toContain('2025-05-12');
    const newHost = (await api.ok(linksOf, { name: 'VMS-020' })).asset;
    expect(newHost.incidentLinks.map((l: any) => [l.incident.startedOn, l.direct])).toEqual([['2025-05-12', false], ['2025-03-03', true]]);

    // The replica's failed disk in May is evidence of a gap on the host it ran on then.
    const gaps = (await api.ok(`{ spareHardwareGaps { asset { name } evidence { startedOn } } }`)).spareHardwareGaps;
    const evidence = (name: string) => gaps.find((g: any) => g.asset.name === name)?.evidence.map((i: any) => i.startedOn) ?? [];
    expect(evidence('VMS-020')).toEqual(['2025-05-12']);
    expect(evidence('VMS-010')).not.toContain('2025-05-12');
  });

  it('reopens the old hosting when the report that moved the replica is re-imported without the move', async () => {
    const api = suite.api();
    const corrected = fixture('2025-03-replica-moved-to-new-host.md').replace(' SLAVE-1 had been moved from VMS-010 to VMS-020 on 3 Mar 2025 at 22:00.', '');
    expect((await api.ok(importMutation, { markdown: corrected })).importIncidentReport.outcome).toBe('UPDATED');
    const slave = (await api.ok(linksOf, { name: 'SLAVE-1' })).asset;
    expect(slave.placements.map((p: any) => [p.host?.name, p.validFrom, p.validTo])).toEqual([['VMS-010', null, null]]);
    expect(slave.parent.name).toBe('VMS-010');
    const oldHost = (await api.ok(linksOf, { name: 'VMS-010' })).asset;
    expect(oldHost.incidentLinks.find((l: any) => l.incident.startedOn === '2025-05-12')).toMatchObject({ direct: false });
  });
});
