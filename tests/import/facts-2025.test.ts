import { describe, expect, it } from 'vitest';
import { normaliseAssetKey } from '../../src/import/extract/extract-facts.js';
import { factsOf, REPORTS } from './reports.js';

describe('2025-02 HNFS panel database loss and backup restore failure', () => {
  const facts = factsOf(REPORTS.feb2025);
  const asset = (name: string) => facts.assets.find((a) => a.key === normaliseAssetKey(name));

  it('reads 7 parties with Mary Hui and Nick Huang spelled as listed, so no alias warning', () => {
    expect(facts.parties).toHaveLength(7);
    expect(facts.parties.map((p) => p.name)).toEqual(expect.arrayContaining(['Mary Hui', 'Nick Huang']));
    expect(facts.warnings.filter((w) => w.code === 'PARTY_ALIAS_MERGED')).toEqual([]);
  });

  it('reads 4 events with the times 18:40, 21:15, 16:05 and 23:50', () => {
    expect(facts.events).toHaveLength(4);
    expect(facts.events[0]?.times.map((t) => t.time)).toEqual(['18:40', '21:15']);
    expect(facts.events[1]?.times.map((t) => t.time)).toEqual(['16:05', '23:50']);
  });

  it('reads MASTER-01, MASTER-02 and SLAVE-1 as hosted on VMS10, the same host as VMS-010', () => {
    const host = normaliseAssetKey('VMS10');
    for (const name of ['MASTER-01', 'MASTER-02', 'SLAVE-1']) expect(asset(name)?.parentKey).toBe(host);
    expect(asset('VMS-010')?.aliases).toEqual(expect.arrayContaining(['VMS10', 'VMS-010']));
  });

  it('reads BKP-NAS-01 as a backup asset whose dumps were empty since 6 Jan 2025', () => {
    expect(asset('BKP-NAS-01')?.kind).toBe('BACKUP');
    expect(facts.assetFacts).toContainEqual(
      expect.objectContaining({ assetKey: normaliseAssetKey('BKP-NAS-01'), kind: 'BACKUP_FAILING', since: '2025-01-06', sincePrecision: 'DAY', observedOn: '2025-02-12' }),
    );
  });

  it('reads 4 causes with their categories', () => {
    expect(facts.causes.map((c) => c.categories)).toEqual([
      ['HUMAN_ERROR', 'CHANGE_MANAGEMENT'],
      ['BACKUP', 'MONITORING_GAP'],
      ['BACKUP'],
      ['CAPACITY', 'CONFIGURATION'],
    ]);
  });

  it('dates the silent backup failures from 6 Jan 2025', () => {
    expect(facts.causes[1]).toMatchObject({ since: '2025-01-06', sincePrecision: 'DAY' });
  });

  it('marks the third cause as the August 2024 hourly-backup recommendation not implemented', () => {
    expect(facts.causes[2]).toMatchObject({ refersToEarlierRecommendation: true, earlierIncidentMonth: '2024-08', since: null });
    expect(facts.causes.filter((c) => c.refersToEarlierRecommendation)).toHaveLength(1);
  });

  it('reads 4 recommendations, the hourly backup due before 31 Mar 2025', () => {
    expect(facts.recommendations).toHaveLength(4);
    expect(facts.recommendations.map((r) => r.dueDate)).toEqual([null, '2025-03-31', null, null]);
    expect(facts.recommendations.map((r) => r.addressesCauseOrders)).toEqual([[2], [3], [1], [4]]);
  });

  it('reads the incident closed on 14 Feb 2025 by the Chairman of ERG', () => {
    expect(facts.incident.closedOn).toBe('2025-02-14');
    expect(facts.signOffs.find((s) => s.kind === 'INCIDENT_CLOSED')).toMatchObject({ partyName: 'Alex Liang' });
  });
});

describe('2025-06 Edge firewall firmware upgrade outage', () => {
  const facts = factsOf(REPORTS.jun2025);
  const asset = (name: string) => facts.assets.find((a) => a.key === normaliseAssetKey(name));
  const key = normaliseAssetKey;

  it('reads 6 parties and 3 events with the times 01:00, 03:30, 11:20 and 18:00', () => {
    expect(facts.parties).toHaveLength(6);
    expect(facts.events).toHaveLength(3);
    expect(facts.events.flatMap((e) => e.times.map((t) => t.time))).toEqual(['01:00', '03:30', '11:20', '18:00']);
    expect(facts.events[2]).toMatchObject({ startDate: '2025-06-09', endDate: '2025-06-10' });
  });

  it('reads EDGE-FW-01 and EDGE-FW-02 as parts of the Edge Firewall and HA partners of each other', () => {
    expect(asset('EDGE-FW-01')).toMatchObject({ kind: 'FIREWALL', parentKey: key('Edge Firewall'), partnerKey: key('EDGE-FW-02') });
    expect(asset('EDGE-FW-02')).toMatchObject({ kind: 'FIREWALL', parentKey: key('Edge Firewall'), partnerKey: key('EDGE-FW-01') });
  });

  it('reads CR-01 as a router and the out-of-band management network', () => {
    expect(asset('CR-01')?.kind).toBe('ROUTER');
    expect(asset('Out-of-band management network')?.kind).toBe('NETWORK_SEGMENT');
  });

  it('reads 4 causes with their categories', () => {
    expect(facts.causes.map((c) => c.categories)).toEqual([
      ['SOFTWARE_BUG'],
      ['CHANGE_MANAGEMENT'],
      ['HARDWARE_FAILURE', 'SPARE_SHORTAGE', 'REDUNDANCY'],
      ['CONFIGURATION', 'REDUNDANCY'],
    ]);
    expect(facts.causes[2]?.assetKeys).toEqual([key('EDGE-FW-02')]);
  });

  it('reads the HA partner EDGE-FW-02 down since March 2025', () => {
    expect(facts.assetFacts).toContainEqual(
      expect.objectContaining({ assetKey: key('EDGE-FW-02'), kind: 'HA_PARTNER_DOWN', since: '2025-03-01', sincePrecision: 'MONTH', observedOn: '2025-06-07' }),
    );
    expect(facts.assetFacts).toContainEqual(expect.objectContaining({ assetKey: key('EDGE-FW-02'), kind: 'POWERED_OFF', since: '2025-03-01' }));
    expect(facts.causes[2]).toMatchObject({ since: '2025-03-01', sincePrecision: 'MONTH' });
  });

  it('reads 4 recommendations, each linked to the cause it addresses', () => {
    expect(facts.recommendations.map((r) => r.addressesCauseOrders)).toEqual([[2], [3], [3], [4]]);
    expect(facts.recommendations.map((r) => r.type)).toEqual(['PROCESS', 'MITIGATE', 'DETECT', 'PREVENT']);
  });

  it('reads the emergency purchase approved by the Chief Finance Officer on 8 Jun 2025', () => {
    expect(facts.signOffs.find((s) => s.kind === 'PURCHASE_APPROVED')).toMatchObject({
      date: '2025-06-08',
      partyName: 'Dicky Fung',
      roleTitle: 'Chief Finance Officer',
    });
  });

  it('reads the incident closed on 10 Jun 2025 from the sentence, not the entry start (9 Jun)', () => {
    expect(facts.incident.closedOn).toBe('2025-06-10');
  });

  it('reads the power supply of EDGE-FW-02 requested 8 Jun and replaced 10 Jun', () => {
    const f = (kind: string) => facts.assetFacts.filter((x) => x.assetKey === key('EDGE-FW-02') && x.kind === kind).map((x) => x.observedOn);
    expect(f('REPLACEMENT_REQUESTED')).toEqual(['2025-06-08']);
    expect(f('REPLACEMENT_ARRIVED')).toEqual(['2025-06-10']);
  });
});
