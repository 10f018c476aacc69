import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCauseClassifier } from '../../src/classification/load.js';
import type { ExtractedFacts } from '../../src/import/extract/extract-facts.js';
import { extractFacts } from '../../src/import/extract/extract-facts.js';
import { parseReport } from '../../src/import/parse/parse-report.js';
import { phraseClassifier as phraseOnly } from '../../src/classification/phrase-classifier.js';

const variant = readFileSync(new URL('../fixtures/cause-variants/2025-09-storage-array-and-interconnect-outage.md', import.meta.url), 'utf8');
let facts: ExtractedFacts;
beforeAll(async () => {
  facts = extractFacts(parseReport(variant), await loadCauseClassifier());
});

describe('a report written in other words than the shipped ones', () => {
  it('gives every cause a category', () => {
    expect(facts.causes.map((c) => c.categories.length > 0 || c.needsReview)).toEqual(facts.causes.map(() => true));
    const byStart = (start: string) => facts.causes.find((c) => c.text.startsWith(start))!.categories;
    expect(byStart('Two disks')).toEqual(expect.arrayContaining(['HARDWARE_FAILURE', 'SPARE_SHORTAGE']));
    expect(byStart('Unannounced maintenance')).toContain('THIRD_PARTY');
    expect(byStart('There was not enough free memory')).toContain('CAPACITY');
    expect(byStart('The failover promoted')).toContain('DATA_REPLICATION');
  });

  it('does not take "replication was confirmed in sync" for a data-replication finding', () => {
    expect(facts.findings.some((f) => /confirmed in sync/.test(f.text))).toBe(false);
  });

  it('knows a storage array, a core switch and an interconnect link by kind', () => {
    const kinds = Object.fromEntries(facts.assets.map((a) => [a.name, a.kind]));
    expect(kinds).toMatchObject({ 'SAN-01': 'STORAGE_ARRAY', 'CORE-SW-01': 'SWITCH', 'Site interconnect link': 'LINK' });
  });

  it('reads no spare or standby for the array, the switch and the only link', () => {
    const noSpare = new Set(facts.assetFacts.filter((f) => f.kind === 'NO_SPARE').map((f) => f.assetKey));
    expect([...noSpare].sort()).toEqual(['CORESW-1', 'SAN-1', 'SITEINTERCONNECTLINK']);
  });

  it('dates the disks asked for and delivered, for the array the causes say failed', () => {
    const of = (kind: string) => facts.assetFacts.filter((f) => f.kind === kind).map((f) => [f.assetKey, f.observedOn]);
    expect(of('REPLACEMENT_REQUESTED')).toEqual([['SAN-1', '2025-09-02']]);
    expect(of('REPLACEMENT_ARRIVED')).toEqual([['SAN-1', '2025-09-08']]);
  });

  it('reads an approval to rent, and the emergency and the incident closed in one sentence', () => {
    const decisions = facts.signOffs.filter((s) => !['REPORT_BY', 'VERIFIED_BY'].includes(s.kind)).map((s) => [s.kind, s.date]);
    expect(decisions).toEqual([
      ['EMERGENCY_DECLARED', '2025-09-03'], ['PURCHASE_APPROVED', '2025-09-04'], ['EMERGENCY_CLOSED', '2025-09-12'], ['INCIDENT_CLOSED', '2025-09-12'],
    ]);
    expect(facts.incident.closedOn).toBe('2025-09-12');
  });
});

describe('waits read from a duration', () => {
  it('dates the arrival from the request when the report gives only how long the vendor needed', async () => {
    const withoutDate = variant.replace('The replacement disks were delivered on 8 Sep 2025 and the array rebuild started. ', 'The array rebuild started. ');
    const facts = extractFacts(parseReport(withoutDate), await loadCauseClassifier());
    const arrived = facts.assetFacts.filter((f) => f.kind === 'REPLACEMENT_ARRIVED');
    expect(arrived.map((f) => [f.assetKey, f.observedOn])).toEqual([['SAN-1', '2025-09-08']]);
    expect(arrived[0]!.rule).toMatch(/needed six days/);
  });

  it('counts working days, and never reads an estimate as an arrival', async () => {
    const working = variant
      .replace('The replacement disks were delivered on 8 Sep 2025 and the array rebuild started. ', '')
      .replace('The vendor needed six days to ship them.', 'Delivery took four working days.');
    const arrivals = (text: string) => extractFacts(parseReport(text), phraseOnly).assetFacts.filter((f) => f.kind === 'REPLACEMENT_ARRIVED').map((f) => f.observedOn);
    expect(arrivals(working)).toEqual(['2025-09-08']);
    expect(arrivals(working.replace('Delivery took four working days.', 'Delivery would take four working days.'))).toEqual([]);
  });
});
