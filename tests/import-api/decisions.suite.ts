import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { toGlobalId } from '../../src/graph/ids.js';
import { createApi } from '../support/api.js';
import type { DriverName } from '../support/databases.js';
import { importMutation, shippedReports } from '../support/reports.js';
import { rowCounts } from '../support/row-counts.js';
import { describeOnDriver } from '../support/suite.js';

const reviewMutation = `mutation($markdown: String!, $dryRun: Boolean, $decisions: [EntityDecisionInput!], $categoryOverrides: [CategoryOverrideInput!]) {
  importIncidentReport(markdown: $markdown, dryRun: $dryRun, decisions: $decisions, categoryOverrides: $categoryOverrides) {
    outcome dryRun incidentKey
    entities { type name reportName created matchedBy decision id possibleDuplicates { id name } }
    warnings { code candidates }
    facts { kind position categories needsReview reviewReason }
  }
}`;

const documentMutation = `mutation($document: ReportDocumentInput!, $categoryOverrides: [CategoryOverrideInput!]) {
  importIncidentDocument(document: $document, categoryOverrides: $categoryOverrides) { outcome incidentKey format markdown facts { kind position categories } }
}`;

const storedQuery = `query($key: String!) { incident(key: $key) {
  causes { id position categories categoriesSetByAnalyst needsReview categoryEvidence { category source } }
} }`;

const auditQuery = `query($id: ID!) { auditTrail(entityId: $id, first: 50) { edges { node { action actor actorRole after } } } }`;

/** The firewall report with its security architect renamed to a near-miss of a party the backup report names. */
const nearMiss = () => shippedReports.firewall2025
  .replace('1. Jia Jun - Security Architect', '1. Oscar Fong - Security Architect')
  .replace('Report by: Jia Jun, Anson Tsang', 'Report by: Oscar Fong, Anson Tsang');

export function decisionsSuite(driver: DriverName): void {
  describeOnDriver(driver, 'Analyst decisions sent with an import', (suite) => {
    const analyst = () => createApi(suite.database(), { id: 'analyst-ann', role: 'EDITOR' });

    it('lists the review facts from the import’s own reading: the categories a dry run shows are the ones stored', async () => {
      const api = suite.api();
      const dry = (await api.ok(reviewMutation, { markdown: shippedReports.dmz2024, dryRun: true })).importIncidentReport;
      const real = (await api.ok(reviewMutation, { markdown: shippedReports.dmz2024 })).importIncidentReport;
      const causes = (r: any) => r.facts.filter((f: any) => f.kind === 'CAUSE' || f.kind === 'FINDING').sort((a: any, b: any) => a.position - b.position);
      expect(causes(dry)).toEqual(causes(real));
      const { incident } = await api.ok(storedQuery, { key: real.incidentKey });
      const listed = causes(real).filter((f: any) => f.kind === 'CAUSE');
      expect(incident.causes.map((c: any) => [c.position, c.categories, c.needsReview])).toEqual(listed.map((f: any) => [f.position, f.categories, f.needsReview]));
    });

    it('links a near-miss name to the chosen party as an alias and stores an overridden category as the analyst’s, with audit entries', async () => {
      const api = analyst();
      await suite.api().ok(importMutation, { markdown: shippedReports.backup2025 });
      const dry = (await api.ok(reviewMutation, { markdown: nearMiss(), dryRun: true })).importIncidentReport;
      const oscar = dry.entities.find((e: any) => e.reportName === 'Oscar Fong');
      expect(oscar).toMatchObject({ type: 'PARTY', created: true, decision: null });
      expect(oscar.possibleDuplicates.map((c: any) => c.name)).toEqual(['Oscar Fung']);
      const fungId = oscar.possibleDuplicates[0].id;

      const decisions = [{ type: 'PARTY', name: 'Oscar Fong', sameAs: fungId }];
      const categoryOverrides = [{ position: 1, categories: ['PROCESS', 'HUMAN_ERROR'] }];
      const checked = (await api.ok(reviewMutation, { markdown: nearMiss(), dryRun: true, decisions, categoryOverrides })).importIncidentReport;
      expect(checked.entities.find((e: any) => e.reportName === 'Oscar Fong')).toMatchObject({ name: 'Oscar Fung', created: false, decision: 'SAME_AS', matchedBy: 'analyst: same as' });
      expect(checked.facts.find((f: any) => f.position === 1)).toMatchObject({ categories: ['PROCESS', 'HUMAN_ERROR'], needsReview: false });
      expect(checked.warnings.filter((w: any) => w.code === 'POSSIBLE_DUPLICATE')).toEqual([]);

      const result = (await api.ok(reviewMutation, { markdown: nearMiss(), decisions, categoryOverrides })).importIncidentReport;
      expect(result.outcome).toBe('CREATED');
      const party = (await api.ok(`{ party(nameOrAlias: "Oscar Fong") { id name aliases } }`)).party;
      expect(party).toMatchObject({ id: fungId, name: 'Oscar Fung' });
      expect(party.aliases).toContain('Oscar Fong');
      const { incident } = await api.ok(storedQuery, { key: result.incidentKey });
      const first = incident.causes.find((c: any) => c.position === 1);
      expect(first).toMatchObject({ categories: ['PROCESS', 'HUMAN_ERROR'], categoriesSetByAnalyst: true, needsReview: false });
      expect(first.categoryEvidence.map((e: any) => e.source)).toEqual(['ANALYST', 'ANALYST']);

      const trail = async (id: string) => (await suite.api().ok(auditQuery, { id })).auditTrail.edges.map((e: any) => e.node);
      expect(await trail(fungId)).toContainEqual(expect.objectContaining({ action: 'import.entityDecision', actor: 'analyst-ann', actorRole: 'EDITOR', after: expect.objectContaining({ decision: 'SAME_AS', reportName: 'Oscar Fong' }) }));
      expect(await trail(first.id)).toContainEqual(expect.objectContaining({ action: 'cause.categoriesOnImport', actor: 'analyst-ann', after: expect.objectContaining({ categories: ['PROCESS', 'HUMAN_ERROR'] }) }));

      // A corrected report (same key) keeps the analyst's categories.
      const corrected = (await api.ok(reviewMutation, { markdown: `${nearMiss()}\n` })).importIncidentReport;
      expect(corrected.outcome).toBe('UPDATED');
      const again = (await api.ok(storedQuery, { key: result.incidentKey })).incident.causes.find((c: any) => c.position === 1);
      expect(again).toMatchObject({ categories: ['PROCESS', 'HUMAN_ERROR'], categoriesSetByAnalyst: true });
    });

    it('creates a party the analyst calls new, without a duplicate warning, audited as the analyst’s decision', async () => {
      const api = analyst();
      const markdown = nearMiss().replace(/Oscar Fong/g, 'Oscar Fang');
      const result = (await api.ok(reviewMutation, { markdown, decisions: [{ type: 'PARTY', name: 'Oscar Fang', sameAs: null }] })).importIncidentReport;
      const fang = result.entities.find((e: any) => e.reportName === 'Oscar Fang');
      expect(fang).toMatchObject({ created: true, decision: 'NEW', possibleDuplicates: [] });
      expect(result.warnings.filter((w: any) => w.code === 'POSSIBLE_DUPLICATE')).toEqual([]);
      const trail = (await suite.api().ok(auditQuery, { id: fang.id })).auditTrail.edges.map((e: any) => e.node.action);
      expect(trail).toEqual(expect.arrayContaining(['party.create', 'import.entityDecision']));
    });

    it('takes the same choices with a document: an HTML report stored with the analyst’s categories; an unknown position refused', async () => {
      const api = analyst();
      const content = readFileSync(new URL('../fixtures/variants/v06-wiki-load-balancer.html', import.meta.url), 'utf8');
      const document = { content, contentType: 'text/html' };
      const before = await rowCounts(suite.database());
      const refused = await api.query(documentMutation, { document, categoryOverrides: [{ position: 40, categories: ['PROCESS'] }] });
      expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(await rowCounts(suite.database())).toEqual(before);
      const result = (await api.ok(documentMutation, { document, categoryOverrides: [{ position: 1, categories: ['THIRD_PARTY'] }] })).importIncidentDocument;
      expect(result).toMatchObject({ outcome: 'CREATED', format: 'HTML' });
      expect(result.markdown).toMatch(/^# /);
      expect(result.facts.find((f: any) => f.position === 1).categories).toEqual(['THIRD_PARTY']);
      const { incident } = await api.ok(storedQuery, { key: result.incidentKey });
      expect(incident.causes.find((c: any) => c.position === 1)).toMatchObject({ categories: ['THIRD_PARTY'], categoriesSetByAnalyst: true });
    });

    it('refuses unknown names, IDs, positions and categories with BAD_USER_INPUT, storing nothing', async () => {
      const api = analyst();
      const markdown = shippedReports.firewall2025.replace('1. Jia Jun - Security Architect', '1. Jia Jan - Security Architect');
      const before = await rowCounts(suite.database());
      const cases: Record<string, unknown>[] = [
        { decisions: [{ type: 'PARTY', name: 'Nobody Here', sameAs: null }] },
        { decisions: [{ type: 'PARTY', name: 'Jia Jan', sameAs: toGlobalId('Party', randomUUID()) }] },
        { decisions: [{ type: 'PARTY', name: 'Jia Jan', sameAs: toGlobalId('Asset', randomUUID()) }] },
        { decisions: [{ type: 'PARTY', name: 'Jia Jan', sameAs: 'not-an-id' }] },
        { decisions: [{ type: 'PARTY', name: 'Anson Tsang', sameAs: null }] },
        { decisions: [{ type: 'PARTY', name: 'Jia Jan', sameAs: null }, { type: 'PARTY', name: 'jia jan', sameAs: null }] },
        { categoryOverrides: [{ position: 99, categories: ['PROCESS'] }] },
        { categoryOverrides: [{ position: 0, categories: ['PROCESS'] }] },
        { categoryOverrides: [{ position: 1, categories: [] }] },
        { categoryOverrides: [{ position: 1, categories: ['NOT_A_CATEGORY'] }] },
      ];
      for (const variables of cases) {
        const response = await api.query(reviewMutation, { markdown, ...variables });
        expect(response.errors?.[0]?.extensions?.code, JSON.stringify(variables)).toBe('BAD_USER_INPUT');
      }
      expect(await rowCounts(suite.database())).toEqual(before);
    });
  });
}
