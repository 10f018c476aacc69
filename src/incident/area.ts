import type { Area } from '../registry/descriptor.js';
import { incidentMutations } from './mutations.js';
import { incidentLoaders, incidentNodes } from './registry.js';
import { Incident, TimelineEvent, incidentConnections, incidentQueries } from './resolvers.js';

export const incidentArea = {
  folder: 'incident',
  nodes: incidentNodes,
  loaders: incidentLoaders,
  queries: incidentQueries,
  mutations: incidentMutations,
  types: { Incident, TimelineEvent, ...incidentConnections },
} satisfies Area;
