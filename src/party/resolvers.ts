import type { MutationResolvers, PartyResolvers, QueryResolvers } from '../generated/resolvers.js';
import { BadUserInputError } from '../graph/errors.js';
import { connectionResolvers, optional } from '../graph/field-helpers.js';
import { decodeGlobalId, toGlobalId } from '../graph/ids.js';
import { idByNameOrAlias } from '../names/lookup.js';
import { partyNames } from '../names/named-tables.js';
import { pageRequest } from '../graph/page-args.js';
import { listParties } from './repository.js';
import * as parties from './service.js';

export const partyQueries: Pick<QueryResolvers, 'parties' | 'party'> = {
  parties: (_, args, { db }) => listParties(db, args),
  party: async (_, { id, nameOrAlias }, { db, loaders }) => {
    if ((id ? 1 : 0) + (nameOrAlias ? 1 : 0) !== 1) throw new BadUserInputError('Pass exactly one of `id` or `nameOrAlias`');
    const partyId = id ? decodeGlobalId(id, 'Party').id : await idByNameOrAlias(db, partyNames, nameOrAlias!);
    return partyId ? loaders.partyById.load(partyId) : null;
  },
};

export const partyMutations: Pick<
  MutationResolvers,
  'createParty' | 'updateParty' | 'addPartyAlias' | 'removePartyAlias' | 'mergeParties'
> = {
  createParty: (_, { input }, context) => parties.createParty(context, input),
  updateParty: (_, { input }, context) => parties.updateParty(context, input),
  addPartyAlias: (_, { partyId, alias }, context) => parties.addPartyAlias(context, partyId, alias),
  removePartyAlias: (_, { partyId, alias }, context) => parties.removePartyAlias(context, partyId, alias),
  mergeParties: (_, { keepId, mergeId }, context) => parties.mergeParties(context, keepId, mergeId),
};

export const Party: PartyResolvers = {
  id: (row) => toGlobalId('Party', row.id),
  aliases: (row, _, { loaders }) => loaders.partyAliases.load(row.id),
  team: (row, _, { loaders }) => optional(loaders.teamById, row.teamId),
  incidents: (row, args, { loaders }) => loaders.incidentsOfParty.load(row.id, pageRequest(args, 2)),
};

export const partyConnections = { PartyConnection: connectionResolvers };
