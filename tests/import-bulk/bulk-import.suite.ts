import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, asc, eq, inArray } from 'drizzle-orm';
import { afterAll, expect, it } from 'vitest';
import * as t from '../../db/schema/index.js';
import { generateReports } from '../../bench/report-files.js';
import { createContext } from '../../src/registry/context.js';
import { createLogger } from '../../src/logger.js';
import { importFiles, reportFiles } from '../../src/import/import-files.js';
import { readReportOffThread } from '../../src/import/read-off-thread.js';
import type { DriverName } from '../support/databases.js';
import { rowCounts } from '../support/row-counts.js';
import { describeOnDriver } from '../support/suite.js';

/** Generated reports, and between them one the importer refuses (it has no date for the incident). */
const reports = generateReports(424242, 6);
const refused = { fileName: `${reports[2]!.fileName.slice(0, 10)}-zz-refused.md`, markdown: '# Incident report for Nothing dated\n\nSomething went wrong somewhere.\n' };

export function bulkImportSuite(driver: DriverName): void {
  describeOnDriver(driver, 'A folder of reports imported in one run', (suite) => {
    const folder = mkdtempSync(join(tmpdir(), 'ikb-bulk-import-'));
    for (const report of [...reports, refused]) writeFileSync(join(folder, report.fileName), report.markdown);
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    it('stores every fact of each report and its audit entries; the refused report leaves nothing, the others land', async () => {
      const database = suite.database();
      const context = createContext({ database, actor: { id: 'cli:test', role: 'ADMIN' }, requestId: randomUUID(), logger: createLogger() });
      const outcomes = await importFiles(context, await reportFiles([folder]));

      expect(outcomes.map((o) => o.ok)).toEqual([...reports, refused].sort((a, b) => a.fileName.localeCompare(b.fileName)).map((r) => r !== refused));
      const refusal = outcomes.find((o) => !o.ok)!;
      expect(refusal.file).toContain('zz-refused');
      expect(outcomes.every((o) => o.ms > 0)).toBe(true);

      const counts = await rowCounts(database);
      expect(counts.incidents).toBe(reports.length);
      let entries = 0;
      for (const report of reports) {
        const { facts } = await readReportOffThread(report.markdown);
        const [incident] = await database.db.select().from(t.incidents).where(eq(t.incidents.key, facts.incident.key));
        expect(incident, report.fileName).toBeDefined();
        const id = incident!.id;

        const events = await database.db.select().from(t.timelineEvents).where(eq(t.timelineEvents.incidentId, id)).orderBy(asc(t.timelineEvents.position));
        expect(events.map((e) => [e.position, e.occurredOn, e.text, e.sourceStartLine])).toEqual(facts.events.map((e) => [e.order, e.startDate, e.text, e.span.startLine]));
        const causes = await database.db.select().from(t.causes).where(eq(t.causes.incidentId, id)).orderBy(asc(t.causes.position));
        expect(causes.map((c) => [c.text, c.foundInTimeline, c.categories])).toEqual([
          ...facts.causes.map((c) => [c.text, false, c.categories]), ...facts.findings.map((f) => [f.text, true, f.categories]),
        ]);
        const recommendations = await database.db.select().from(t.recommendations).where(eq(t.recommendations.incidentId, id)).orderBy(asc(t.recommendations.position));
        expect(recommendations.map((r) => [r.position, r.text, r.type])).toEqual(facts.recommendations.map((r) => [r.order, r.text, r.type]));
        const signOffs = await database.db.select().from(t.signOffs).where(eq(t.signOffs.incidentId, id)).orderBy(asc(t.signOffs.position));
        expect(signOffs.map((s) => [s.kind, s.roleTitle, s.signedOn])).toEqual(facts.signOffs.map((s) => [s.kind, s.roleTitle, s.date]));
        const assetFacts = await database.db.select().from(t.assetFacts).where(eq(t.assetFacts.incidentId, id));
        expect(assetFacts.map((f) => f.text).sort()).toEqual(facts.assetFacts.map((f) => f.text).sort());

        // Links: each event's mentions of assets and parties, each recommendation's causes, each cause's assets.
        const eventAssets = events.length ? await database.db.select().from(t.eventAssets).where(inArray(t.eventAssets.eventId, events.map((e) => e.id))) : [];
        expect(eventAssets.length).toBe(facts.events.reduce((n, e) => n + new Set(e.mentions.filter((m) => m.type === 'ASSET').map((m) => m.key)).size, 0));
        const addressed = recommendations.length ? await database.db.select().from(t.recommendationCauses).where(inArray(t.recommendationCauses.recommendationId, recommendations.map((r) => r.id))) : [];
        expect(addressed.length).toBe(facts.recommendations.reduce((n, r) => n + new Set(r.addressesCauseOrders.filter((o) => facts.causes.some((c) => c.order === o))).size, 0));
        const causeAssets = causes.length ? await database.db.select().from(t.causeAssets).where(inArray(t.causeAssets.causeId, causes.map((c) => c.id))) : [];
        expect(causeAssets.length).toBe(facts.causes.reduce((n, c) => n + new Set(c.assetKeys).size, 0));
        const assets = await database.db.select().from(t.incidentAssets).where(eq(t.incidentAssets.incidentId, id));
        expect(assets.length).toBe(new Set(facts.assets.map((a) => a.key)).size);

        // Audit: the import itself, and one creation entry per fact row carrying the row as written.
        const audit = await database.db.select().from(t.auditEntries).where(eq(t.auditEntries.requestId, context.requestId));
        const [imported] = audit.filter((a) => a.action === 'incident.import' && a.entityId === id);
        expect(imported).toBeDefined();
        for (const [action, rows] of [['timelineEvent.create', events], ['cause.create', causes], ['recommendation.create', recommendations], ['signOff.create', signOffs], ['assetFact.create', assetFacts]] as const) {
          const created = audit.filter((a) => a.action === action && rows.some((r) => r.id === a.entityId));
          expect(created.map((a) => a.entityId).sort(), action).toEqual(rows.map((r) => r.id).sort());
          for (const entry of created) expect(entry.after).toMatchObject({ id: entry.entityId, incidentId: id, via: 'import' });
          entries += created.length;
        }
      }
      // Every entity the run created has its creation entry.
      const audit = await database.db.select().from(t.auditEntries).where(eq(t.auditEntries.requestId, context.requestId));
      const createdAssets = audit.filter((a) => a.action === 'asset.create').map((a) => a.entityId).sort();
      expect(createdAssets).toEqual((await database.db.select({ id: t.assets.id }).from(t.assets)).map((a) => a.id).sort());
      const createdParties = audit.filter((a) => a.action === 'party.create').map((a) => a.entityId).sort();
      expect(createdParties).toEqual((await database.db.select({ id: t.parties.id }).from(t.parties)).map((p) => p.id).sort());
      expect(entries).toBe(counts.timelineEvents + counts.causes + counts.recommendations + counts.signOffs + counts.assetFacts);
      expect(audit.filter((a) => a.action === 'incident.import')).toHaveLength(reports.length);
    }, 240_000);

    it('writes a report in a number of statements that does not grow with its facts', async () => {
      const database = suite.database();
      const context = createContext({ database, actor: { id: 'cli:test', role: 'ADMIN' }, requestId: randomUUID(), logger: createLogger() });
      const [report] = generateReports(777, 1);
      // The same report as another incident with its first timeline entry written ten more times: the
      // same names, ten more events with their links.
      const description = report!.markdown.indexOf('**Incident Description:**\n\n') + '**Incident Description:**\n\n'.length;
      const causesHeader = report!.markdown.indexOf('**Incident Caused:**');
      const nextDay = report!.markdown.indexOf('\n- ', description) + 1;
      const firstEntry = report!.markdown.slice(description, nextDay > 0 && nextDay < causesHeader ? nextDay : causesHeader);
      const again = `${report!.markdown.slice(0, description)}${firstEntry.repeat(10)}${report!.markdown.slice(description)}`.replace('# Incident report for ', '# Incident report for Repeated ');
      const dir = mkdtempSync(join(tmpdir(), 'ikb-bulk-statements-'));
      try {
        writeFileSync(join(dir, 'a.md'), report!.markdown);
        writeFileSync(join(dir, 'b.md'), again);
        const statements: number[] = [];
        let before = database.statementCount();
        const outcomes = await importFiles(context, [join(dir, 'a.md'), join(dir, 'b.md')], {
          onFile: () => {
            statements.push(database.statementCount() - before);
            before = database.statementCount();
          },
        });
        expect(outcomes.filter((o) => !o.ok)).toEqual([]);
        const facts = await Promise.all(outcomes.map(async (o) => {
          const [incident] = await database.db.select({ id: t.incidents.id }).from(t.incidents).where(eq(t.incidents.key, o.ok ? o.result.incidentKey : ''));
          const [events, mentions] = [
            await database.db.select({ id: t.timelineEvents.id }).from(t.timelineEvents).where(eq(t.timelineEvents.incidentId, incident!.id)),
            await database.db.select({ id: t.eventParties.eventId }).from(t.eventParties).innerJoin(t.timelineEvents, and(eq(t.timelineEvents.id, t.eventParties.eventId), eq(t.timelineEvents.incidentId, incident!.id))),
          ];
          return events.length + mentions.length;
        }));
        expect(facts[1]).toBeGreaterThanOrEqual(facts[0]! + 10);
        // The second report, with ten more events and their links, takes no more statements than the first
        // (which also created the names both use).
        expect(statements[1]).toBeLessThanOrEqual(statements[0]!);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 120_000);

    it('warns of a new name close to one the same report created a line before, as it does of a stored one', async () => {
      const database = suite.database();
      const context = createContext({ database, actor: { id: 'cli:test', role: 'ADMIN' }, requestId: randomUUID(), logger: createLogger() });
      const dir = mkdtempSync(join(tmpdir(), 'ikb-bulk-near-'));
      try {
        const markdown = [
          '# Incident report for Mail relay outage near names', '', 'Information Technology Department', '', '**Related Parties:**', '',
          '1. Marcus Garcia - Network Architect', '2. Marcos Garcia - Security Architect', '', 'Date: 13 Aug 2024 - 15 Aug 2024', '',
          '**Incident Description:**', '', '- 13 Aug 2024', '', 'The relay stopped at 23:00. Marcus Garcia restarted it.', '',
          '**Incident Caused:**', '', '- The relay disk filled up.', '', '**Follow up recommendation:**', '', '- Monitor the relay disk.', '',
          'Report by: Marcus Garcia', '', 'Verified by: Marcos Garcia', '',
        ].join('\n');
        writeFileSync(join(dir, 'near.md'), markdown);
        const [outcome] = await importFiles(context, [join(dir, 'near.md')]);
        expect(outcome!.ok).toBe(true);
        const result = outcome!.ok ? outcome!.result : undefined;
        const marcus = result!.entities.find((e) => e.name === 'Marcus Garcia')!;
        const marcos = result!.entities.find((e) => e.name === 'Marcos Garcia')!;
        expect([marcus.created, marcos.created]).toEqual([true, true]);
        expect(marcos.possibleDuplicates).toEqual([{ rowId: marcus.rowId, name: 'Marcus Garcia' }]);
        expect(result!.warnings.filter((w) => w.code === 'POSSIBLE_DUPLICATE')).toEqual([
          expect.objectContaining({ line: 8, candidates: ['Marcus Garcia'] }),
        ]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }, 120_000);
  });
}
