import { eq, sql } from 'drizzle-orm';
import * as t from '../../db/schema/index.js';
import type { AppDb, Executor } from '../../db/types.js';
import type { AuditChange } from '../audit/record.js';
import { recurrencesBy } from '../analytics/follow-through.js';
import { rowsOf } from '../analytics/rows.js';
import { spareHardwareGaps } from '../analytics/spare-hardware-gaps.js';
import { toGlobalId } from '../graph/ids.js';
import type { IncidentRow } from '../graph/models.js';
import { emitEvents, type WebhookEventInput } from './emit.js';
import { incidentCreated, incidentUpdated, recommendationCreated } from './events.js';
import { wantedEventTypes } from './wanted.js';

/**
 * The events of one imported report, in the import's transaction: the incident created or updated, its
 * recommendations (first import), the patterns and recommendations it made recur, the spare-hardware gaps
 * it gives evidence of (once per asset and reason). Analytics run only when a subscription wants their events.
 */
export async function emitImportEvents(tx: Executor, audit: (change: AuditChange) => void, imported: { incident: IncidentRow; previous?: IncidentRow | undefined }): Promise<void> {
  const { incident, previous } = imported;
  const wanted = await wantedEventTypes(tx, ['incident.created', 'incident.updated', 'recommendation.created', 'pattern.recurred', 'spare_gap.found']);
  if (wanted.size === 0) return;
  const events: WebhookEventInput[] = [previous ? incidentUpdated(previous, incident) : incidentCreated(incident)];
  if (!previous && wanted.has('recommendation.created')) {
    const recommendations = await tx.select().from(t.recommendations).where(eq(t.recommendations.incidentId, incident.id));
    events.push(...recommendations.map(recommendationCreated));
  }
  if (wanted.has('pattern.recurred')) events.push(...(await recurredPatterns(tx, incident)), ...(await recurredRecommendations(tx, incident)));
  if (wanted.has('spare_gap.found')) events.push(...(await gapsFound(tx, incident)));
  await emitEvents(tx, audit, events);
}

/** Cause-category and asset patterns this incident belongs to that earlier incidents already showed. */
async function recurredPatterns(tx: Executor, incident: IncidentRow): Promise<WebhookEventInput[]> {
  const rows = await rowsOf<{ dimension: string; key: string; earlier: string[] }>(
    tx,
    sql`/* webhook recurred patterns */
      select mine.dimension, mine.key, array_agg(distinct other.incident_id::text) as earlier
      from pattern_memberships mine
      join pattern_memberships other on other.pattern_id = mine.pattern_id and other.incident_id <> mine.incident_id
      join incidents i on i.id = other.incident_id
      where mine.incident_id = ${incident.id} and mine.dimension in ('CAUSE_CATEGORY', 'ASSET') and i.started_on <= ${incident.startedOn}
      group by mine.dimension, mine.key`,
  );
  return rows.map((row) => ({
    type: 'pattern.recurred', subject: { type: 'Incident', id: incident.id }, incidentId: incident.id,
    assetIds: row.dimension === 'ASSET' ? [row.key] : [],
    data: {
      pattern: { dimension: row.dimension, key: row.dimension === 'ASSET' ? toGlobalId('Asset', row.key) : row.key },
      incidentKey: incident.key, earlierIncidentIds: row.earlier.map((id) => toGlobalId('Incident', id)),
    },
    onceKey: `pattern.recurred:${row.dimension}:${row.key}:${incident.id}`,
  }));
}

/** Recommendations of earlier incidents whose targeted cause came back in this one. */
async function recurredRecommendations(tx: Executor, incident: IncidentRow): Promise<WebhookEventInput[]> {
  const causes = await tx.select({ id: t.causes.id }).from(t.causes).where(eq(t.causes.incidentId, incident.id));
  if (causes.length === 0) return [];
  const recurrences = (await recurrencesBy(tx as unknown as AppDb, 'cause', causes.map((c) => c.id))).flat();
  return recurrences.map((r) => ({
    type: 'pattern.recurred', subject: { type: 'Recommendation', id: r.recommendationId }, incidentId: incident.id,
    data: {
      recommendationId: toGlobalId('Recommendation', r.recommendationId), causeId: toGlobalId('Cause', r.causeId),
      incidentId: toGlobalId('Incident', incident.id), incidentKey: incident.key, matchedOn: r.matchedOn,
    },
    onceKey: `pattern.recurred:recommendation:${r.recommendationId}:${r.causeId}`,
  }));
}

/** Spare-hardware gaps this incident is evidence of; each asset and reason is announced once. */
async function gapsFound(tx: Executor, incident: IncidentRow): Promise<WebhookEventInput[]> {
  // The gaps with evidence, up to 200, to find the ones this incident is in: not a caller's page.
  const gaps = await spareHardwareGaps(tx as unknown as AppDb, { withEvidenceOnly: true }, 200);
  return gaps.filter((gap) => gap.evidenceIds.includes(incident.id)).map((gap) => ({
    type: 'spare_gap.found', subject: { type: 'Asset', id: gap.assetId }, assetIds: [gap.assetId], incidentId: incident.id,
    data: {
      assetId: toGlobalId('Asset', gap.assetId), reason: gap.reason, criticalBecause: gap.criticalBecause,
      evidenceIncidentIds: gap.evidenceIds.map((id) => toGlobalId('Incident', id)),
    },
    onceKey: `spare_gap.found:${gap.assetId}:${gap.reason}`,
  }));
}
