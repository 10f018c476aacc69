import type DataLoader from 'dataloader';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import * as t from '../../db/schema/index.js';
import type { AppDb } from '../../db/types.js';
import { EdgeConnectionLoader } from '../graph/loaders/edge-connection.js';
import { rowsById, rowsByParent, rowsThroughLink } from '../graph/loaders/rows.js';
import type * as m from '../graph/models.js';
import type { NodeKind, RowsOf } from '../graph/node-kind.js';
import { mentionsByEvent } from './mentions.js';

const incidentOrder = { columns: [t.incidents.startedOn, t.incidents.id], descending: true } as const;

/** An entity's incidents, newest first, through the link table that joins them. */
export const incidentsVia = (db: AppDb, incidentById: DataLoader<string, m.IncidentRow | null>, name: string, source: PgTable, parent: AnyPgColumn, incident: AnyPgColumn) =>
  new EdgeConnectionLoader<m.IncidentRow>(
    db,
    { name, source, parent, child: incident, targetId: t.incidents.id, targetTable: t.incidents, order: incidentOrder },
    incidentById,
  );

/** Incidents, their timelines and what each event mentions. */
export function incidentLoaders(db: AppDb) {
  const eventById = rowsById<m.TimelineEventRow>(db, t.timelineEvents);
  return {
    incidentById: rowsById<m.IncidentRow>(db, t.incidents),
    eventById,
    participantsByIncident: rowsByParent<typeof t.incidentParties.$inferSelect>(db, t.incidentParties, t.incidentParties.incidentId, [t.incidentParties.partyId]),
    serviceImpactsByIncident: rowsByParent<typeof t.incidentServices.$inferSelect>(db, t.incidentServices, t.incidentServices.incidentId, [t.incidentServices.serviceId]),
    assetsByIncident: rowsThroughLink<m.AssetRow>(db, { table: t.incidentAssets, parent: t.incidentAssets.incidentId, child: t.incidentAssets.assetId }, t.assets, [t.assets.name]),
    teamsByIncident: rowsThroughLink<m.TeamRow>(db, { table: t.incidentTeams, parent: t.incidentTeams.incidentId, child: t.incidentTeams.teamId }, t.teams, [t.teams.name]),
    assetsByEvent: rowsThroughLink<m.AssetRow>(db, { table: t.eventAssets, parent: t.eventAssets.eventId, child: t.eventAssets.assetId }, t.assets, [t.assets.name]),
    partiesByEvent: rowsThroughLink<m.PartyRow>(db, { table: t.eventParties, parent: t.eventParties.eventId, child: t.eventParties.partyId }, t.parties, [t.parties.name]),
    teamsByEvent: rowsThroughLink<m.TeamRow>(db, { table: t.eventTeams, parent: t.eventTeams.eventId, child: t.eventTeams.teamId }, t.teams, [t.teams.name]),
    servicesByEvent: rowsThroughLink<m.ServiceRow>(db, { table: t.eventServices, parent: t.eventServices.eventId, child: t.eventServices.serviceId }, t.services, [t.services.name]),
    timelineOfIncident: new EdgeConnectionLoader<m.TimelineEventRow>(
      db,
      { name: 'incident_timeline', source: t.timelineEvents, parent: t.timelineEvents.incidentId, child: t.timelineEvents.id, targetId: t.timelineEvents.id, targetTable: t.timelineEvents, order: { columns: [t.timelineEvents.position, t.timelineEvents.id], descending: false } },
      eventById,
    ),
    mentionsByEvent: mentionsByEvent(db),
  };
}

export type IncidentLoaders = ReturnType<typeof incidentLoaders>;
declare module '../graph/context.js' { interface Loaders extends IncidentLoaders {} }

export const incidentNodes = {
  Incident: { table: t.incidents, byId: (loaders) => loaders.incidentById },
  TimelineEvent: { table: t.timelineEvents, byId: (loaders) => loaders.eventById },
} satisfies Record<string, NodeKind>;

declare module '../graph/ids.js' { interface NodeTypes extends RowsOf<typeof incidentNodes> {} }
