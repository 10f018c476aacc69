import * as t from '../../db/schema/index.js';
import type { AppDb } from '../../db/types.js';
import { aliasesByOwner, rowsById, rowsThroughLink } from '../graph/loaders/rows.js';
import type * as m from '../graph/models.js';
import type { NodeKind, RowsOf } from '../graph/node-kind.js';
import { incidentsVia, type IncidentLoaders } from '../incident/registry.js';

export function serviceLoaders(db: AppDb, { incidentById }: Pick<IncidentLoaders, 'incidentById'>) {
  return {
    serviceById: rowsById<m.ServiceRow>(db, t.services),
    serviceAliases: aliasesByOwner(db, t.serviceAliases),
    assetsByService: rowsThroughLink<m.AssetRow>(db, { table: t.serviceAssets, parent: t.serviceAssets.serviceId, child: t.serviceAssets.assetId }, t.assets, [t.assets.name]),
    incidentsOfService: incidentsVia(db, incidentById, 'service_incidents', t.incidentServices, t.incidentServices.serviceId, t.incidentServices.incidentId),
  };
}

declare module '../graph/context.js' { interface Loaders extends ReturnType<typeof serviceLoaders> {} }

export const serviceNodes = {
  Service: { table: t.services, byId: (loaders) => loaders.serviceById },
} satisfies Record<string, NodeKind>;

declare module '../graph/ids.js' { interface NodeTypes extends RowsOf<typeof serviceNodes> {} }
