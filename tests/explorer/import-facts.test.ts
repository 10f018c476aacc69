import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPglite } from '../../db/pglite.js';
import type { Database } from '../../db/types.js';
import { createApi, type Api } from '../support/api.js';
import { shippedReports } from '../support/reports.js';

const DRY_RUN = `mutation($markdown: String!) {
  importIncidentReport(markdown: $markdown, dryRun: true) {
    outcome incidentKey
    counts { timelineEvents causes recommendations signOffs assetFacts findings }
    facts { kind label detail startLine endLine rule categories addressesCauses number }
  }
}`;

interface Fact {
  kind: string;
  label: string;
  detail: string | null;
  startLine: number;
  endLine: number;
  rule: string;
  categories: string[];
  addressesCauses: number[];
  number: number | null;
}

describe("an import's facts with their report lines, for the explorer's Import view", () => {
  let database: Database;
  let api: Api;
  let result: { outcome: string; incidentKey: string; counts: Record<string, number>; facts: Fact[] };

  beforeAll(async () => {
    database = await openPglite();
    api = createApi(database, { id: 'editor', role: 'EDITOR' });
    result = (await api.ok<{ importIncidentReport: typeof result }>(DRY_RUN, { markdown: shippedReports.firewall2025 })).importIncidentReport;
  });
  afterAll(async () => {
    await database.close();
  });

  const find = (kind: string, label: string) => result.facts.find((f) => f.kind === kind && f.label === label);

  it('lists every fact of a dry run on the lines it was read from, in line order', () => {
    expect(result.outcome).toBe('CREATED');
    const starts = result.facts.map((f) => f.startLine);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(find('INCIDENT', 'title')).toMatchObject({ startLine: 1, endLine: 1 });
    expect(find('PARTY', 'Jia Jun')).toMatchObject({ startLine: 9, detail: 'Security Architect' });
    expect(find('INCIDENT', 'period')).toMatchObject({ startLine: 23, detail: '2025-06-07 – 2025-06-10' });
    expect(find('TIME', '01:00')).toMatchObject({ startLine: 33 });
    expect(find('CAUSE', 'root cause 1')).toMatchObject({ startLine: 53, endLine: 53, categories: ['SOFTWARE_BUG'], number: 1 });
    expect(find('RECOMMENDATION', 'recommendation 1')).toMatchObject({ startLine: 60, addressesCauses: [2] });
    expect(find('SIGN_OFF', 'report by: Jia Jun')).toMatchObject({ startLine: 65 });
    expect(find('SIGN_OFF', 'report by: Anson Tsang')).toMatchObject({ startLine: 65 });
  });

  it('lists as many entries, causes, recommendations, sign-offs, asset facts and findings as the import counts', () => {
    const count = (kind: string) => result.facts.filter((f) => f.kind === kind).length;
    expect(count('ENTRY')).toBe(result.counts.timelineEvents);
    expect(count('CAUSE')).toBe(result.counts.causes);
    expect(count('RECOMMENDATION')).toBe(result.counts.recommendations);
    expect(count('SIGN_OFF')).toBe(result.counts.signOffs);
    expect(count('ASSET_FACT')).toBe(result.counts.assetFacts);
    expect(count('FINDING')).toBe(result.counts.findings);
  });

  it('stores nothing in a dry run', async () => {
    const { incident } = await api.ok<{ incident: unknown }>('query($key: String!) { incident(key: $key) { key } }', { key: result.incidentKey });
    expect(incident).toBeNull();
  });
});
