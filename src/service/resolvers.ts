import type { MutationResolvers, QueryResolvers, ServiceResolvers } from '../generated/resolvers.js';
import { connectionResolvers } from '../graph/field-helpers.js';
import { toGlobalId } from '../graph/ids.js';
import { pageRequest } from '../graph/page-args.js';
import { listServices } from './repository.js';
import { createService } from './service.js';

export const serviceQueries: Pick<QueryResolvers, 'services'> = {
  services: (_, args, { db }) => listServices(db, args),
};

export const serviceMutations: Pick<MutationResolvers, 'createService'> = {
  createService: (_, { input }, context) => createService(context, input),
};

export const Service: ServiceResolvers = {
  id: (row) => toGlobalId('Service', row.id),
  aliases: (row, _, { loaders }) => loaders.serviceAliases.load(row.id),
  assets: (row, _, { loaders }) => loaders.assetsByService.load(row.id),
  incidents: (row, args, { loaders }) => loaders.incidentsOfService.load(row.id, pageRequest(args, 2)),
};

export const serviceConnections = { ServiceConnection: connectionResolvers };
