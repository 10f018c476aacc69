import { count } from 'drizzle-orm';
import * as t from '../../db/schema/index.js';
import type { Database } from '../../db/types.js';

const tables = {
  incidents: t.incidents, timelineEvents: t.timelineEvents, assets: t.assets, assetAliases: t.assetAliases,
  parties: t.parties, partyAliases: t.partyAliases, teams: t.teams, services: t.services, causes: t.causes,
  recommendations: t.recommendations, signOffs: t.signOffs, assetFacts: t.assetFacts, eventAssets: t.eventAssets,
  incidentParties: t.incidentParties, auditEntries: t.auditEntries,
};

/** Rows in every table, to show that a refused write left nothing behind. */
export async function rowCounts(database: Database): Promise<Record<keyof typeof tables, number>> {
  const entries = await Promise.all(
    Object.entries(tables).map(async ([name, table]) => {
      const [row] = await database.db.select({ n: count() }).from(table);
      return [name, Number(row?.n ?? 0)] as const;
    }),
  );
  return Object.fromEntries(entries) as Record<keyof typeof tables, number>;
}
