import * as z from 'zod/mini';
import * as t from '../../db/schema/index.js';
import type { AddCauseInput, AddSignOffInput, UpdateCauseInput } from '../generated/resolvers.js';
import type { GraphQLContext } from '../graph/context.js';
import { BadUserInputError } from '../graph/errors.js';
import { decodeGlobalId, decodeOptionalId } from '../graph/ids.js';
import { nextPosition } from '../incident/positions.js';
import type { CauseRow, SignOffRow } from '../graph/models.js';
import { runMutation } from '../graph/mutation.js';
import { lazySchema, longText, text, validate } from '../graph/validate.js';
import { definedOnly, lockRow, updateVersioned } from '../graph/versioned.js';
import { teachCue } from '../classification/learned-cues.js';
import type { CauseCategory } from '../import/extract/fact-types.js';

const categoriesSchema = lazySchema(() => z.array(z.string()).check(z.minLength(1, 'needs at least one category'), z.maxLength(12)));

export async function addCause(context: GraphQLContext, input: AddCauseInput): Promise<CauseRow> {
  const incidentId = decodeGlobalId(input.incidentId, 'Incident', 'input.incidentId').id;
  const assetIds = (input.assetIds ?? []).map((id, i) => decodeGlobalId(id, 'Asset', `input.assetIds.${i}`).id);
  const valid = validate(z.object({ text: longText(), categories: categoriesSchema() }), input);
  return runMutation(context, async (tx, audit) => {
    await lockRow(tx, t.incidents, incidentId, 'Incident');
    for (const id of assetIds) await lockRow(tx, t.assets, id, 'Asset');
    const [row] = await tx
      .insert(t.causes)
      .values({ incidentId, position: await nextPosition(tx, t.causes, incidentId), kind: input.kind ?? 'ROOT', categories: [...new Set(input.categories)], text: valid.text })
      .returning();
    if (assetIds.length) {
      await tx.insert(t.causeAssets).values(assetIds.map((assetId) => ({ causeId: row!.id, assetId: assetId }))).onConflictDoNothing();
    }
    audit({ action: 'cause.create', entityType: 'Cause', entityId: row!.id, after: { ...row, assetIds } });
    return row!;
  });
}

/** Categories an analyst set: certain, no longer for review, kept across re-imports. */
function analystReading(categories: CauseCategory[]) {
  return {
    categoriesByAnalyst: true, needsReview: false, reviewReason: null,
    categoryEvidence: categories.map((category) => ({ category, confidence: 1, source: 'ANALYST' as const, evidence: 'set by an analyst' })),
  };
}

export async function updateCause(context: GraphQLContext, input: UpdateCauseInput): Promise<CauseRow> {
  const { id } = decodeGlobalId(input.id, 'Cause', 'input.id');
  const valid = validate(z.object({ text: z.optional(longText()), categories: z.optional(z.nullable(categoriesSchema())) }), input);
  return runMutation(context, async (tx, audit) => {
    const categories = input.categories ? [...new Set(input.categories)] : undefined;
    const patch = definedOnly({
      text: valid.text, kind: input.kind ?? undefined, categories,
      ...(categories ? analystReading(categories) : {}),
    });
    const { before, after } = await updateVersioned<CauseRow>(tx, t.causes, id, input.expectedVersion, patch, 'Cause');
    audit({ action: 'cause.update', entityType: 'Cause', entityId: id, before, after });
    if (categories) {
      // The correction teaches the next import: the text's words now stand for these categories.
      const cue = await teachCue(tx, after.text, categories, id);
      if (cue) audit({ action: 'learned-cue.teach', entityType: 'LearnedCategoryCue', entityId: cue.id, after: cue });
    }
    return after;
  });
}

export async function addSignOff(context: GraphQLContext, input: AddSignOffInput): Promise<SignOffRow> {
  const incidentId = decodeGlobalId(input.incidentId, 'Incident', 'input.incidentId').id;
  const partyId = decodeOptionalId(input.partyId, 'Party', 'input.partyId');
  const valid = validate(z.object({ roleTitle: z.optional(z.nullable(text(200))), detail: z.optional(z.nullable(text(2_000))) }), input);
  if (!partyId && !valid.roleTitle) throw new BadUserInputError('A sign-off names a party (`partyId`) or a role (`roleTitle`)');
  return runMutation(context, async (tx, audit) => {
    await lockRow(tx, t.incidents, incidentId, 'Incident');
    if (partyId) await lockRow(tx, t.parties, partyId, 'Party');
    const [row] = await tx
      .insert(t.signOffs)
      .values({
        incidentId, position: await nextPosition(tx, t.signOffs, incidentId), kind: input.kind, partyId: partyId ?? null,
        roleTitle: valid.roleTitle ?? null, signedOn: input.signedOn ?? null, detail: valid.detail ?? null,
      })
      .returning();
    audit({ action: 'signOff.create', entityType: 'SignOff', entityId: row!.id, after: row });
    return row!;
  });
}
