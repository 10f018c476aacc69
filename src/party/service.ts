import { eq, sql } from 'drizzle-orm';
import * as z from 'zod/mini';
import * as t from '../../db/schema/index.js';
import type { CreatePartyInput, UpdatePartyInput } from '../generated/resolvers.js';
import { addAliasMutation, removeAliasMutation } from '../names/alias-mutations.js';
import { addAlias, assertSpellingFree, mergeAliases } from '../names/aliases.js';
import type { GraphQLContext } from '../graph/context.js';
import { BadUserInputError } from '../graph/errors.js';
import { decodeGlobalId, decodeOptionalId } from '../graph/ids.js';
import type { PartyRow } from '../graph/models.js';
import { runMutation } from '../graph/mutation.js';
import { emitEvent } from '../webhook/emit.js';
import { partyMerged } from '../webhook/events.js';
import { partyNames } from '../names/named-tables.js';
import { repointReferences, type MergeReferences } from '../names/repoint.js';
import { lazySchema, name, text, validate } from '../graph/validate.js';
import { definedOnly, lockRow, updateVersioned } from '../graph/versioned.js';

const partySchema = lazySchema(() =>
  z.object({
    name: z.optional(name()),
    title: z.optional(z.nullable(text(200))),
    aliases: z.optional(z.array(name()).check(z.maxLength(50))),
  }),
);

export async function createParty(context: GraphQLContext, input: CreatePartyInput): Promise<PartyRow> {
  const valid = validate(partySchema(), input);
  const teamId = decodeOptionalId(input.teamId, 'Team', 'input.teamId');
  return runMutation(context, async (tx, audit) => {
    const key = await assertSpellingFree(tx, partyNames, valid.name!, null);
    if (teamId) await lockRow(tx, t.teams, teamId, 'Team');
    const [row] = await tx.insert(t.parties).values({ name: valid.name!, nameKey: key, title: valid.title ?? null, teamId: teamId ?? null }).returning();
    for (const alias of valid.aliases ?? []) await addAlias(tx, partyNames, row!.id, row!.name, alias);
    audit({ action: 'party.create', entityType: 'Party', entityId: row!.id, after: { ...row, aliases: valid.aliases ?? [] } });
    return row!;
  });
}

export async function updateParty(context: GraphQLContext, input: UpdatePartyInput): Promise<PartyRow> {
  const { id } = decodeGlobalId(input.id, 'Party', 'input.id');
  const valid = validate(partySchema(), input);
  const teamId = decodeOptionalId(input.teamId, 'Team', 'input.teamId');
  return runMutation(context, async (tx, audit) => {
    const nameKey = valid.name ? await assertSpellingFree(tx, partyNames, valid.name, id) : undefined;
    if (teamId) await lockRow(tx, t.teams, teamId, 'Team');
    const patch = definedOnly({ name: valid.name, nameKey, title: valid.title, teamId });
    const { before, after } = await updateVersioned<PartyRow>(tx, t.parties, id, input.expectedVersion, patch, 'Party');
    if (before.name !== after.name) await addAlias(tx, partyNames, id, after.name, before.name);
    audit({ action: 'party.update', entityType: 'Party', entityId: id, before, after });
    return after;
  });
}

export const addPartyAlias = (context: GraphQLContext, partyGlobalId: string, alias: string) =>
  addAliasMutation<PartyRow>(context, partyNames, partyGlobalId, alias, 'partyId');

export const removePartyAlias = (context: GraphQLContext, partyGlobalId: string, alias: string) =>
  removeAliasMutation<PartyRow>(context, partyNames, partyGlobalId, alias, 'partyId');

/** Every column that points at a party, and how a merge moves it. */
export const partyMergeReferences: MergeReferences = {
  keyed: [[t.eventParties, t.eventParties.partyId]],
  plain: [
    [t.signOffs, t.signOffs.partyId],
    [t.recommendations, t.recommendations.ownerPartyId],
    [t.recommendations, t.recommendations.verifiedByPartyId],
    [t.assets, t.assets.ownerPartyId],
  ],
  ownCode: [
    { column: t.incidentParties.partyId, why: 'both parties in one incident become one participant with the roles of both' },
    { column: t.partyAliases.ownerId, why: 'the merged name joins the spellings, which must stay free (mergeAliases)' },
  ],
};

export async function mergeParties(context: GraphQLContext, keepGlobalId: string, mergeGlobalId: string): Promise<PartyRow> {
  const keepId = decodeGlobalId(keepGlobalId, 'Party', 'keepId').id;
  const mergeId = decodeGlobalId(mergeGlobalId, 'Party', 'mergeId').id;
  if (keepId === mergeId) throw new BadUserInputError('`keepId` and `mergeId` are the same party');
  return runMutation(context, async (tx, audit) => {
    const keep = await lockRow<PartyRow>(tx, t.parties, keepId, 'Party');
    const merged = await lockRow<PartyRow>(tx, t.parties, mergeId, 'Party');
    // Roles of both in the same incident are united before the merged party's rows go.
    const roles = await tx.select().from(t.incidentParties).where(eq(t.incidentParties.partyId, mergeId));
    for (const role of roles) {
      await tx
        .insert(t.incidentParties)
        .values({ ...role, partyId: keepId })
        .onConflictDoUpdate({
          target: [t.incidentParties.incidentId, t.incidentParties.partyId],
          set: { roles: sql`array(select distinct unnest(${t.incidentParties.roles} || excluded.roles) order by 1)` },
        });
    }
    await tx.delete(t.incidentParties).where(eq(t.incidentParties.partyId, mergeId));
    await repointReferences(tx, partyMergeReferences, mergeId, keepId);
    await mergeAliases(tx, partyNames, keep, merged);
    await tx.delete(t.parties).where(eq(t.parties.id, mergeId));
    const { after } = await updateVersioned<PartyRow>(tx, t.parties, keepId, keep.version, definedOnly({
      title: keep.title ?? merged.title ?? undefined,
      teamId: keep.teamId ?? merged.teamId ?? undefined,
    }), 'Party');
    audit({ action: 'party.merge', entityType: 'Party', entityId: keepId, before: { keep, merged }, after });
    audit({ action: 'party.mergedInto', entityType: 'Party', entityId: mergeId, before: merged, after: { mergedInto: keepId } });
    await emitEvent(tx, audit, partyMerged(after, merged));
    return after;
  });
}
