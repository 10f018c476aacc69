import type { MutationResolvers, QueryResolvers, TeamResolvers } from '../generated/resolvers.js';
import { connectionResolvers } from '../graph/field-helpers.js';
import { toGlobalId } from '../graph/ids.js';
import { pageRequest } from '../graph/page-args.js';
import { listTeams } from './repository.js';
import { createTeam } from './service.js';

export const teamQueries: Pick<QueryResolvers, 'teams'> = {
  teams: (_, args, { db }) => listTeams(db, args),
};

export const teamMutations: Pick<MutationResolvers, 'createTeam'> = {
  createTeam: (_, { input }, context) => createTeam(context, input),
};

export const Team: TeamResolvers = {
  id: (row) => toGlobalId('Team', row.id),
  aliases: (row, _, { loaders }) => loaders.teamAliases.load(row.id),
  members: (row, _, { loaders }) => loaders.membersByTeam.load(row.id),
  incidents: (row, args, { loaders }) => loaders.incidentsOfTeam.load(row.id, pageRequest(args, 2)),
};

export const teamConnections = { TeamConnection: connectionResolvers };
