import { describe, expect, it } from 'vitest';
import { findAssets } from '../../src/import/extract/asset-mentions.js';
import { readAssetMoves } from '../../src/import/extract/asset-moves.js';

const ENTRY_DATE = '2025-03-01';

/** The sentence's placements as `asset -> host or status @ from`. */
function read(text: string): string[] {
  const facts = readAssetMoves([{ sentence: { text, span: { file: 'report.md', line: 7 } as never }, assets: findAssets(text), date: ENTRY_DATE }]);
  return facts.map((p) => `${p.assetKey} -> ${p.hostKey ?? p.status} @ ${p.validFrom}`);
}

describe('asset moves', () => {
  it.each([
    ['SLAVE-1 had been moved from VMS-010 to VMS-020 on 3 Mar 2025.', ['SLAVE-1 -> VMS-20 @ 2025-03-03']],
    ['SLAVE-1 was live-migrated to VMS-020.', ['SLAVE-1 -> VMS-20 @ 2025-03-01']],
    ['SLAVE-1 was migrated off VMS-010 onto VMS-020.', ['SLAVE-1 -> VMS-20 @ 2025-03-01']],
    ['SLAVE-1 was moved on 3 Mar 2025 to VMS-020.', ['SLAVE-1 -> VMS-20 @ 2025-03-03']],
    ['Moved SLAVE-1 to VMS-020.', ['SLAVE-1 -> VMS-20 @ 2025-03-01']],
    ['The team migrated SLAVE-1 and SLAVE-2 to VMS-020.', ['SLAVE-1 -> VMS-20 @ 2025-03-01', 'SLAVE-2 -> VMS-20 @ 2025-03-01']],
    ['SLAVE-1 and SLAVE-2 were migrated to VMS-020.', ['SLAVE-1 -> VMS-20 @ 2025-03-01', 'SLAVE-2 -> VMS-20 @ 2025-03-01']],
    ['After the failure on VMS-010, SLAVE-1 was moved to VMS-020.', ['SLAVE-1 -> VMS-20 @ 2025-03-01']],
    ['SLAVE-1 is now hosted on VMS-020.', ['SLAVE-1 -> VMS-20 @ 2025-03-01']],
    ['SLAVE-1 now runs on VMS-020.', ['SLAVE-1 -> VMS-20 @ 2025-03-01']],
  ])('reads a move: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['SLAVE-1 was re-seeded from MASTER-01 on VMS-020.', ['SLAVE-1 -> VMS-20 @ 2025-03-01']],
    ['SLAVE-1 was reseeded on VMS-020 from MASTER-01.', ['SLAVE-1 -> VMS-20 @ 2025-03-01']],
    ['MASTER-01 was restored on VMS-020.', ['MASTER-1 -> VMS-20 @ 2025-03-01']],
    ["MASTER-01 was restored from last night's dump on VMS-020.", ['MASTER-1 -> VMS-20 @ 2025-03-01']],
    ['MASTER-01 was rebuilt as a new VM on VMS-020.', ['MASTER-1 -> VMS-20 @ 2025-03-01']],
  ])('reads a re-seed, restore or rebuild on a host: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('reads a re-seed with no host as no hosting change: the source is not a new host', () => {
    expect(read('SLAVE-1 was re-seeded from MASTER-01.')).toEqual([]);
  });

  it('reads "rebuilt as" another asset as the old one retired and the new one placed', () => {
    expect(read('MASTER-01 was rebuilt as MASTER-02 on VMS-020.')).toEqual(['MASTER-1 -> RETIRED @ 2025-03-01', 'MASTER-2 -> VMS-20 @ 2025-03-01']);
  });

  it.each([
    ['EDGE-FW-02 was replaced by EDGE-FW-03.'],
    ['EDGE-FW-02 was replaced with EDGE-FW-03.'],
    ['EDGE-FW-02 was swapped for EDGE-FW-03.'],
    ['We replaced EDGE-FW-02 with EDGE-FW-03.'],
    ['EDGE-FW-02 was replaced by EDGE-FW-03 and decommissioned.'],
  ])('retires the replaced asset, never its replacement: %s', (text) => {
    expect(read(text)).toEqual(['EDGEFW-2 -> RETIRED @ 2025-03-01']);
  });

  it.each([
    ['VMS-010 was decommissioned.', ['VMS-10 -> RETIRED @ 2025-03-01']],
    ['We decommissioned VMS-010 on 4 Apr 2025.', ['VMS-10 -> RETIRED @ 2025-04-04']],
    ['VMS-010 was taken out of service.', ['VMS-10 -> RETIRED @ 2025-03-01']],
  ])('reads a decommissioning: %s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each([
    ['VMS-010 will be decommissioned next quarter.'],
    ['VMS-010 was not decommissioned.'],
    ['SLAVE-1 will be moved to VMS-020 next week.'],
    ['SLAVE-1 should be migrated to VMS-020.'],
  ])('reads no change from a plan or a denial: %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('keeps the sentence and its place as provenance', () => {
    const text = 'SLAVE-1 was migrated to VMS-020.';
    const [fact] = readAssetMoves([{ sentence: { text, span: { file: 'report.md', line: 7 } as never }, assets: findAssets(text), date: ENTRY_DATE }]);
    expect(fact).toMatchObject({ text, span: { line: 7 }, rule: 'moved:"migrated to VMS-020"' });
  });
});
