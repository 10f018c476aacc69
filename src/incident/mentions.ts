import DataLoader from 'dataloader';
import { inArray, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import * as t from '../../db/schema/index.js';
import type { AppDb } from '../../db/types.js';
import { groupInKeyOrder } from '../graph/loaders/rows.js';

export interface MentionLink {
  eventId: string;
  incidentId: string;
  type: 'Asset' | 'Party' | 'Team' | 'Service';
  targetId: string;
  sourceStartLine: number | null;
  sourceEndLine: number | null;
  sourceRule: string | null;
}

/** The four mention links of a batch of events, with their provenance, in one statement. */
export function mentionsByEvent(db: AppDb): DataLoader<string, MentionLink[]> {
  return new DataLoader(async (eventIds) => {
    const select = (table: typeof t.eventAssets | typeof t.eventParties | typeof t.eventTeams | typeof t.eventServices, target: AnyPgColumn, type: MentionLink['type']) =>
      db
        .select({
          eventId: table.eventId, incidentId: t.timelineEvents.incidentId, type: sql<MentionLink['type']>`${type}`.as('type'),
          targetId: target, sourceStartLine: table.sourceStartLine, sourceEndLine: table.sourceEndLine, sourceRule: table.sourceRule,
        })
        .from(table)
        .innerJoin(t.timelineEvents, sql`${t.timelineEvents.id} = ${table.eventId}`)
        .where(inArray(table.eventId, [...eventIds]));
    const rows = (await select(t.eventAssets, t.eventAssets.assetId, 'Asset')
      .unionAll(select(t.eventParties, t.eventParties.partyId, 'Party'))
      .unionAll(select(t.eventTeams, t.eventTeams.teamId, 'Team'))
      .unionAll(select(t.eventServices, t.eventServices.serviceId, 'Service'))) as MentionLink[];
    rows.sort((a, b) => (a.sourceStartLine ?? 0) - (b.sourceStartLine ?? 0) || a.type.localeCompare(b.type));
    return groupInKeyOrder(eventIds, rows, (row) => row.eventId);
  });
}
