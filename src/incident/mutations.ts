import type { MutationResolvers } from '../generated/resolvers.js';
import * as incidents from './service.js';

export const incidentMutations: Pick<
  MutationResolvers,
  'createIncident' | 'updateIncident' | 'addTimelineEvent' | 'updateTimelineEvent' | 'addParticipant'
> = {
  createIncident: (_, { input }, context) => incidents.createIncident(context, input),
  updateIncident: (_, { input }, context) => incidents.updateIncident(context, input),
  addTimelineEvent: (_, { input }, context) => incidents.addTimelineEvent(context, input),
  updateTimelineEvent: (_, { input }, context) => incidents.updateTimelineEvent(context, input),
  addParticipant: (_, { incidentId, partyId, role }, context) => incidents.addParticipant(context, incidentId, partyId, role),
};
