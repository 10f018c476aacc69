import type { IncidentResolvers, QueryResolvers, TimelineEventResolvers } from '../generated/resolvers.js';
import { decodeGlobalId, toGlobalId } from '../graph/ids.js';
import { connectionResolvers, provenanceOf, required } from '../graph/field-helpers.js';
import { pageRequest } from '../graph/page-args.js';
import { incidentByKey, listIncidents } from './repository.js';
import { BadUserInputError } from '../graph/errors.js';
import { snapshotAsOf } from '../audit/trail.js';
import type { IncidentRow, NodeRow } from '../graph/models.js';
import { loadNode } from '../graph/node-kind.js';

export const incidentQueries: Pick<QueryResolvers, 'incidents' | 'incident'> = {
  incidents: (_, args, { db, loaders }) =>
    listIncidents(db, args, (rows) => rows.forEach((row) => loaders.incidentById.prime(row.id, row))),
  incident: async (_, { id, key, asOf }, { db, loaders }) => {
    if ((id ? 1 : 0) + (key ? 1 : 0) !== 1) throw new BadUserInputError('Pass exactly one of `id` or `key`');
    const row = id ? await loaders.incidentById.load(decodeGlobalId(id, 'Incident').id) : await incidentByKey(db, key!);
    if (!asOf || !row) return row;
    return (await snapshotAsOf<IncidentRow>(db, 'Incident', row.id, asOf)) ?? null;
  },
};

export const Incident: IncidentResolvers = {
  id: (row) => toGlobalId('Incident', row.id),
  timeline: (row, args, { loaders }) => loaders.timelineOfIncident.load(row.id, pageRequest(args, 2)),
  causes: async (row, _, { loaders }) => (await loaders.causesByIncident.load(row.id)).filter((c) => !c.foundInTimeline),
  findings: async (row, _, { loaders }) => (await loaders.causesByIncident.load(row.id)).filter((c) => c.foundInTimeline),
  recommendations: (row, _, { loaders }) => loaders.recommendationsByIncident.load(row.id),
  signOffs: (row, _, { loaders }) => loaders.signOffsByIncident.load(row.id),
  assets: (row, _, { loaders }) => loaders.assetsByIncident.load(row.id),
  teams: (row, _, { loaders }) => loaders.teamsByIncident.load(row.id),
  assetFacts: (row, _, { loaders }) => loaders.assetFactsByIncident.load(row.id),
  participants: async (row, _, { loaders }) => {
    const links = await loaders.participantsByIncident.load(row.id);
    return Promise.all(links.map(async (link) => ({ party: await required(loaders.partyById, link.partyId, 'Party'), roles: link.roles })));
  },
  serviceImpacts: async (row, _, { loaders }) => {
    const links = await loaders.serviceImpactsByIncident.load(row.id);
    return Promise.all(links.map(async (link) => ({ service: await required(loaders.serviceById, link.serviceId, 'Service'), impact: link.impact })));
  },
};

export const TimelineEvent: TimelineEventResolvers = {
  id: (row) => toGlobalId('TimelineEvent', row.id),
  incident: (row, _, { loaders }) => required(loaders.incidentById, row.incidentId, 'Incident'),
  assets: (row, _, { loaders }) => loaders.assetsByEvent.load(row.id),
  parties: (row, _, { loaders }) => loaders.partiesByEvent.load(row.id),
  teams: (row, _, { loaders }) => loaders.teamsByEvent.load(row.id),
  services: (row, _, { loaders }) => loaders.servicesByEvent.load(row.id),
  provenance: (row) => provenanceOf(row),
  // Times read from the report, unless the first one was since changed by hand; then the edited time stands alone.
  // A time stored before times had days of their own is on the entry's first day.
  times: (row) =>
    row.times.length > 0 && row.times[0]?.time === row.timeOfDay
      ? row.times.map((t) => ({ ...t, date: t.date ?? row.occurredOn }))
      : row.timeOfDay ? [{ time: row.timeOfDay, qualifier: row.timeQualifier, sentence: null, date: row.occurredOn }] : [],
  mentions: async (row, _, { loaders }) => {
    const links = await loaders.mentionsByEvent.load(row.id);
    const nodes = await Promise.all(links.map((link) => loadNode(loaders, link.type, link.targetId)));
    return links.flatMap((link, i) => (nodes[i] ? [{ node: nodes[i] as NodeRow, provenance: provenanceOf(link) }] : []));
  },
};

export const incidentConnections = {
  IncidentConnection: connectionResolvers,
  TimelineEventConnection: connectionResolvers,
};
