import { describe, expect, it } from 'vitest';
import { findAssets } from '../../src/import/extract/asset-mentions.js';

const keysIn = (text: string) => [...new Set(findAssets(text).map((hit) => hit.name))];

describe('asset code ranges', () => {
  it('reads "WEB-01 to WEB-04" as every unit in between', () => {
    expect(keysIn('Patches were applied to WEB-01 to WEB-04 overnight.')).toEqual(['WEB-01', 'WEB-02', 'WEB-03', 'WEB-04']);
  });

  it('reads "moved from VMS-010 to VMS-020" as two hosts, not the units between them', () => {
    expect(keysIn('SLAVE-1 had been moved from VMS-010 to VMS-020 on 3 Mar 2025.').sort()).toEqual(['SLAVE-1', 'VMS-010', 'VMS-020']);
  });
});

describe('unit codes within a lettered group', () => {
  it('reads "TOR-B1 and TOR-B2" as two switches and "PDU-B1" as a unit', () => {
    const hits = findAssets('HV-08 lost its uplink to TOR-B1 while TOR-B2 was upgraded; PDU-B1 tripped.');
    expect(hits.map((h) => [h.name, h.kind])).toEqual([['HV-08', 'OTHER'], ['TOR-B1', 'SWITCH'], ['TOR-B2', 'SWITCH'], ['PDU-B1', 'OTHER']]);
  });

  it('does not read a single letter and number without a group prefix ("rack B1", "B-1")', () => {
    expect(keysIn('Rack B1 and row B-1 were checked.')).toEqual([]);
  });
});
