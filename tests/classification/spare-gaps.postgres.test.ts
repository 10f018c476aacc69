import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { importMutation, shippedReports } from '../support/reports.js';
import { describeOnDriver } from '../support/suite.js';

const variant = readFileSync(new URL('../fixtures/cause-variants/2025-09-storage-array-and-interconnect-outage.md', import.meta.url), 'utf8');
const gapsQuery = `{ spareHardwareGaps(withEvidenceOnly: true) { asset { name kind } reason daysWaitingForHardware } }`;

describeOnDriver('postgres', 'Spare and redundancy gaps for every critical kind', (suite) => {
  it('finds a storage array, a core switch and the only interconnect link with no spare, beside the shipped gaps', async () => {
    const api = suite.api();
    for (const markdown of Object.values(shippedReports)) await api.ok(importMutation, { markdown });
    const before = (await api.ok(gapsQuery)).spareHardwareGaps.map((g: any) => g.asset.name).sort();
    expect(before).toEqual(['EDGE-FW-01', 'EDGE-FW-02', 'Edge Firewall', 'VMS-010']);

    await api.ok(importMutation, { markdown: variant });
    const gaps = (await api.ok(gapsQuery)).spareHardwareGaps;
    const byName = Object.fromEntries(gaps.map((g: any) => [g.asset.name, g]));
    expect(Object.keys(byName).sort()).toEqual(['CORE-SW-01', 'EDGE-FW-01', 'EDGE-FW-02', 'Edge Firewall', 'SAN-01', 'Site interconnect link', 'VMS-010']);
    expect(byName['SAN-01']).toMatchObject({ asset: { kind: 'STORAGE_ARRAY' }, daysWaitingForHardware: 6 });
    expect(byName['CORE-SW-01'].asset.kind).toBe('SWITCH');
    expect(byName['Site interconnect link'].asset.kind).toBe('LINK');
    expect(byName['VMS-010'].daysWaitingForHardware).toBe(3);
  });
});
