import { eq, max } from 'drizzle-orm';
import * as z from 'zod/mini';
import * as t from '../../db/schema/index.js';
import type { AppTx } from '../../db/types.js';
import type {
  AddCauseInput, AddRecommendationInput, AddSignOffInput, UpdateCauseInput, UpdateRecommendationInput,
} from '../generated/resolvers.js';
import type { GraphQLContext } from '../graph/context.js';
import { BadUserInputError } from '../graph/errors.js';
import { decodeGlobalId, decodeOptionalId } from '../graph/ids.js';
import type { CauseRow, RecommendationRow, SignOffRow } from '../graph/models.js';
import { runMutation } from '../graph/mutation.js';
import { emitEvent } from '../webhook/emit.js';
import { recommendationCreated } from '../webhook/events.js';
import { longText, text, validate } from '../graph/validate.js';
import { definedOnly, lockRow, updateVersioned } from '../graph/versioned.js';
import { teachCue } from '../classification/learned-cues.js';
import type { CauseCategory } from '../import/fact-types.js';

async function nextPosition(tx: AppTx, table: typeof t.causes | typeof t.recommendations | typeof t.signOffs, incidentId: string) {
  const [row] = await tx.select({ last: max(table.position) }).from(table).where(eq(table.incidentId, incidentId));
  return (row?.last ?? 0) + 1;
}

const categoriesSchema = z.array(z.string()).check(z.minLength(1, 'needs at least one category'), z.maxLength(12));

export async function addCause(context: GraphQLContext, input: AddCauseInput): Promise<CauseRow> {
  const incidentId = decodeGlobalId(input.incidentId, 'Incident', 'input.incidentId').id;
  const assetIds = (input.assetIds ?? []).map((id, i) => decodeGlobalId(id, 'Asset', `input.assetIds.${i}`).id);
  const valid = validate(z.object({ text: longText, categories: categoriesSchema }), input);
  return runMutation(context, async (tx, audit) => {
    await lockRow(tx, t.incidents, incidentId, 'Incident');
    for (const id of assetIds) await lockRow(tx, t.assets, id, 'Asset');
    const [row] = await tx
      .insert(t.causes)
      .values({ incidentId, position: await nextPosition(tx, t.causes, incidentId), kind: input.kind ?? 'ROOT', categories: [...new Set(input.categories)], text: valid.text })
      .returning();
    if (assetIds.length) {
      await tx.insert(t.causeAssets).values(assetIds.map((assetId) => ({ leftId: row!.id, rightId: assetId }))).onConflictDoNothing();
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
  const valid = validate(z.object({ text: z.optional(longText), categories: z.optional(z.nullable(categoriesSchema)) }), input);
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

const recommendationSchema = z.object({ text: z.optional(longText), evidence: z.optional(z.nullable(text(5_000))) });

async function owners(tx: AppTx, input: { ownerPartyId?: string | null; ownerTeamId?: string | null }) {
  const ownerPartyId = decodeOptionalId(input.ownerPartyId, 'Party', 'input.ownerPartyId');
  const ownerTeamId = decodeOptionalId(input.ownerTeamId, 'Team', 'input.ownerTeamId');
  if (ownerPartyId) await lockRow(tx, t.parties, ownerPartyId, 'Party');
  if (ownerTeamId) await lockRow(tx, t.teams, ownerTeamId, 'Team');
  return { ownerPartyId, ownerTeamId };
}

export async function addRecommendation(context: GraphQLContext, input: AddRecommendationInput): Promise<RecommendationRow> {
  const incidentId = decodeGlobalId(input.incidentId, 'Incident', 'input.incidentId').id;
  const causeIds = (input.causeIds ?? []).map((id, i) => decodeGlobalId(id, 'Cause', `input.causeIds.${i}`).id);
  const valid = validate(recommendationSchema, input);
  return runMutation(context, async (tx, audit) => {
    await lockRow(tx, t.incidents, incidentId, 'Incident');
    for (const causeId of causeIds) {
      const cause = await lockRow<CauseRow>(tx, t.causes, causeId, 'Cause');
      if (cause.incidentId !== incidentId) throw new BadUserInputError('A recommendation addresses causes of its own incident', { field: 'input.causeIds' });
    }
    const [row] = await tx
      .insert(t.recommendations)
      .values({
        incidentId, position: await nextPosition(tx, t.recommendations, incidentId), text: valid.text!,
        type: input.type ?? 'PREVENT', dueOn: input.dueOn ?? null, ...definedOnly(await owners(tx, input)),
      })
      .returning();
    if (causeIds.length) {
      await tx.insert(t.recommendationCauses).values(causeIds.map((causeId) => ({ leftId: row!.id, rightId: causeId }))).onConflictDoNothing();
    }
    audit({ action: 'recommendation.create', entityType: 'Recommendation', entityId: row!.id, after: { ...row, causeIds } });
    await emitEvent(tx, audit, recommendationCreated(row!));
    return row!;
  });
}

export async function updateRecommendation(context: GraphQLContext, input: UpdateRecommendationInput): Promise<RecommendationRow> {
  const { id } = decodeGlobalId(input.id, 'Recommendation', 'input.id');
  const valid = validate(recommendationSchema, input);
  return runMutation(context, async (tx, audit) => {
    const patch = definedOnly({
      text: valid.text, evidence: valid.evidence, type: input.type ?? undefined, dueOn: input.dueOn, ...(await owners(tx, input)),
    });
    const { before, after } = await updateVersioned<RecommendationRow>(tx, t.recommendations, id, input.expectedVersion, patch, 'Recommendation');
    audit({ action: 'recommendation.update', entityType: 'Recommendation', entityId: id, before, after });
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
