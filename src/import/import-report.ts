import { createHash } from 'node:crypto';
import { eq, or, sql } from 'drizzle-orm';
import * as t from '../../db/schema/index.js';
import { recordAudit, type AuditChange } from '../audit/record.js';
import { requireRole } from '../auth/roles.js';
import { refreshLoaders, type GraphQLContext } from '../graph/context.js';
import { setAuditActor } from '../graph/mutation.js';
import { BadUserInputError } from '../graph/errors.js';
import type { IncidentRow } from '../graph/models.js';
import { applyLearnedAssetKinds, readLearnedAssetKinds } from '../classification/learned-asset-kinds.js';
import { readLearnedCues } from '../classification/learned-cues.js';
import type { ImportResultModel, ImportWarningModel } from './import-result.js';
import { checkMarkdownShape } from './parse/markdown-shape.js';
import { matchedEntityUpdates } from './store/audit-entities.js';
import { factCreations, factRemovals, incidentFactRows } from './store/audit-facts.js';
import { ReportParseError } from './parse/parse-report.js';
import { reportRefusal } from './refusal.js';
import { DEFAULT_READ_DEADLINE_MS, readReportOffThread, ReportUnreadableError } from './read-off-thread.js';
import type { ReportFormat } from './input/report-document.js';
import { lostFactWarnings } from './store/lost-facts.js';
import { readAnalystCategories, reapplyAnalystCategories } from './store/analyst-categories.js';
import { resolveReportEntities } from './store/write-graph.js';
import { EntityDecisions, overrideCategories, storeCategoryOverrides, type ReviewDecisions } from './store/review-decisions.js';
import { clearPlacements, writePlacements } from './store/write-placements.js';
import { clearIncidentFacts, incidentFields, writeIncidentFacts } from './store/write-incident.js';
import { emitImportEvents } from '../webhook/import-events.js';

export const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** The reading budget: `IMPORT_PARSE_DEADLINE_MS`, or the default. */
const readDeadline = () => Number(process.env.IMPORT_PARSE_DEADLINE_MS) || DEFAULT_READ_DEADLINE_MS;

/**
 * Parses and reads a report off the event loop, after refusing shapes that make parsing explode; a
 * broken, hostile or too slow report becomes BAD_USER_INPUT listing every problem with its line.
 * The cause classifier (and its language model) loads on the reader thread, never at start-up.
 */
async function readReport(context: GraphQLContext, markdown: string) {
  try {
    const shape = checkMarkdownShape(markdown);
    if (shape.length) throw new ReportParseError(shape);
    const read = await readReportOffThread(markdown, await readLearnedCues(context.db), readDeadline());
    applyLearnedAssetKinds(read.facts, await readLearnedAssetKinds(context.db));
    return read;
  } catch (error) {
    if (error instanceof ReportUnreadableError) {
      throw new BadUserInputError(error.message, { problems: [{ line: null, code: error.code, message: error.message }] });
    }
    if (!(error instanceof ReportParseError)) throw error;
    throw reportRefusal(error.problems, error.message);
  }
}

/** Thrown inside the transaction to undo a dry run after everything was computed. */
class DryRunFinished extends Error {
  constructor(readonly result: ImportResultModel) {
    super('dry run');
  }
}

/**
 * Imports one report in one transaction with its audit entries: the same text
 * twice changes nothing; a corrected report (same incident key) replaces the
 * incident's facts in place; a dry run does all of it and then rolls back.
 */
export async function importIncidentReport(
  context: GraphQLContext,
  markdown: string,
  dryRun = false,
  format: ReportFormat = 'MARKDOWN',
  decisions: ReviewDecisions = { entities: [], categories: [] },
): Promise<ImportResultModel> {
  return storeIncidentReport(context, markdown, await readIncidentReport(context, markdown), dryRun, format, decisions);
}

export type ReadIncidentReport = Awaited<ReturnType<typeof readReport>>;

/**
 * The reading half of an import, on its own: a batch reads the next report on the reader thread
 * while the one before it is being stored. Refuses as `importIncidentReport` does.
 */
export async function readIncidentReport(context: GraphQLContext, markdown: string): Promise<ReadIncidentReport> {
  requireRole(context, 'write');
  return readReport(context, markdown);
}

/** The storing half of an import: one transaction with its audit entries, for a report already read. */
export async function storeIncidentReport(
  context: GraphQLContext,
  markdown: string,
  read: ReadIncidentReport,
  dryRun = false,
  format: ReportFormat = 'MARKDOWN',
  decisions: ReviewDecisions = { entities: [], categories: [] },
): Promise<ImportResultModel> {
  requireRole(context, 'write');
  const { report, facts } = read;
  const reading = { report, facts };
  const classified = overrideCategories(facts, decisions.categories);
  const decided = decisions.entities.length + decisions.categories.length > 0;
  const sourceHash = sha256(markdown);
  const warnings: ImportWarningModel[] = facts.warnings.map((w) => ({ code: w.code, message: w.message, line: w.span?.startLine ?? null, candidates: w.candidates ?? [] }));

  const unchanged = (same: IncidentRow): ImportResultModel =>
    ({ outcome: 'UNCHANGED', dryRun, incidentKey: same.key, sourceHash, incident: dryRun ? null : same, counts: emptyCounts(), entities: [], warnings, unread: report.unread, format, markdown, reading });
  const [same] = await context.db.select().from(t.incidents).where(eq(t.incidents.sourceHash, sourceHash));
  // With an analyst's decisions the same text is imported again, so that they are applied.
  if (same && !decided) return unchanged(same as IncidentRow);

  try {
    const result = await context.db.transaction(async (tx) => {
      // One import at a time: entity resolution reads, then creates, names that a parallel import could also create.
      await setAuditActor(tx, context, sql`pg_advisory_xact_lock(hashtext('incident-import'))`);
      // Checked again under the lock: a parallel import of the same text may have committed meanwhile.
      // The same text and the incident a corrected report replaces, read (and locked) in one statement.
      const found = await tx.select().from(t.incidents).where(or(eq(t.incidents.sourceHash, sourceHash), eq(t.incidents.key, facts.incident.key))).for('update');
      const imported = found.find((row) => row.sourceHash === sourceHash);
      if (imported && !decided) return unchanged(imported as IncidentRow);
      const changes: AuditChange[] = [];
      const previous = found.find((row) => row.key === facts.incident.key);
      const graph = await resolveReportEntities(tx, facts, warnings, new EntityDecisions(decisions.entities));
      const fields = incidentFields(report, facts, markdown, sourceHash);
      let incident: IncidentRow;
      const analystCategories = previous ? await readAnalystCategories(tx, previous.id) : [];
      if (previous) {
        // Said before anything is replaced, so a dry run shows it too.
        warnings.push(...(await lostFactWarnings(tx, previous.id, facts, graph)));
        if (!dryRun) changes.push(...factRemovals(await incidentFactRows(tx, previous.id)));
        await clearIncidentFacts(tx, previous.id);
        await clearPlacements(tx, previous.id);
        [incident] = (await tx
          .update(t.incidents)
          .set({ ...fields, version: sql`${t.incidents.version} + 1`, updatedAt: sql`now()` })
          .where(eq(t.incidents.id, previous.id))
          .returning()) as [IncidentRow];
      } else {
        [incident] = (await tx.insert(t.incidents).values(fields).returning()) as [IncidentRow];
      }
      const written = await writeIncidentFacts(tx, incident, facts, graph);
      const counts = written.counts;
      const keptAnalystCategories = await reapplyAnalystCategories(tx, incident.id, analystCategories);
      const analystChanges = await storeCategoryOverrides(tx, incident.id, decisions.categories, classified);
      const placements = await writePlacements(tx, incident, facts, graph.assetIds);
      if (!dryRun) {
        // Each object written or changed gets its own entry, so every imported object has a history:
        // the rows as inserted, read again only when an analyst's categories changed causes since.
        const changedSince = keptAnalystCategories > 0 || analystChanges.length > 0;
        changes.push(...factCreations(changedSince ? await incidentFactRows(tx, incident.id) : written.rows));
        changes.push(...(await matchedEntityUpdates(tx, new Set(graph.entities.filter((e) => e.created).map((e) => e.rowId)))));
      }
      for (const entity of graph.entities.filter((e) => e.created)) {
        changes.push({ action: `${entity.type.toLowerCase()}.create`, entityType: typeName[entity.type], entityId: entity.rowId, after: { name: entity.name, spellings: entity.spellings, via: 'import' } });
      }
      for (const entity of graph.entities.filter((e) => e.decision)) {
        analystChanges.push({
          action: 'import.entityDecision', entityType: typeName[entity.type], entityId: entity.rowId,
          after: { decision: entity.decision, reportName: entity.reportName, name: entity.name, spellings: entity.spellings, incidentKey: incident.key },
        });
      }
      changes.push(...analystChanges);
      const summary = ({ sourceMarkdown: _markdown, ...rest }: IncidentRow) => rest;
      changes.push({
        action: previous ? 'incident.reimport' : 'incident.import', entityType: 'Incident', entityId: incident.id,
        before: previous ? summary(previous) : null, after: { ...summary(incident), counts, warnings: warnings.length, keptAnalystCategories, placements },
      });
      const model: ImportResultModel = {
        outcome: previous ? 'UPDATED' : 'CREATED', dryRun, incidentKey: incident.key, sourceHash,
        incident: dryRun ? null : incident, counts, warnings, unread: report.unread, format, markdown, reading,
        entities: dedupe(graph.entities).map((e) => ({ ...e, rowId: dryRun ? null : e.rowId })),
      };
      await emitImportEvents(tx, (change) => changes.push(change), { incident, previous });
      if (dryRun) throw new DryRunFinished(model);
      await recordAudit(tx, context, changes);
      return model;
    });
    refreshLoaders(context);
    return result;
  } catch (error) {
    if (error instanceof DryRunFinished) return error.result;
    throw error;
  }
}

const typeName = { ASSET: 'Asset', PARTY: 'Party', TEAM: 'Team', SERVICE: 'Service' } as const;

function dedupe<T extends { type: string; rowId: string }>(entities: T[]): T[] {
  const seen = new Set<string>();
  return entities.filter((e) => !seen.has(`${e.type}:${e.rowId}`) && seen.add(`${e.type}:${e.rowId}`));
}

function emptyCounts() {
  return { parties: 0, assets: 0, teams: 0, services: 0, timelineEvents: 0, causes: 0, findings: 0, recommendations: 0, signOffs: 0, assetFacts: 0 };
}
