import { describe, expect, it } from 'vitest';
import { findAssets } from '../../src/import/asset-mentions.js';

const keysIn = (text: string) => [...new Set(findAssets(text).map((hit) => hit.name))];

describe('asset code ranges', () => {
  it('reads "WEB-01 to WEB-04" as every unit in between', () => {
    expect(keysIn('Patches were applied to WEB-01 to WEB-04 overnight.')).toEqual(['WEB-01', 'WEB-02', 'WEB-03', 'WEB-04']);
  });

  it('reads "moved from VMS-010 to VMS-020" as two hosts, not the units between them', () => {
    expect(keysIn('SLAVE-1 had been moved from VMS-010 to VMS-020 on 3 Mar 2025.').sort()).toEqual(['SLAVE-1', 'VMS-010', 'VMS-020']);
  });
});
