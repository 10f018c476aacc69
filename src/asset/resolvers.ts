import type { AssetFactResolvers, AssetResolvers, MutationResolvers, QueryResolvers } from '../generated/resolvers.js';
import { BadUserInputError } from '../graph/errors.js';
import { connectionResolvers, optional, provenanceOf, required } from '../graph/field-helpers.js';
import { decodeGlobalId, toGlobalId } from '../graph/ids.js';
import { idByNameOrAlias } from '../names/lookup.js';
import { assetNames } from '../names/named-tables.js';
import { pageRequest } from '../graph/page-args.js';
import { listAssets } from './repository.js';
import * as assets from './service.js';

export const assetQueries: Pick<QueryResolvers, 'assets' | 'asset'> = {
  assets: (_, args, { db }) => listAssets(db, args),
  asset: async (_, { id, nameOrAlias }, { db, loaders }) => {
    if ((id ? 1 : 0) + (nameOrAlias ? 1 : 0) !== 1) throw new BadUserInputError('Pass exactly one of `id` or `nameOrAlias`');
    const assetId = id ? decodeGlobalId(id, 'Asset').id : await idByNameOrAlias(db, assetNames, nameOrAlias!);
    return assetId ? loaders.assetById.load(assetId) : null;
  },
};

export const assetMutations: Pick<MutationResolvers, 'createAsset' | 'updateAsset' | 'addAssetAlias' | 'removeAssetAlias' | 'mergeAssets'> = {
  createAsset: (_, { input }, context) => assets.createAsset(context, input),
  updateAsset: (_, { input }, context) => assets.updateAsset(context, input),
  addAssetAlias: (_, { assetId, alias }, context) => assets.addAssetAlias(context, assetId, alias),
  removeAssetAlias: (_, { assetId, alias }, context) => assets.removeAssetAlias(context, assetId, alias),
  mergeAssets: (_, { keepId, mergeId }, context) => assets.mergeAssets(context, keepId, mergeId),
};

export const Asset: AssetResolvers = {
  id: (row) => toGlobalId('Asset', row.id),
  aliases: (row, _, { loaders }) => loaders.assetAliases.load(row.id),
  parent: (row, _, { loaders }) => optional(loaders.assetById, row.parentId),
  children: (row, _, { loaders }) => loaders.childrenByAsset.load(row.id),
  redundancyPartner: (row, _, { loaders }) => optional(loaders.assetById, row.redundancyPartnerId),
  spare: (row, _, { loaders }) => optional(loaders.assetById, row.spareId),
  ownerParty: (row, _, { loaders }) => optional(loaders.partyById, row.ownerPartyId),
  ownerTeam: (row, _, { loaders }) => optional(loaders.teamById, row.ownerTeamId),
  services: (row, _, { loaders }) => loaders.servicesByAsset.load(row.id),
  facts: (row, _, { loaders }) => loaders.assetFactsByAsset.load(row.id),
  incidents: (row, args, { loaders }) => loaders.incidentsOfAsset.load(row.id, pageRequest(args, 2)),
};

export const AssetFact: AssetFactResolvers = {
  id: (row) => toGlobalId('AssetFact', row.id),
  asset: (row, _, { loaders }) => required(loaders.assetById, row.assetId, 'Asset'),
  incident: (row, _, { loaders }) => required(loaders.incidentById, row.incidentId, 'Incident'),
  since: (row) => row.sinceOn,
  provenance: (row) => provenanceOf(row),
};

export const assetConnections = { AssetConnection: connectionResolvers };
