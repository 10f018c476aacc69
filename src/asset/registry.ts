import * as t from '../../db/schema/index.js';
import type { AppDb } from '../../db/types.js';
import { aliasesByOwner, rowsById, rowsByParent, rowsThroughLink } from '../graph/loaders/rows.js';
import type * as m from '../graph/models.js';
import type { NodeKind, RowsOf } from '../graph/node-kind.js';
import { incidentsVia, type IncidentLoaders } from '../incident/registry.js';

/** Assets, their facts, what they host, their names and their incidents. */
export function assetLoaders(db: AppDb, { incidentById }: Pick<IncidentLoaders, 'incidentById'>) {
  return {
    assetById: rowsById<m.AssetRow>(db, t.assets),
    assetFactById: rowsById<m.AssetFactRow>(db, t.assetFacts),
    assetFactsByIncident: rowsByParent<m.AssetFactRow>(db, t.assetFacts, t.assetFacts.incidentId, [t.assetFacts.observedOn, t.assetFacts.id]),
    assetFactsByAsset: rowsByParent<m.AssetFactRow>(db, t.assetFacts, t.assetFacts.assetId, [t.assetFacts.observedOn, t.assetFacts.id]),
    childrenByAsset: rowsByParent<m.AssetRow>(db, t.assets, t.assets.parentId, [t.assets.name]),
    servicesByAsset: rowsThroughLink<m.ServiceRow>(db, { table: t.serviceAssets, parent: t.serviceAssets.assetId, child: t.serviceAssets.serviceId }, t.services, [t.services.name]),
    assetAliases: aliasesByOwner(db, t.assetAliases),
    incidentsOfAsset: incidentsVia(db, incidentById, 'asset_incidents', t.incidentAssets, t.incidentAssets.assetId, t.incidentAssets.incidentId),
  };
}

declare module '../graph/context.js' { interface Loaders extends ReturnType<typeof assetLoaders> {} }

export const assetNodes = {
  Asset: { table: t.assets, byId: (loaders) => loaders.assetById },
  AssetFact: { table: t.assetFacts, byId: (loaders) => loaders.assetFactById },
} satisfies Record<string, NodeKind>;

declare module '../graph/ids.js' { interface NodeTypes extends RowsOf<typeof assetNodes> {} }
