import * as t from '../../db/schema/index.js';
import type { NamedTable } from './lookup.js';

export const assetNames: NamedTable = { type: 'Asset', table: t.assets, aliases: t.assetAliases };
export const partyNames: NamedTable = { type: 'Party', table: t.parties, aliases: t.partyAliases };
export const teamNames: NamedTable = { type: 'Team', table: t.teams, aliases: t.teamAliases };
export const serviceNames: NamedTable = { type: 'Service', table: t.services, aliases: t.serviceAliases };
