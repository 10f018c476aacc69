import { describe, expect, it } from 'vitest';
import { normaliseAssetKey } from '../../src/import/extract/extract-facts.js';
import { factsOf, REPORTS } from './reports.js';

const facts = factsOf(REPORTS.aug2024);
const asset = (name: string) => facts.assets.find((a) => a.key === normaliseAssetKey(name));
const party = (name: string) => facts.parties.find((p) => p.name === name);
const assetFacts = (name: string, kind: string) => facts.assetFacts.filter((f) => f.assetKey === normaliseAssetKey(name) && f.kind === kind);

describe('2024-08 DMZ migration and panel failure: the incident', () => {
  it('keys the incident by start month and title', () => {
    expect(facts.incident.key).toBe('2024-08-dmz-migration-and-panel-system-failure');
    expect(facts.incident).toMatchObject({ start: '2024-08-13', end: '2024-08-22' });
  });

  it('reads the closing date 28 Aug 2024 from "Incident case is closed"', () => {
    expect(facts.incident.closedOn).toBe('2024-08-28');
  });

  it('summarises with the first paragraph of the description', () => {
    expect(facts.incident.summary).toMatch(/^A planned job is issued by the IT department/);
  });
});

describe('2024-08: people and roles', () => {
  it('lists 10 parties, each with a title', () => {
    const listed = facts.parties.filter((p) => p.roles.includes('LISTED'));
    expect(listed).toHaveLength(10);
    expect(listed.every((p) => p.title !== null && p.title !== '')).toBe(true);
    expect(facts.parties).toHaveLength(10);
  });

  it('reads "Mary Hui" in the text and sign-off as the listed "Mary Hun", and warns about it', () => {
    expect(party('Mary Hun')?.aliases).toEqual(['Mary Hui']);
    expect(facts.warnings).toContainEqual(expect.objectContaining({ code: 'PARTY_ALIAS_MERGED', candidates: ['Mary Hun'] }));
    const inText = facts.events[0]?.mentions.find((m) => m.type === 'PARTY' && m.surface === 'Mary Hui');
    expect(inText?.name).toBe('Mary Hun');
  });

  it('reads "Nick Huang" in the sign-off as the listed "Nick Hung", and warns about it', () => {
    expect(party('Nick Hung')?.aliases).toEqual(['Nick Huang']);
    expect(facts.warnings).toContainEqual(expect.objectContaining({ code: 'PARTY_ALIAS_MERGED', candidates: ['Nick Hung'] }));
  });

  it('finds the Chief Information and Operations Officer (COIO) as a role without a listed person', () => {
    expect(facts.roleParties).toEqual([
      expect.objectContaining({ title: 'Chief Information and Operations Officer', abbreviation: 'COIO' }),
    ]);
  });

  it('gives parties their sign-off roles and team from their title', () => {
    expect(party('Ivan Cheung')).toMatchObject({ teamKey: 'cloud-infra' });
    expect(party('Ivan Cheung')?.roles).toContain('REPORTER');
    expect(party('Alex Liang')?.roles).toEqual(expect.arrayContaining(['VERIFIER', 'APPROVER']));
    expect(party('Dicky Fung')?.roles).toEqual(expect.arrayContaining(['VERIFIER', 'APPROVER']));
  });
});

describe('2024-08: assets', () => {
  it('reads VMS010, VMS10 and VMS-010 as one asset, the production cluster host', () => {
    const vms = asset('VMS-010');
    expect(vms).toMatchObject({ name: 'VMS-010', kind: 'HOST' });
    expect(vms?.aliases).toEqual(expect.arrayContaining(['VMS010', 'VMS10', 'VMS-010']));
    expect(facts.assets.filter((a) => a.key.startsWith('VMS'))).toHaveLength(1);
  });

  it('reads MASTER-01, MASTER-02 (also written MASTER-01/02) and SLAVE-1 as database nodes', () => {
    for (const name of ['MASTER-01', 'MASTER-02', 'SLAVE-1']) expect(asset(name)?.kind).toBe('DATABASE_NODE');
    expect(facts.causes[2]?.assetKeys).toEqual([normaliseAssetKey('MASTER-01'), normaliseAssetKey('MASTER-02')]);
  });

  it('reads the firewalls, the networks DMZ-1, DMZ-2 and CFT, and the stand-in servers', () => {
    for (const name of ['Edge Firewall', 'DMZ Firewall', 'External Firewall']) expect(asset(name)?.kind).toBe('FIREWALL');
    for (const name of ['DMZ-1', 'DMZ-2', 'CFT']) expect(asset(name)?.kind).toBe('NETWORK_SEGMENT');
    expect(asset('Temporary database server')?.kind).toBe('SERVER');
    expect(asset('Replacement server')?.kind).toBe('SERVER');
  });
});

describe('2024-08: teams and services', () => {
  it('finds the teams, with "infra" and "cloud & infra" as one team', () => {
    expect(facts.teams.map((t) => t.key).sort()).toEqual(
      ['cloud-infra', 'cs', 'database', 'dc', 'dev', 'erg', 'network', 'security', 'service', 'working-group'].sort(),
    );
    expect(facts.teams.find((t) => t.key === 'cloud-infra')?.name).toBe('Cloud and Infrastructure');
  });

  it('finds the services, reading "RCN and HNFS panel" as the HNFS/RCN panel', () => {
    expect(facts.services.map((s) => s.key).sort()).toEqual(
      ['hnfs-rcn-panel', 'hnics', 'hnps-panel', 'internal-systems', 'paid-panel', 'panel', 'website'].sort(),
    );
  });
});

describe('2024-08: timeline events', () => {
  it('turns the 12 entries into 12 events with their first time', () => {
    expect(facts.events).toHaveLength(12);
    expect(facts.events.map((e) => e.time)).toEqual([null, null, null, null, null, '23:00', '10:00', null, null, null, '17:00', null]);
  });

  it('reads the phases from cue words, primary first', () => {
    expect(facts.events[0]?.phases[0]).toBe('DETECTION');
    expect(facts.events[1]?.phases).toContain('MITIGATION');
    expect(facts.events[3]?.phases).toContain('ESCALATION');
    expect(facts.events[6]?.phases[0]).toBe('RECOVERY');
    expect(facts.events[9]?.phases).toEqual(['FOLLOW_UP']);
    expect(facts.events[11]?.phases).toEqual(['CLOSURE']);
  });

  it('records the firewall OS bug (13 Aug) and the asymmetric routing (14 Aug) as timeline findings', () => {
    expect(facts.findings).toContainEqual(expect.objectContaining({ date: '2024-08-13', categories: ['SOFTWARE_BUG'] }));
    expect(facts.findings).toContainEqual(expect.objectContaining({ date: '2024-08-14', categories: ['NETWORK_ROUTING'] }));
  });
});

describe('2024-08: causes and recommendations', () => {
  it('reads 3 causes with their categories', () => {
    expect(facts.causes.map((c) => c.categories)).toEqual([
      ['CHANGE_MANAGEMENT'],
      ['HARDWARE_FAILURE', 'SPARE_SHORTAGE'],
      ['DATA_REPLICATION', 'MONITORING_GAP'],
    ]);
    expect(facts.causes[1]?.assetKeys).toEqual([normaliseAssetKey('VMS-010')]);
  });

  it('dates the out-of-sync cause from "out-of-sync since May 2024"', () => {
    expect(facts.causes[2]).toMatchObject({ since: '2024-05-01', sincePrecision: 'MONTH' });
  });

  it('links each of the 3 recommendations to the cause it addresses', () => {
    expect(facts.recommendations.map((r) => r.addressesCauseOrders)).toEqual([[1], [2], [3]]);
    expect(facts.recommendations.map((r) => r.type)).toEqual(['PROCESS', 'MITIGATE', 'MITIGATE']);
  });
});

describe('2024-08: sign-offs', () => {
  const of = (kind: string) => facts.signOffs.filter((s) => s.kind === kind);

  it('reads report by 3, verified by 1 and additional verification by 4', () => {
    expect(of('REPORT_BY').map((s) => s.partyName)).toEqual(['Ivan Cheung', 'Anson Tsang', 'Oscar Fung']);
    expect(of('VERIFIED_BY').map((s) => s.partyName)).toEqual(['Alex Liang']);
    expect(of('ADDITIONAL_VERIFICATION').map((s) => s.partyName)).toEqual(['Dicky Fung', 'Mary Hun', 'Tsang Kwok Wo', 'Nick Hung']);
  });

  it('reads the 1st class emergency declared 16 Aug 2024, approved by the Chairman of ERG', () => {
    expect(of('EMERGENCY_DECLARED')).toEqual([
      expect.objectContaining({ date: '2024-08-16', partyName: 'Alex Liang', roleTitle: 'Chairman of Emergency Response Group' }),
    ]);
    expect(of('EMERGENCY_DECLARED')[0]?.detail).toMatch(/1st class.*Chief Information and Operations Officer/);
  });

  it('reads the emergency closed 22 Aug 2024, approved by the Chairman of ERG', () => {
    expect(of('EMERGENCY_CLOSED')).toEqual([expect.objectContaining({ date: '2024-08-22', partyName: 'Alex Liang' })]);
  });

  it('reads the new server approved by the Chief Finance Officer on 16 Aug 2024', () => {
    expect(of('PURCHASE_APPROVED')).toEqual([
      expect.objectContaining({ date: '2024-08-16', partyName: 'Dicky Fung', roleTitle: 'Chief Finance Officer', detail: 'new server' }),
    ]);
  });
});

describe('2024-08: asset facts', () => {
  it('reads the hardware failure on VMS-010 and that there was no spare', () => {
    expect(assetFacts('VMS-010', 'HARDWARE_FAILURE').length).toBeGreaterThan(0);
    expect(assetFacts('VMS-010', 'NO_SPARE')).toHaveLength(1);
  });

  it('reads the replacement for VMS-010 requested 16 Aug and arrived 19 Aug', () => {
    expect(assetFacts('VMS-010', 'REPLACEMENT_REQUESTED').map((f) => f.observedOn)).toEqual(['2024-08-16']);
    expect(assetFacts('VMS-010', 'REPLACEMENT_ARRIVED').map((f) => f.observedOn)).toEqual(['2024-08-19']);
  });

  it('reads the data out of sync since May 2024, found on 16 Aug 2024', () => {
    const sync = facts.assetFacts.find((f) => f.kind === 'OUT_OF_SYNC' && f.since !== null);
    expect(sync).toMatchObject({ since: '2024-05-01', sincePrecision: 'MONTH', observedOn: '2024-08-16' });
  });

  it('reads InnoDB corrupted on 15 Aug 2024', () => {
    expect(facts.assetFacts).toContainEqual(expect.objectContaining({ kind: 'CORRUPTED', observedOn: '2024-08-15', assetKey: normaliseAssetKey('InnoDB storage') }));
  });

  it('gives every fact a source line and the rule that produced it', () => {
    for (const f of [...facts.assetFacts, ...facts.signOffs, ...facts.causes, ...facts.recommendations, ...facts.assets]) {
      expect(f.span.startLine).toBeGreaterThan(0);
      expect(f.rule).not.toBe('');
    }
  });
});
