import { and, eq, isNull } from 'drizzle-orm';
import * as z from 'zod/mini';
import * as t from '../../db/schema/index.js';
import { teachAssetKind } from '../classification/learned-asset-kinds.js';
import type { AppTx } from '../../db/types.js';
import type { CreateAssetInput, UpdateAssetInput } from '../generated/resolvers.js';
import { addAliasMutation, removeAliasMutation } from '../names/alias-mutations.js';
import { addAlias, assertSpellingFree, mergeAliases } from '../names/aliases.js';
import type { GraphQLContext } from '../graph/context.js';
import { BadUserInputError } from '../graph/errors.js';
import { decodeGlobalId, decodeOptionalId } from '../graph/ids.js';
import type { AssetRow } from '../graph/models.js';
import { runMutation } from '../graph/mutation.js';
import { emitEvent } from '../webhook/emit.js';
import { assetMerged } from '../webhook/events.js';
import { assetNames } from '../names/named-tables.js';
import { repointReferences, type MergeReferences } from '../names/repoint.js';
import { lazySchema, name, text, validate } from '../graph/validate.js';
import { definedOnly, lockRow, updateVersioned } from '../graph/versioned.js';

const assetSchema = lazySchema(() =>
  z.object({
    name: z.optional(name()),
    site: z.optional(z.nullable(text(200))),
    aliases: z.optional(z.array(name()).check(z.maxLength(50))),
  }),
);

/** IDs of related assets, checked to exist and not to be the asset itself. */
async function relatedAssetIds(tx: AppTx, selfId: string | null, input: Pick<CreateAssetInput, 'parentId' | 'redundancyPartnerId' | 'spareId'>) {
  const ids = {
    parentId: decodeOptionalId(input.parentId, 'Asset', 'input.parentId'),
    redundancyPartnerId: decodeOptionalId(input.redundancyPartnerId, 'Asset', 'input.redundancyPartnerId'),
    spareId: decodeOptionalId(input.spareId, 'Asset', 'input.spareId'),
  };
  for (const [field, id] of Object.entries(ids)) {
    if (!id) continue;
    if (id === selfId) throw new BadUserInputError(`\`input.${field}\` cannot be the asset itself`, { field: `input.${field}` });
    await lockRow(tx, t.assets, id, 'Asset');
  }
  return ids;
}

export async function createAsset(context: GraphQLContext, input: CreateAssetInput): Promise<AssetRow> {
  const valid = validate(assetSchema(), input);
  return runMutation(context, async (tx, audit) => {
    const key = await assertSpellingFree(tx, assetNames, valid.name!, null);
    const related = await relatedAssetIds(tx, null, input);
    const [row] = await tx
      .insert(t.assets)
      .values({
        name: valid.name!, nameKey: key, kind: input.kind, criticality: input.criticality ?? null, site: valid.site ?? null,
        status: input.status ?? 'UNKNOWN', parentRelation: input.parentRelation ?? (related.parentId ? 'HOSTED_ON' : null),
        ...definedOnly(related),
      })
      .returning();
    for (const alias of valid.aliases ?? []) await addAlias(tx, assetNames, row!.id, row!.name, alias);
    audit({ action: 'asset.create', entityType: 'Asset', entityId: row!.id, after: { ...row, aliases: valid.aliases ?? [] } });
    return row!;
  });
}

export async function updateAsset(context: GraphQLContext, input: UpdateAssetInput): Promise<AssetRow> {
  const { id } = decodeGlobalId(input.id, 'Asset', 'input.id');
  const valid = validate(assetSchema(), input);
  return runMutation(context, async (tx, audit) => {
    const nameKey = valid.name ? await assertSpellingFree(tx, assetNames, valid.name, id) : undefined;
    const related = await relatedAssetIds(tx, id, input);
    const patch = definedOnly({
      name: valid.name, nameKey, site: valid.site, kind: input.kind ?? undefined, criticality: input.criticality,
      status: input.status ?? undefined, parentRelation: input.parentRelation, ...related,
      ownerPartyId: decodeOptionalId(input.ownerPartyId, 'Party', 'input.ownerPartyId'),
      ownerTeamId: decodeOptionalId(input.ownerTeamId, 'Team', 'input.ownerTeamId'),
    });
    const { before, after } = await updateVersioned<AssetRow>(tx, t.assets, id, input.expectedVersion, patch, 'Asset');
    if (before.name !== after.name) {
      // The old name stays findable: it becomes an alias.
      await addAlias(tx, assetNames, id, after.name, before.name);
    }
    audit({ action: 'asset.update', entityType: 'Asset', entityId: id, before, after });
    if (input.kind && input.kind !== before.kind) {
      // The correction teaches later imports the kind of assets coded like this one.
      const taught = await teachAssetKind(tx, after);
      if (taught) audit({ action: 'learned-asset-kind.teach', entityType: 'LearnedAssetKind', entityId: taught.id, after: taught });
    }
    return after;
  });
}

export const addAssetAlias = (context: GraphQLContext, assetGlobalId: string, alias: string) =>
  addAliasMutation<AssetRow>(context, assetNames, assetGlobalId, alias, 'assetId');

export const removeAssetAlias = (context: GraphQLContext, assetGlobalId: string, alias: string) =>
  removeAliasMutation<AssetRow>(context, assetNames, assetGlobalId, alias, 'assetId');

/** Every column that points at an asset, and how a merge moves it. */
export const assetMergeReferences: MergeReferences = {
  keyed: [
    [t.incidentAssets, t.incidentAssets.assetId],
    [t.eventAssets, t.eventAssets.assetId],
    [t.causeAssets, t.causeAssets.assetId],
    [t.recommendationAssets, t.recommendationAssets.assetId],
    [t.serviceAssets, t.serviceAssets.assetId],
  ],
  plain: [
    [t.assetFacts, t.assetFacts.assetId],
    [t.assets, t.assets.parentId],
    [t.assets, t.assets.redundancyPartnerId],
    [t.assets, t.assets.spareId],
    [t.assetPlacements, t.assetPlacements.assetId],
    [t.assetPlacements, t.assetPlacements.hostId],
    [t.learnedAssetKinds, t.learnedAssetKinds.sourceAssetId],
  ],
  ownCode: [{ column: t.assetAliases.ownerId, why: 'the merged name joins the spellings, which must stay free (mergeAliases)' }],
};

/**
 * A placement of one merged asset on the other now places the kept asset on itself, which says
 * nothing about where it ran: the host goes, and the row with it unless it records a status.
 */
async function dropSelfHosting(tx: AppTx, assetId: string): Promise<void> {
  const selfHosted = and(eq(t.assetPlacements.assetId, assetId), eq(t.assetPlacements.hostId, assetId));
  await tx.delete(t.assetPlacements).where(and(selfHosted, isNull(t.assetPlacements.status)));
  await tx.update(t.assetPlacements).set({ hostId: null }).where(selfHosted);
}

export async function mergeAssets(context: GraphQLContext, keepGlobalId: string, mergeGlobalId: string): Promise<AssetRow> {
  const keepId = decodeGlobalId(keepGlobalId, 'Asset', 'keepId').id;
  const mergeId = decodeGlobalId(mergeGlobalId, 'Asset', 'mergeId').id;
  if (keepId === mergeId) throw new BadUserInputError('`keepId` and `mergeId` are the same asset');
  return runMutation(context, async (tx, audit) => {
    const keep = await lockRow<AssetRow>(tx, t.assets, keepId, 'Asset');
    const merged = await lockRow<AssetRow>(tx, t.assets, mergeId, 'Asset');
    await repointReferences(tx, assetMergeReferences, mergeId, keepId);
    await dropSelfHosting(tx, keepId);
    await mergeAliases(tx, assetNames, keep, merged);
    // Fill what the kept asset does not know from the merged one.
    const filled = definedOnly({
      criticality: keep.criticality ?? merged.criticality ?? undefined,
      site: keep.site ?? merged.site ?? undefined,
      parentId: keep.parentId ?? (merged.parentId === keepId ? undefined : merged.parentId ?? undefined),
      parentRelation: keep.parentRelation ?? merged.parentRelation ?? undefined,
      redundancyPartnerId: keep.redundancyPartnerId ?? merged.redundancyPartnerId ?? undefined,
      spareId: keep.spareId ?? merged.spareId ?? undefined,
    });
    await tx.delete(t.assets).where(eq(t.assets.id, mergeId));
    // A reference from the kept asset to the merged one would now point at itself: drop it.
    const selfReferences = Object.fromEntries(
      (['parentId', 'redundancyPartnerId', 'spareId'] as const).filter((field) => filled[field] === keepId || (filled[field] === undefined && keep[field] === keepId)).map((field) => [field, null]),
    );
    const { after } = await updateVersioned<AssetRow>(tx, t.assets, keepId, keep.version, { ...filled, ...selfReferences }, 'Asset');
    audit({ action: 'asset.merge', entityType: 'Asset', entityId: keepId, before: { keep, merged }, after });
    audit({ action: 'asset.mergedInto', entityType: 'Asset', entityId: mergeId, before: merged, after: { mergedInto: keepId } });
    await emitEvent(tx, audit, assetMerged(after, merged));
    return after;
  });
}
