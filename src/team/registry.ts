import * as t from '../../db/schema/index.js';
import type { AppDb } from '../../db/types.js';
import { aliasesByOwner, rowsById, rowsByParent } from '../graph/loaders/rows.js';
import type * as m from '../graph/models.js';
import type { NodeKind, RowsOf } from '../graph/node-kind.js';
import { incidentsVia, type IncidentLoaders } from '../incident/registry.js';

export function teamLoaders(db: AppDb, { incidentById }: Pick<IncidentLoaders, 'incidentById'>) {
  return {
    teamById: rowsById<m.TeamRow>(db, t.teams),
    membersByTeam: rowsByParent<m.PartyRow>(db, t.parties, t.parties.teamId, [t.parties.name]),
    teamAliases: aliasesByOwner(db, t.teamAliases),
    incidentsOfTeam: incidentsVia(db, incidentById, 'team_incidents', t.incidentTeams, t.incidentTeams.teamId, t.incidentTeams.incidentId),
  };
}

declare module '../graph/context.js' { interface Loaders extends ReturnType<typeof teamLoaders> {} }

export const teamNodes = {
  Team: { table: t.teams, byId: (loaders) => loaders.teamById },
} satisfies Record<string, NodeKind>;

declare module '../graph/ids.js' { interface NodeTypes extends RowsOf<typeof teamNodes> {} }
