import { and, eq, gte, max, sql } from 'drizzle-orm';
import * as z from 'zod/mini';
import * as t from '../../db/schema/index.js';
import type {
  AddTimelineEventInput, CreateIncidentInput, IncidentRole, UpdateIncidentInput, UpdateTimelineEventInput,
} from '../generated/resolvers.js';
import type { GraphQLContext } from '../graph/context.js';
import { ConflictError } from '../graph/errors.js';
import { decodeGlobalId } from '../graph/ids.js';
import type { IncidentRow, TimelineEventRow } from '../graph/models.js';
import { runMutation } from '../graph/mutation.js';
import { checkDateOrder, lazySchema, longText, name, text, timeOfDay, validate } from '../graph/validate.js';
import { definedOnly, lockRow, updateVersioned } from '../graph/versioned.js';
import { emitEvent } from '../webhook/emit.js';
import { incidentCreated, incidentUpdated } from '../webhook/events.js';

const incidentFields = () => ({
  title: name(),
  summary: z.optional(z.nullable(longText())),
  symptoms: z.optional(z.array(text(500)).check(z.maxLength(100))),
  location: z.optional(z.nullable(text(2_000))),
});
const createSchema = lazySchema(() =>
  z.object({
    ...incidentFields(),
    key: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,119}$/, 'must be lower-case letters, digits and dashes (at most 120)')),
  }),
);
const updateSchema = lazySchema(() => z.object({ ...incidentFields(), title: z.optional(name()) }));

export async function createIncident(context: GraphQLContext, input: CreateIncidentInput): Promise<IncidentRow> {
  const valid = validate(createSchema(), input);
  checkDateOrder(input.startedOn, input.endedOn, 'input.endedOn');
  checkDateOrder(input.startedOn, input.closedOn, 'input.closedOn');
  return runMutation(context, async (tx, audit) => {
    const [existing] = await tx.select({ id: t.incidents.id }).from(t.incidents).where(eq(t.incidents.key, valid.key));
    if (existing) throw new ConflictError(`An incident with key ${valid.key} already exists`, { field: 'input.key' });
    const [row] = await tx
      .insert(t.incidents)
      .values({
        key: valid.key, title: valid.title, summary: valid.summary ?? null, location: valid.location ?? null,
        symptoms: valid.symptoms ?? [], severity: input.severity ?? null, status: input.status ?? 'OPEN',
        startedOn: input.startedOn, endedOn: input.endedOn ?? null, closedOn: input.closedOn ?? null,
      })
      .returning();
    audit({ action: 'incident.create', entityType: 'Incident', entityId: row!.id, after: row });
    await emitEvent(tx, audit, incidentCreated(row!));
    return row!;
  });
}

export async function updateIncident(context: GraphQLContext, input: UpdateIncidentInput): Promise<IncidentRow> {
  const { id } = decodeGlobalId(input.id, 'Incident', 'input.id');
  const valid = validate(updateSchema(), input);
  return runMutation(context, async (tx, audit) => {
    const current = await lockRow<IncidentRow>(tx, t.incidents, id, 'Incident');
    const patch = definedOnly({
      title: valid.title, summary: valid.summary, symptoms: valid.symptoms, location: valid.location,
      severity: input.severity, status: input.status ?? undefined, startedOn: input.startedOn ?? undefined,
      endedOn: input.endedOn, closedOn: input.closedOn,
    });
    const startedOn = patch.startedOn ?? current.startedOn;
    checkDateOrder(startedOn, patch.endedOn === undefined ? current.endedOn : patch.endedOn, 'input.endedOn');
    checkDateOrder(startedOn, patch.closedOn === undefined ? current.closedOn : patch.closedOn, 'input.closedOn');
    const { before, after } = await updateVersioned<IncidentRow>(tx, t.incidents, id, input.expectedVersion, patch, 'Incident');
    audit({ action: 'incident.update', entityType: 'Incident', entityId: id, before, after });
    await emitEvent(tx, audit, incidentUpdated(before, after));
    return after;
  });
}

const eventSchema = lazySchema(() =>
  z.object({
    text: longText(),
    timeOfDay: z.optional(z.nullable(timeOfDay())),
    position: z.optional(z.nullable(z.int().check(z.minimum(1), z.maximum(10_000)))),
  }),
);

export async function addTimelineEvent(context: GraphQLContext, input: AddTimelineEventInput): Promise<TimelineEventRow> {
  const incidentId = decodeGlobalId(input.incidentId, 'Incident', 'input.incidentId').id;
  const valid = validate(eventSchema(), input);
  checkDateOrder(input.occurredOn, input.endedOn, 'input.endedOn');
  return runMutation(context, async (tx, audit) => {
    await lockRow(tx, t.incidents, incidentId, 'Incident');
    const [{ last } = { last: 0 }] = await tx
      .select({ last: max(t.timelineEvents.position) })
      .from(t.timelineEvents)
      .where(eq(t.timelineEvents.incidentId, incidentId));
    const end = (last ?? 0) + 1;
    const position = Math.min(valid.position ?? end, end);
    if (position < end) {
      // Shift later events down; going through a negative range keeps the unique (incident, position) index satisfied.
      const later = and(eq(t.timelineEvents.incidentId, incidentId), gte(t.timelineEvents.position, position));
      await tx.update(t.timelineEvents).set({ position: sql`-(${t.timelineEvents.position} + 1)` }).where(later);
      await tx
        .update(t.timelineEvents)
        .set({ position: sql`-${t.timelineEvents.position}` })
        .where(and(eq(t.timelineEvents.incidentId, incidentId), sql`${t.timelineEvents.position} < 0`));
    }
    const [row] = await tx
      .insert(t.timelineEvents)
      .values({
        incidentId, position, occurredOn: input.occurredOn, endedOn: input.endedOn ?? null,
        timeOfDay: valid.timeOfDay ?? null, phase: input.phase, phases: [input.phase], text: valid.text,
      })
      .returning();
    audit({ action: 'timelineEvent.create', entityType: 'TimelineEvent', entityId: row!.id, after: row });
    return row!;
  });
}

export async function updateTimelineEvent(context: GraphQLContext, input: UpdateTimelineEventInput): Promise<TimelineEventRow> {
  const { id } = decodeGlobalId(input.id, 'TimelineEvent', 'input.id');
  const valid = validate(z.object({ text: z.optional(longText()), timeOfDay: z.optional(z.nullable(timeOfDay())) }), input);
  return runMutation(context, async (tx, audit) => {
    const current = await lockRow<TimelineEventRow>(tx, t.timelineEvents, id, 'TimelineEvent');
    const occurredOn = input.occurredOn ?? current.occurredOn;
    checkDateOrder(occurredOn, input.endedOn === undefined ? current.endedOn : input.endedOn, 'input.endedOn');
    const patch = definedOnly({
      text: valid.text, timeOfDay: valid.timeOfDay, occurredOn: input.occurredOn ?? undefined, endedOn: input.endedOn,
      phase: input.phase ?? undefined,
      phases: input.phase ? [input.phase, ...current.phases.filter((p) => p !== input.phase)] : undefined,
    });
    const { before, after } = await updateVersioned<TimelineEventRow>(tx, t.timelineEvents, id, input.expectedVersion, patch, 'TimelineEvent');
    audit({ action: 'timelineEvent.update', entityType: 'TimelineEvent', entityId: id, before, after });
    return after;
  });
}

export async function addParticipant(context: GraphQLContext, incidentGlobalId: string, partyGlobalId: string, role: IncidentRole): Promise<IncidentRow> {
  const incidentId = decodeGlobalId(incidentGlobalId, 'Incident', 'incidentId').id;
  const partyId = decodeGlobalId(partyGlobalId, 'Party', 'partyId').id;
  return runMutation(context, async (tx, audit) => {
    const incident = await lockRow<IncidentRow>(tx, t.incidents, incidentId, 'Incident');
    await lockRow(tx, t.parties, partyId, 'Party');
    await tx
      .insert(t.incidentParties)
      .values({ incidentId, partyId, roles: [role] })
      .onConflictDoUpdate({
        target: [t.incidentParties.incidentId, t.incidentParties.partyId],
        set: { roles: sql`case when ${role}::incident_role = any(${t.incidentParties.roles}) then ${t.incidentParties.roles} else array_append(${t.incidentParties.roles}, ${role}::incident_role) end` },
      });
    audit({ action: 'incident.addParticipant', entityType: 'Incident', entityId: incidentId, after: { partyId, role } });
    return incident;
  });
}
