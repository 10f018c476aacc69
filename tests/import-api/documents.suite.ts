import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import type { DriverName } from '../support/databases.js';
import { importMutation } from '../support/reports.js';
import { rowCounts } from '../support/row-counts.js';
import { describeOnDriver } from '../support/suite.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/variants/${name}`, import.meta.url));
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const documentMutation = `mutation($document: ReportDocumentInput!, $dryRun: Boolean) {
  importIncidentDocument(document: $document, dryRun: $dryRun) {
    outcome dryRun incidentKey format
    counts { parties timelineEvents causes recommendations signOffs }
    warnings { code message line }
    unread { line text reason }
  }
}`;

const timelineQuery = `query($key: String!) { incident(key: $key) {
  timeline(first: 20) { edges { node { occurredOn timeOfDay times { time qualifier sentence } provenance { startLine excerpt } } } }
  signOffs { kind party { name } }
} }`;

export function documentSuite(driver: DriverName): void {
  describeOnDriver(driver, 'Importing reports from Word, HTML and plain text', (suite) => {
    it('imports a Word document sent as base64, with provenance lines in the text that was read', async () => {
      const api = suite.api();
      const content = fixture('v07-storage-migration-rollback.docx').toString('base64');
      const result = (await api.ok(documentMutation, { document: { content, encoding: 'BASE64', contentType: DOCX } })).importIncidentDocument;
      expect(result).toMatchObject({ outcome: 'CREATED', format: 'DOCX', counts: { parties: 4, timelineEvents: 3, causes: 2, recommendations: 2, signOffs: 2 } });
      expect(result.unread).toEqual([]);
      const { incident } = await api.ok(timelineQuery, { key: result.incidentKey });
      const first = incident.timeline.edges[0].node;
      expect(first.provenance.excerpt).toContain('25 Feb 2026');
      expect(first.times.map((t: any) => t.time)).toEqual(['20:00', '21:30']);
      expect(first.times[1].sentence).toMatch(/Write latency on DB-PROD-03/);
    });

    it('imports HTML and plain text sent as text, keeping every time of an entry and the new sign-off kinds', async () => {
      const api = suite.api();
      const html = (await api.ok(documentMutation, { document: { content: fixture('v06-wiki-load-balancer.html').toString('utf8'), contentType: 'text/html' } })).importIncidentDocument;
      expect(html).toMatchObject({ outcome: 'CREATED', format: 'HTML' });
      const text = (await api.ok(documentMutation, { document: { content: fixture('v05-vpn-concentrator-license.txt').toString('utf8'), contentType: 'text/plain' } })).importIncidentDocument;
      expect(text).toMatchObject({ outcome: 'CREATED', format: 'PLAIN_TEXT', counts: { timelineEvents: 2 } });
      const markdown = fixture('v01-san-controller-failover.md').toString('utf8');
      const md = (await api.ok(importMutation, { markdown })).importIncidentReport;
      const { incident } = await api.ok(timelineQuery, { key: md.incidentKey });
      expect(incident.timeline.edges.map((e: any) => [e.node.occurredOn, e.node.timeOfDay])).toEqual([['2026-01-14', '21:40'], ['2026-01-14', '22:15'], ['2026-01-15', '14:30']]);
      expect(incident.timeline.edges[2].node.times.map((t: any) => [t.time, t.qualifier])).toEqual([['14:30', 'at'], ['16:00', 'by']]);
      expect(incident.signOffs.map((s: any) => [s.kind, s.party.name])).toEqual([['REPORT_BY', 'Raymond Yip'], ['REVIEWED_BY', 'Anson Tsang'], ['APPROVED_BY', 'Alex Liang']]);
    });

    it('refuses an unknown content type, bad base64, a Word file sent as text and a broken Word file, storing nothing', async () => {
      const api = suite.api();
      const before = await rowCounts(suite.database());
      const cases = [
        { content: 'x', contentType: 'application/pdf' },
        { content: 'not base64!', encoding: 'BASE64', contentType: DOCX },
        { content: 'text', contentType: DOCX },
        { content: Buffer.from('plain words, not a zip').toString('base64'), encoding: 'BASE64', contentType: DOCX },
      ];
      for (const document of cases) {
        const response = await api.query(documentMutation, { document });
        expect(response.errors?.[0]?.extensions?.code, JSON.stringify(document)).toBe('BAD_USER_INPUT');
        expect(response.data).toBeNull();
      }
      expect(await rowCounts(suite.database())).toEqual(before);
    });
  });

  describeOnDriver(driver, 'Updating an incident with a report that says less', (suite) => {
    const original = fixture('v02-dns-resolver-outage.md').toString('utf8');
    const shorter = original
      .replace('- Zone transfer failures were not monitored.\n', '')
      .replace('Additional verification: Jia Jun, Nick Huang', 'Additional verification: Jia Jun');

    it('says in a dry run, field by field, which facts the update would remove, and writes nothing', async () => {
      const api = suite.api();
      await api.ok(importMutation, { markdown: original });
      const before = await rowCounts(suite.database());
      const result = (await api.ok(importMutation, { markdown: shorter, dryRun: true })).importIncidentReport;
      expect(result).toMatchObject({ outcome: 'UPDATED', dryRun: true });
      const removed = result.warnings.filter((w: any) => w.code === 'FACTS_REMOVED').map((w: any) => w.message);
      expect(removed).toEqual([
        expect.stringMatching(/^causes: the earlier version had 2, this one has 1; no longer in the report: "zone transfer failures were not monitored\."/),
        expect.stringMatching(/^sign-offs: the earlier version had 4, this one has 3; no longer in the report: "ADDITIONAL_VERIFICATION Nick Huang"/),
      ]);
      expect(await rowCounts(suite.database())).toEqual(before);
    });

    it('gives the same warnings when the update is made, and none for an update that removes nothing', async () => {
      const api = suite.api();
      const made = (await api.ok(importMutation, { markdown: shorter })).importIncidentReport;
      expect(made.warnings.filter((w: any) => w.code === 'FACTS_REMOVED')).toHaveLength(2);
      const longer = (await api.ok(importMutation, { markdown: original })).importIncidentReport;
      expect(longer.outcome).toBe('UPDATED');
      expect(longer.warnings.filter((w: any) => w.code === 'FACTS_REMOVED')).toEqual([]);
    });
  });
}
