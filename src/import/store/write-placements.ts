import { and, eq, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import * as t from '../../../db/schema/index.js';
import type { AppTx } from '../../../db/types.js';
import type { ExtractedFacts } from '../extract/fact-types.js';

const span = (s: { startLine: number; endLine: number }, rule: string) => ({ sourceStartLine: s.startLine, sourceEndLine: s.endLine, sourceRule: rule });

/** Undoes what an earlier import of the same incident wrote: its placements go, the ones it ended hold again. */
export async function clearPlacements(tx: AppTx, incidentId: string): Promise<void> {
  await tx.delete(t.assetPlacements).where(eq(t.assetPlacements.incidentId, incidentId));
  const reopened = await tx
    .update(t.assetPlacements)
    .set({ validTo: null, closedByIncidentId: null })
    .where(eq(t.assetPlacements.closedByIncidentId, incidentId))
    .returning({ assetId: t.assetPlacements.assetId, hostId: t.assetPlacements.hostId });
  // The asset's current parent follows the hosting that holds again.
  for (const { assetId, hostId } of reopened) {
    if (hostId) await tx.update(t.assets).set({ parentId: hostId, parentRelation: 'HOSTED_ON', updatedAt: sql`now()` }).where(eq(t.assets.id, assetId));
  }
}

/**
 * Stores the report's hostings and dated changes. A hosting stated without a
 * date ("MASTER-01 … on VMS10") holds from an unknown start unless the asset
 * already has an open hosting elsewhere; a move ends the open hosting on its
 * date and starts the new one, and the asset's current parent follows the
 * latest hosting.
 */
export async function writePlacements(tx: AppTx, incident: { id: string; startedOn: string }, facts: ExtractedFacts, assetIds: Map<string, string>): Promise<number> {
  const kinds = new Map(facts.assets.map((a) => [a.key, a.kind]));
  let written = 0;
  const open = (assetId: string) =>
    tx.select().from(t.assetPlacements).where(and(eq(t.assetPlacements.assetId, assetId), isNotNull(t.assetPlacements.hostId), isNull(t.assetPlacements.validTo)));

  for (const asset of facts.assets) {
    if (!asset.parentKey || kinds.get(asset.parentKey) !== 'HOST') continue;
    const assetId = assetIds.get(asset.key);
    const hostId = assetIds.get(asset.parentKey);
    if (!assetId || !hostId || assetId === hostId) continue;
    const current = await open(assetId);
    if (current.some((p) => p.hostId === hostId)) continue;
    // Stated elsewhere already: this report's hosting starts with its incident.
    const from = current.length > 0 ? incident.startedOn : null;
    if (from) await closeOpen(tx, assetId, from, incident.id);
    await tx.insert(t.assetPlacements).values({ assetId, hostId, validFrom: from, incidentId: incident.id, ...span(asset.span, 'hosted-on stated in the report') });
    written++;
  }

  for (const move of facts.placements) {
    const assetId = assetIds.get(move.assetKey);
    const hostId = move.hostKey ? assetIds.get(move.hostKey) : null;
    if (!assetId || hostId === undefined) continue;
    if (hostId) {
      await closeOpen(tx, assetId, move.validFrom, incident.id);
      await tx.update(t.assets).set({ parentId: hostId, parentRelation: 'HOSTED_ON', updatedAt: sql`now()` }).where(eq(t.assets.id, assetId));
    } else if (move.status) {
      await tx.update(t.assets).set({ status: move.status, updatedAt: sql`now()` }).where(eq(t.assets.id, assetId));
    }
    await tx.insert(t.assetPlacements).values({ assetId, hostId, status: move.status, validFrom: move.validFrom, incidentId: incident.id, ...span(move.span, move.rule) });
    written++;
  }
  return written;
}

async function closeOpen(tx: AppTx, assetId: string, on: string, incidentId: string): Promise<void> {
  await tx
    .update(t.assetPlacements)
    .set({ validTo: on, closedByIncidentId: incidentId })
    .where(and(
      eq(t.assetPlacements.assetId, assetId), isNotNull(t.assetPlacements.hostId), isNull(t.assetPlacements.validTo),
      or(isNull(t.assetPlacements.validFrom), lt(t.assetPlacements.validFrom, on)),
    ));
}
