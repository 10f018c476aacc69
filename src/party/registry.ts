import * as t from '../../db/schema/index.js';
import type { AppDb } from '../../db/types.js';
import { aliasesByOwner, rowsById } from '../graph/loaders/rows.js';
import type * as m from '../graph/models.js';
import type { NodeKind, RowsOf } from '../graph/node-kind.js';
import { incidentsVia, type IncidentLoaders } from '../incident/registry.js';

export function partyLoaders(db: AppDb, { incidentById }: Pick<IncidentLoaders, 'incidentById'>) {
  return {
    partyById: rowsById<m.PartyRow>(db, t.parties),
    partyAliases: aliasesByOwner(db, t.partyAliases),
    incidentsOfParty: incidentsVia(db, incidentById, 'party_incidents', t.incidentParties, t.incidentParties.partyId, t.incidentParties.incidentId),
  };
}

declare module '../graph/context.js' { interface Loaders extends ReturnType<typeof partyLoaders> {} }

export const partyNodes = {
  Party: { table: t.parties, byId: (loaders) => loaders.partyById },
} satisfies Record<string, NodeKind>;

declare module '../graph/ids.js' { interface NodeTypes extends RowsOf<typeof partyNodes> {} }
