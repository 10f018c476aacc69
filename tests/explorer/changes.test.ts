import { describe, expect, it } from 'vitest';
import { compareWithStored, type StoredIncident } from '../../src/explorer/browser/import/changes.js';
import type { Fact, ImportResult } from '../../src/explorer/browser/import/review-model.js';

const fact = (kind: Fact['kind'], label: string, detail: string | null): Fact => ({ kind, label, detail, startLine: 1, endLine: 1, rule: 'test', categories: [], addressesCauses: [], number: null, position: null, needsReview: false, reviewReason: null });

const stored: StoredIncident = {
  key: '2025-06-x', title: 'Edge outage', version: 3, startedOn: '2025-06-07', endedOn: '2025-06-10', location: null, symptoms: [],
  timeline: { totalCount: 3 },
  causes: [{ position: 1, kind: 'ROOT', text: 'A firmware bug.', categories: ['SOFTWARE_BUG'] }, { position: 2, kind: 'CONTRIBUTING', text: 'No spare.', categories: ['SPARE_SHORTAGE'] }],
  findings: [], recommendations: [{ text: 'Keep a spare.' }], signOffs: [{ kind: 'REPORT_BY' }], assets: [{ name: 'EDGE-FW-01' }, { name: 'EDGE-FW-02' }],
  participants: [{ party: { name: 'Jia Jun' } }], teams: [{ name: 'DC' }], assetFacts: [],
};

const result: ImportResult = {
  outcome: 'UPDATED', dryRun: true, incidentKey: '2025-06-x', markdown: '', unread: [],
  counts: { parties: 1, assets: 1, teams: 2, services: 0, timelineEvents: 4, causes: 1, findings: 0, recommendations: 1, signOffs: 1, assetFacts: 0 },
  entities: [
    { type: 'ASSET', name: 'EDGE-FW-01', reportName: 'EDGE-FW-01', created: false, matchedBy: 'name', decision: null, spellings: ['EDGE-FW-01'], possibleDuplicates: [] },
    { type: 'PARTY', name: 'Jia Jun', reportName: 'Jia Jun', created: false, matchedBy: 'name', decision: null, spellings: ['Jia Jun'], possibleDuplicates: [] },
    { type: 'TEAM', name: 'DC', reportName: 'DC', created: false, matchedBy: 'name', decision: null, spellings: ['DC'], possibleDuplicates: [] },
    { type: 'TEAM', name: 'Network', reportName: 'Network', created: true, matchedBy: null, decision: null, spellings: ['Network'], possibleDuplicates: [] },
  ],
  warnings: [],
  facts: [
    fact('INCIDENT', 'title', 'Edge firewall outage'),
    fact('INCIDENT', 'period', '2025-06-07 – 2025-06-10'),
    fact('CAUSE', 'root cause 1', 'A firmware bug.'),
    fact('RECOMMENDATION', 'recommendation 1', 'prevent: Keep a spare.'),
  ],
};

describe('what an update would change against the stored incident', () => {
  const changes = compareWithStored(result, stored);
  const row = (what: string) => changes.find((c) => c.what === what);

  it('compares the fields both sides give', () => {
    expect(row('Title')).toMatchObject({ stored: 'Edge outage', next: 'Edge firewall outage', kind: 'changed' });
    expect(row('Period')).toMatchObject({ kind: 'same' });
  });

  it('names what the report no longer has, and counts what it adds', () => {
    expect(row('Causes')).toMatchObject({ stored: '2', next: '1', kind: 'loses', removed: ['No spare.'] });
    expect(row('Assets')).toMatchObject({ kind: 'loses', removed: ['EDGE-FW-02'] });
    expect(row('Recommendations')).toMatchObject({ kind: 'same', removed: [] });
    expect(row('Timeline entries')).toMatchObject({ stored: '3', next: '4', kind: 'adds' });
    expect(row('Teams')).toMatchObject({ kind: 'adds', removed: [] });
    expect(row('Parties')).toMatchObject({ kind: 'same' });
  });
});
