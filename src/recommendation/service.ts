import * as z from 'zod/mini';
import * as t from '../../db/schema/index.js';
import type { AppTx } from '../../db/types.js';
import type { AddRecommendationInput, ChangeRecommendationStatusInput, UpdateRecommendationInput } from '../generated/resolvers.js';
import type { GraphQLContext } from '../graph/context.js';
import { BadUserInputError } from '../graph/errors.js';
import { decodeGlobalId, decodeOptionalId } from '../graph/ids.js';
import type { CauseRow, RecommendationRow } from '../graph/models.js';
import { runMutation } from '../graph/mutation.js';
import { lazySchema, longText, text, validate } from '../graph/validate.js';
import { definedOnly, lockRow, updateVersioned } from '../graph/versioned.js';
import { nextPosition } from '../incident/positions.js';
import { allowedNext, canMove } from './lifecycle.js';
import { emitEvent } from '../webhook/emit.js';
import { recommendationCreated, recommendationStatusChanged } from '../webhook/events.js';

const recommendationSchema = lazySchema(() => z.object({ text: z.optional(longText()), evidence: z.optional(z.nullable(text(5_000))) }));

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
  const valid = validate(recommendationSchema(), input);
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
      await tx.insert(t.recommendationCauses).values(causeIds.map((causeId) => ({ recommendationId: row!.id, causeId: causeId }))).onConflictDoNothing();
    }
    audit({ action: 'recommendation.create', entityType: 'Recommendation', entityId: row!.id, after: { ...row, causeIds } });
    await emitEvent(tx, audit, recommendationCreated(row!));
    return row!;
  });
}

export async function updateRecommendation(context: GraphQLContext, input: UpdateRecommendationInput): Promise<RecommendationRow> {
  const { id } = decodeGlobalId(input.id, 'Recommendation', 'input.id');
  const valid = validate(recommendationSchema(), input);
  return runMutation(context, async (tx, audit) => {
    const patch = definedOnly({
      text: valid.text, evidence: valid.evidence, type: input.type ?? undefined, dueOn: input.dueOn, ...(await owners(tx, input)),
    });
    const { before, after } = await updateVersioned<RecommendationRow>(tx, t.recommendations, id, input.expectedVersion, patch, 'Recommendation');
    audit({ action: 'recommendation.update', entityType: 'Recommendation', entityId: id, before, after });
    return after;
  });
}

const inputSchema = lazySchema(() => z.object({ reason: z.optional(z.nullable(text(2_000))), evidence: z.optional(z.nullable(text(5_000))) }));

/** One lifecycle step, with what that step needs: a reason to reject, evidence to finish, a verifier to verify. */
export async function changeRecommendationStatus(context: GraphQLContext, input: ChangeRecommendationStatusInput): Promise<RecommendationRow> {
  const { id } = decodeGlobalId(input.id, 'Recommendation', 'input.id');
  const verifiedBy = decodeOptionalId(input.verifiedById, 'Party', 'input.verifiedById');
  const valid = validate(inputSchema(), input);
  return runMutation(context, async (tx, audit) => {
    const current = await lockRow<RecommendationRow>(tx, t.recommendations, id, 'Recommendation');
    if (!canMove(current.status, input.status)) {
      const options = allowedNext(current.status);
      throw new BadUserInputError(
        `A ${current.status} recommendation cannot become ${input.status}${options.length ? `; it may become ${options.join(' or ')}` : '; it is final'}`,
        { field: 'input.status', from: current.status, allowed: options },
      );
    }
    if (input.status === 'REJECTED' && !valid.reason) throw new BadUserInputError('Rejecting needs a `reason`', { field: 'input.reason' });
    const evidence = valid.evidence ?? current.evidence;
    if (input.status === 'DONE' && !evidence) throw new BadUserInputError('Marking done needs `evidence` (text or a link)', { field: 'input.evidence' });
    if (input.status === 'VERIFIED') {
      if (!verifiedBy) throw new BadUserInputError('Verifying needs `verifiedById`, the party who checked the evidence', { field: 'input.verifiedById' });
      await lockRow(tx, t.parties, verifiedBy, 'Party');
    }
    const patch = definedOnly({
      status: input.status,
      evidence: valid.evidence ?? undefined,
      rejectedReason: input.status === 'REJECTED' ? valid.reason! : undefined,
      verifiedByPartyId: input.status === 'VERIFIED' ? verifiedBy! : input.status === 'IN_PROGRESS' ? null : undefined,
    });
    const { before, after } = await updateVersioned<RecommendationRow>(tx, t.recommendations, id, input.expectedVersion, patch, 'Recommendation');
    audit({ action: `recommendation.${input.status.toLowerCase()}`, entityType: 'Recommendation', entityId: id, before, after });
    await emitEvent(tx, audit, recommendationStatusChanged(before, after));
    return after;
  });
}
