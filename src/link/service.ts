import { and, eq, ne } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import * as t from '../../db/schema/index.js';
import type { AppTx } from '../../db/types.js';
import type { GraphQLContext } from '../graph/context.js';
import { BadUserInputError, NotFoundError } from '../graph/errors.js';
import { fieldName } from '../graph/field-name.js';
import { decodeGlobalId, type NodeType } from '../graph/ids.js';
import type { LinkModel } from '../graph/models.js';
import type { AuditChange } from '../audit/record.js';
import { runMutation } from '../graph/mutation.js';
import { nodeKind, nodeTypes } from '../graph/node-kind.js';
import { lockRow } from '../graph/versioned.js';

interface LinkKind { table: PgTable; from: AnyPgColumn; to: AnyPgColumn }

const linkKinds: Partial<Record<`${NodeType}->${NodeType}`, LinkKind>> = {
  'TimelineEvent->Asset': { table: t.eventAssets, from: t.eventAssets.eventId, to: t.eventAssets.assetId },
  'TimelineEvent->Party': { table: t.eventParties, from: t.eventParties.eventId, to: t.eventParties.partyId },
  'TimelineEvent->Team': { table: t.eventTeams, from: t.eventTeams.eventId, to: t.eventTeams.teamId },
  'TimelineEvent->Service': { table: t.eventServices, from: t.eventServices.eventId, to: t.eventServices.serviceId },
  'Cause->Asset': { table: t.causeAssets, from: t.causeAssets.causeId, to: t.causeAssets.assetId },
  'Recommendation->Cause': { table: t.recommendationCauses, from: t.recommendationCauses.recommendationId, to: t.recommendationCauses.causeId },
  'Recommendation->Asset': { table: t.recommendationAssets, from: t.recommendationAssets.recommendationId, to: t.recommendationAssets.assetId },
  'Incident->Asset': { table: t.incidentAssets, from: t.incidentAssets.incidentId, to: t.incidentAssets.assetId },
  'Incident->Team': { table: t.incidentTeams, from: t.incidentTeams.incidentId, to: t.incidentTeams.teamId },
  'Incident->Service': { table: t.incidentServices, from: t.incidentServices.incidentId, to: t.incidentServices.serviceId },
  'Service->Asset': { table: t.serviceAssets, from: t.serviceAssets.serviceId, to: t.serviceAssets.assetId },
};

async function resolveLink(tx: AppTx, fromGlobalId: string, toGlobalId: string) {
  const from = decodeGlobalId(fromGlobalId, nodeTypes(), 'fromId');
  const to = decodeGlobalId(toGlobalId, nodeTypes(), 'toId');
  const kind = linkKinds[`${from.type}->${to.type}`];
  if (!kind) throw new BadUserInputError(`A ${from.type} cannot be linked to a ${to.type}`);
  const fromRow = await lockRow<object>(tx, nodeKind(from.type).table, from.id, from.type);
  const toRow = await lockRow<object>(tx, nodeKind(to.type).table, to.id, to.type);
  const model = { from: { __typename: from.type, ...fromRow }, to: { __typename: to.type, ...toRow } } as LinkModel;
  return { from, to, kind, model };
}

export async function linkNodes(context: GraphQLContext, fromGlobalId: string, toGlobalId: string): Promise<LinkModel> {
  return runMutation(context, async (tx, audit) => {
    const { from, to, kind, model } = await resolveLink(tx, fromGlobalId, toGlobalId);
    const inserted = await tx
      .insert(kind.table)
      .values({ [fieldName(kind.table, kind.from)]: from.id, [fieldName(kind.table, kind.to)]: to.id } as never)
      .onConflictDoNothing()
      .returning();
    if (inserted.length) audit({ action: 'link.create', entityType: from.type, entityId: from.id, after: { linked: to.type, id: to.id } });
    else if (kind.table === t.recommendationCauses) await confirmCauseLink(tx, audit, from.id, to.id);
    return model;
  });
}

/** Linking a recommendation to a cause the importer had linked it to confirms that link: it becomes the analyst's. */
async function confirmCauseLink(tx: AppTx, audit: (change: AuditChange) => void, recommendationId: string, causeId: string): Promise<void> {
  const link = and(eq(t.recommendationCauses.recommendationId, recommendationId), eq(t.recommendationCauses.causeId, causeId), ne(t.recommendationCauses.basis, 'ANALYST'));
  const [before] = await tx.select({ basis: t.recommendationCauses.basis }).from(t.recommendationCauses).where(link).for('update');
  if (!before) return;
  await tx.update(t.recommendationCauses).set({ basis: 'ANALYST' }).where(link);
  audit({ action: 'link.confirm', entityType: 'Recommendation', entityId: recommendationId, before: { linked: 'Cause', id: causeId, basis: before.basis }, after: { linked: 'Cause', id: causeId, basis: 'ANALYST' } });
}

export async function unlinkNodes(context: GraphQLContext, fromGlobalId: string, toGlobalId: string): Promise<LinkModel> {
  return runMutation(context, async (tx, audit) => {
    const { from, to, kind, model } = await resolveLink(tx, fromGlobalId, toGlobalId);
    const removed = await tx.delete(kind.table).where(and(eq(kind.from, from.id), eq(kind.to, to.id))).returning();
    if (!removed.length) throw new NotFoundError(`Link from ${from.type} to`, toGlobalId);
    audit({ action: 'link.delete', entityType: from.type, entityId: from.id, before: { linked: to.type, id: to.id } });
    return model;
  });
}
