import { describe, expect, it } from 'vitest';
import { normaliseAssetKey, normalisePersonKey } from '../../src/import/extract/extract-facts.js';
import { isNearName } from '../../src/import/extract/parties.js';

describe('normaliseAssetKey', () => {
  it('reads VMS010, VMS-010, VMS10 and "vms 010" as one key', () => {
    const keys = new Set(['VMS010', 'VMS-010', 'VMS10', 'vms 010', 'Vms_010'].map(normaliseAssetKey));
    expect([...keys]).toEqual(['VMS-10']);
  });

  it('reads "Master 2" and "MASTER-02" as one key', () => {
    expect(normaliseAssetKey('Master 2')).toBe(normaliseAssetKey('MASTER-02'));
  });

  it('keeps SLAVE-1 stable and distinct from MASTER-1', () => {
    expect(normaliseAssetKey('SLAVE-1')).toBe('SLAVE-1');
    expect(normaliseAssetKey('SLAVE-01')).toBe('SLAVE-1');
    expect(normaliseAssetKey('SLAVE-1')).not.toBe(normaliseAssetKey('MASTER-1'));
  });

  it('does not merge different numbers or a zero with nothing', () => {
    expect(normaliseAssetKey('VMS-010')).not.toBe(normaliseAssetKey('VMS-100'));
    expect(normaliseAssetKey('NODE-0')).toBe('NODE-0');
  });
});

describe('normalisePersonKey and near-name matching', () => {
  it('ignores case, spacing and accents', () => {
    expect(normalisePersonKey('  Mary   HUI ')).toBe(normalisePersonKey('mary hui'));
    expect(normalisePersonKey('José Núñez')).toBe('jose-nunez');
  });

  it('treats one small spelling difference in one name part as the same person', () => {
    expect(isNearName('Mary Hun', 'Mary Hui')).toBe(true);
    expect(isNearName('Nick Hung', 'Nick Huang')).toBe(true);
  });

  it('keeps different people apart', () => {
    expect(isNearName('Oscar Fung', 'Dicky Fung')).toBe(false);
    expect(isNearName('Kevin Li', 'Kevin Lo')).toBe(false);
    expect(isNearName('Anson Tsang', 'Tsang Kwok Wo')).toBe(false);
  });
});
