import { expect, it } from 'vitest';
import { describeOnDriver } from '../support/suite.js';
import type { DriverName } from '../support/databases.js';
import { importMutation, shippedReports } from '../support/reports.js';
import { variantReport } from '../import/variant-reports.js';

const linksOf = `query($id: ID!) { incident(id: $id) { recommendations { id text causeLinks { basis rule cause { id position } } } } }`;
type Link = { basis: string; rule: string | null; cause: { id: string; position: number } };
type Rec = { id: string; text: string; causeLinks: Link[] };

export function causeLinkBasisSuite(driver: DriverName): void {
  describeOnDriver(driver, 'Where a recommendation\'s cause link comes from', (suite) => {
    const report = variantReport({
      title: '# Incident report for Relay queue stall',
      causes: '1. The relay disk filled up with debug logs.\n2. Nobody watched the relay queue length.',
      recommendations: '- Rotate the relay debug logs every day. [1]\n- Alert when the relay queue length grows past 500 messages.',
    });

    async function imported(): Promise<{ incidentId: string; recs: Rec[] }> {
      const api = suite.api();
      const incidentId = (await api.ok(importMutation, { markdown: report })).importIncidentReport.incident.id as string;
      const recs = (await api.ok(linksOf, { id: incidentId })).incident.recommendations as Rec[];
      return { incidentId, recs };
    }

    it('marks a link the report names STATED and a link read from shared words INFERRED, each with the rule that made it', async () => {
      const { recs } = await imported();
      const [tagged, untagged] = recs;
      expect(tagged?.causeLinks.map((l) => [l.cause.position, l.basis])).toEqual([[1, 'STATED']]);
      expect(tagged?.causeLinks[0]?.rule).toMatch(/reference:"\[1\]"->cause 1/);
      expect(untagged?.causeLinks.map((l) => [l.cause.position, l.basis])).toEqual([[2, 'INFERRED']]);
      expect(untagged?.causeLinks[0]?.rule).toMatch(/overlap:cause 2/);
    });

    it('turns an inferred link into the analyst\'s when an analyst links the same pair, and audits the confirmation', async () => {
      const api = suite.api();
      const { incidentId, recs } = await imported();
      const untagged = recs[1] as Rec;
      const cause = untagged.causeLinks[0]?.cause.id as string;
      await api.ok(`mutation($f: ID!, $t: ID!) { linkNodes(fromId: $f, toId: $t) { from { id } } }`, { f: untagged.id, t: cause });
      const after = (await api.ok(linksOf, { id: incidentId })).incident.recommendations as Rec[];
      expect(after[1]?.causeLinks).toEqual([{ basis: 'ANALYST', rule: null, cause: { id: cause, position: 2 } }]);
      const trail = await api.ok(`query($e: ID!) { auditTrail(entityId: $e, first: 20) { edges { node { action before after } } } }`, { e: untagged.id });
      const confirm = trail.auditTrail.edges.map((e: { node: { action: string; before: unknown; after: unknown } }) => e.node).find((n: { action: string }) => n.action === 'link.confirm');
      // The audit entry holds the cause's row id, as `link.create` entries do.
      const rowId = Buffer.from(cause, 'base64').toString('utf8').split(':')[1];
      expect(confirm).toMatchObject({ before: { basis: 'INFERRED', id: rowId }, after: { basis: 'ANALYST', id: rowId } });
      // Linking the pair again changes nothing more.
      await api.ok(`mutation($f: ID!, $t: ID!) { linkNodes(fromId: $f, toId: $t) { from { id } } }`, { f: untagged.id, t: cause });
      const again = await api.ok(`query($e: ID!) { auditTrail(entityId: $e, first: 20) { edges { node { action } } } }`, { e: untagged.id });
      expect(again.auditTrail.edges.filter((e: { node: { action: string } }) => e.node.action === 'link.confirm')).toHaveLength(1);
    });

    it('marks the causes an analyst gives a new recommendation ANALYST, with no rule', async () => {
      const api = suite.api();
      const { incidentId, recs } = await imported();
      const cause = recs[0]?.causeLinks[0]?.cause.id as string;
      const added = (await api.ok(`mutation($i: ID!, $c: ID!) { addRecommendation(input: { incidentId: $i, text: "Move the relay logs to their own disk", causeIds: [$c] }) { causeLinks { basis rule cause { id } } } }`, { i: incidentId, c: cause })).addRecommendation;
      expect(added.causeLinks).toEqual([{ basis: 'ANALYST', rule: null, cause: { id: cause } }]);
    });

    it('keeps the shipped 2024 report\'s three recommendations linked as before, all inferred: it names no cause', async () => {
      const api = suite.api();
      const incidentId = (await api.ok(importMutation, { markdown: shippedReports.dmz2024 })).importIncidentReport.incident.id as string;
      const recs = (await api.ok(linksOf, { id: incidentId })).incident.recommendations as Rec[];
      const causes = (await api.ok(`query($id: ID!) { incident(id: $id) { recommendations { causes { id } } } }`, { id: incidentId })).incident.recommendations as { causes: { id: string }[] }[];
      expect(recs.map((r) => r.causeLinks.map((l) => l.cause.id))).toEqual(causes.map((r) => r.causes.map((c) => c.id)));
      expect(recs.flatMap((r) => r.causeLinks.map((l) => l.basis))).toEqual(expect.arrayContaining(['INFERRED']));
      expect(new Set(recs.flatMap((r) => r.causeLinks.map((l) => l.basis)))).toEqual(new Set(['INFERRED']));
    });
  });
}
