import { toGlobalId } from '../graph/ids.js';
import type { AssetRow, IncidentRow, PartyRow, RecommendationRow } from '../graph/models.js';
import type { WebhookEventInput } from './emit.js';
import { changedFields } from './payload.js';

// The events each change site emits: the subject's readable fields and what changed. Nothing here is secret;
// an incident's source report text stays out (it is fetched over GraphQL when wanted).

const incidentFields = ['title', 'summary', 'severity', 'status', 'startedOn', 'endedOn', 'closedOn', 'location', 'symptoms'] as const;

export const incidentData = (row: IncidentRow) => ({
  key: row.key, title: row.title, severity: row.severity, status: row.status,
  startedOn: row.startedOn, endedOn: row.endedOn, closedOn: row.closedOn, version: row.version,
});

export const incidentCreated = (row: IncidentRow): WebhookEventInput => ({
  type: 'incident.created', subject: { type: 'Incident', id: row.id }, incidentId: row.id, data: incidentData(row),
});

export const incidentUpdated = (before: IncidentRow, after: IncidentRow): WebhookEventInput => ({
  type: 'incident.updated', subject: { type: 'Incident', id: after.id }, incidentId: after.id, data: incidentData(after),
  change: { fields: changedFields(before, after, incidentFields) },
});

export const recommendationData = (row: RecommendationRow) => ({
  text: row.text, type: row.type, status: row.status, dueOn: row.dueOn, incidentId: toGlobalId('Incident', row.incidentId), version: row.version,
});

export const recommendationCreated = (row: RecommendationRow): WebhookEventInput => ({
  type: 'recommendation.created', subject: { type: 'Recommendation', id: row.id }, incidentId: row.incidentId, data: recommendationData(row),
});

export const recommendationStatusChanged = (before: RecommendationRow, after: RecommendationRow): WebhookEventInput => ({
  type: 'recommendation.status_changed', subject: { type: 'Recommendation', id: after.id }, incidentId: after.incidentId,
  data: recommendationData(after), change: { fields: changedFields(before, after, ['status', 'evidence', 'rejectedReason']) },
});

export const assetMerged = (kept: AssetRow, merged: AssetRow): WebhookEventInput => ({
  type: 'asset.merged', subject: { type: 'Asset', id: kept.id }, assetIds: [kept.id, merged.id],
  data: { name: kept.name, kind: kept.kind, version: kept.version },
  change: { mergedId: toGlobalId('Asset', merged.id), mergedName: merged.name },
});

export const partyMerged = (kept: PartyRow, merged: PartyRow): WebhookEventInput => ({
  type: 'party.merged', subject: { type: 'Party', id: kept.id },
  data: { name: kept.name, title: kept.title, version: kept.version },
  change: { mergedId: toGlobalId('Party', merged.id), mergedName: merged.name },
});
