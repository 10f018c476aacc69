import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import * as t from '../../../db/schema/index.js';
import type { AppDb } from '../../../db/types.js';
import type * as m from '../models.js';
import { createAnalyticsLoaders } from '../../analytics/loaders.js';
import { mentionsByEvent } from '../../incident/mentions.js';
import { EdgeConnectionLoader } from './edge-connection.js';
import { aliasesByOwner, rowsById, rowsByParent, rowsThroughLink } from './rows.js';

const incidentOrder = { columns: [t.incidents.startedOn, t.incidents.id], descending: true } as const;

/**
 * Every loader a request may use, built fresh per request (and after each
 * mutation) so no cache outlives the data it read.
 */
export function createLoaders(db: AppDb) {
  const incidentById = rowsById<m.IncidentRow>(db, t.incidents);
  const eventById = rowsById<m.TimelineEventRow>(db, t.timelineEvents);
  /** An entity's incidents, newest first, through the link table that joins them. */
  const incidentsVia = (name: string, source: PgTable, parent: AnyPgColumn, incident: AnyPgColumn) =>
    new EdgeConnectionLoader<m.IncidentRow>(
      db,
      { name, source, parent, child: incident, targetId: t.incidents.id, targetTable: t.incidents, order: incidentOrder },
      incidentById,
    );
  return {
    incidentById,
    eventById,
    assetById: rowsById<m.AssetRow>(db, t.assets),
    assetFactById: rowsById<m.AssetFactRow>(db, t.assetFacts),
    partyById: rowsById<m.PartyRow>(db, t.parties),
    teamById: rowsById<m.TeamRow>(db, t.teams),
    serviceById: rowsById<m.ServiceRow>(db, t.services),
    causeById: rowsById<m.CauseRow>(db, t.causes),
    recommendationById: rowsById<m.RecommendationRow>(db, t.recommendations),
    signOffById: rowsById<m.SignOffRow>(db, t.signOffs),

    causesByIncident: rowsByParent<m.CauseRow>(db, t.causes, t.causes.incidentId, [t.causes.position]),
    recommendationsByIncident: rowsByParent<m.RecommendationRow>(db, t.recommendations, t.recommendations.incidentId, [t.recommendations.position]),
    signOffsByIncident: rowsByParent<m.SignOffRow>(db, t.signOffs, t.signOffs.incidentId, [t.signOffs.position]),
    assetFactsByIncident: rowsByParent<m.AssetFactRow>(db, t.assetFacts, t.assetFacts.incidentId, [t.assetFacts.observedOn, t.assetFacts.id]),
    assetFactsByAsset: rowsByParent<m.AssetFactRow>(db, t.assetFacts, t.assetFacts.assetId, [t.assetFacts.observedOn, t.assetFacts.id]),
    childrenByAsset: rowsByParent<m.AssetRow>(db, t.assets, t.assets.parentId, [t.assets.name]),
    membersByTeam: rowsByParent<m.PartyRow>(db, t.parties, t.parties.teamId, [t.parties.name]),
    participantsByIncident: rowsByParent<typeof t.incidentParties.$inferSelect>(db, t.incidentParties, t.incidentParties.incidentId, [t.incidentParties.partyId]),
    serviceImpactsByIncident: rowsByParent<typeof t.incidentServices.$inferSelect>(db, t.incidentServices, t.incidentServices.incidentId, [t.incidentServices.serviceId]),

    assetsByIncident: rowsThroughLink<m.AssetRow>(db, { table: t.incidentAssets, parent: t.incidentAssets.leftId, child: t.incidentAssets.rightId }, t.assets, [t.assets.name]),
    teamsByIncident: rowsThroughLink<m.TeamRow>(db, { table: t.incidentTeams, parent: t.incidentTeams.leftId, child: t.incidentTeams.rightId }, t.teams, [t.teams.name]),
    assetsByEvent: rowsThroughLink<m.AssetRow>(db, { table: t.eventAssets, parent: t.eventAssets.leftId, child: t.eventAssets.rightId }, t.assets, [t.assets.name]),
    partiesByEvent: rowsThroughLink<m.PartyRow>(db, { table: t.eventParties, parent: t.eventParties.leftId, child: t.eventParties.rightId }, t.parties, [t.parties.name]),
    teamsByEvent: rowsThroughLink<m.TeamRow>(db, { table: t.eventTeams, parent: t.eventTeams.leftId, child: t.eventTeams.rightId }, t.teams, [t.teams.name]),
    servicesByEvent: rowsThroughLink<m.ServiceRow>(db, { table: t.eventServices, parent: t.eventServices.leftId, child: t.eventServices.rightId }, t.services, [t.services.name]),
    assetsByCause: rowsThroughLink<m.AssetRow>(db, { table: t.causeAssets, parent: t.causeAssets.leftId, child: t.causeAssets.rightId }, t.assets, [t.assets.name]),
    recommendationsByCause: rowsThroughLink<m.RecommendationRow>(db, { table: t.recommendationCauses, parent: t.recommendationCauses.rightId, child: t.recommendationCauses.leftId }, t.recommendations, [t.recommendations.position]),
    causesByRecommendation: rowsThroughLink<m.CauseRow>(db, { table: t.recommendationCauses, parent: t.recommendationCauses.leftId, child: t.recommendationCauses.rightId }, t.causes, [t.causes.position]),
    assetsByRecommendation: rowsThroughLink<m.AssetRow>(db, { table: t.recommendationAssets, parent: t.recommendationAssets.leftId, child: t.recommendationAssets.rightId }, t.assets, [t.assets.name]),
    assetsByService: rowsThroughLink<m.AssetRow>(db, { table: t.serviceAssets, parent: t.serviceAssets.leftId, child: t.serviceAssets.rightId }, t.assets, [t.assets.name]),
    servicesByAsset: rowsThroughLink<m.ServiceRow>(db, { table: t.serviceAssets, parent: t.serviceAssets.rightId, child: t.serviceAssets.leftId }, t.services, [t.services.name]),

    assetAliases: aliasesByOwner(db, t.assetAliases),
    partyAliases: aliasesByOwner(db, t.partyAliases),
    teamAliases: aliasesByOwner(db, t.teamAliases),
    serviceAliases: aliasesByOwner(db, t.serviceAliases),

    incidentsOfAsset: incidentsVia('asset_incidents', t.incidentAssets, t.incidentAssets.rightId, t.incidentAssets.leftId),
    incidentsOfTeam: incidentsVia('team_incidents', t.incidentTeams, t.incidentTeams.rightId, t.incidentTeams.leftId),
    incidentsOfParty: incidentsVia('party_incidents', t.incidentParties, t.incidentParties.partyId, t.incidentParties.incidentId),
    incidentsOfService: incidentsVia('service_incidents', t.incidentServices, t.incidentServices.serviceId, t.incidentServices.incidentId),
    timelineOfIncident: new EdgeConnectionLoader<m.TimelineEventRow>(
      db,
      { name: 'incident_timeline', source: t.timelineEvents, parent: t.timelineEvents.incidentId, child: t.timelineEvents.id, targetId: t.timelineEvents.id, targetTable: t.timelineEvents, order: { columns: [t.timelineEvents.position, t.timelineEvents.id], descending: false } },
      eventById,
    ),
    mentionsByEvent: mentionsByEvent(db),
    analytics: createAnalyticsLoaders(db, incidentById),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
