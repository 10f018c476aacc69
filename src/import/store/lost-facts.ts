import { and, eq } from 'drizzle-orm';
import * as t from '../../../db/schema/index.js';
import type { AppTx } from '../../../db/types.js';
import { nameKey } from '../../names/names.js';
import type { ExtractedFacts } from '../extract/extract-facts.js';
import type { ImportWarningModel } from '../import-result.js';
import type { ResolvedGraph } from './write-graph.js';

const MAX_LISTED = 5;
const sameText = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

/** Items of `before` with no counterpart in `after`, counting repeats (two entries on one day are two). */
function missing(before: string[], after: string[]): string[] {
  const left = [...after];
  return before.filter((b) => {
    const i = left.indexOf(b);
    if (i < 0) return true;
    left.splice(i, 1);
    return false;
  });
}

function warning(field: string, before: number, now: number, lost: string[]): ImportWarningModel {
  const listed = lost.slice(0, MAX_LISTED).map((l) => `"${l}"`).join(', ');
  const more = lost.length > MAX_LISTED ? ` and ${lost.length - MAX_LISTED} more` : '';
  return {
    code: 'FACTS_REMOVED',
    message: `${field}: the earlier version had ${before}, this one has ${now}; no longer in the report: ${listed}${more}`,
    line: null,
    candidates: [],
  };
}

/**
 * What an updated report would drop compared with the stored version, field by field: causes,
 * recommendations, timeline entries, parties and sign-offs the earlier version had and this one lacks.
 */
export async function lostFactWarnings(tx: AppTx, incidentId: string, facts: ExtractedFacts, graph: ResolvedGraph): Promise<ImportWarningModel[]> {
  const out: ImportWarningModel[] = [];
  const partyName = new Map<string, string>();
  const partyIdOf = (name: string | null) => (name ? graph.partyIds.get(nameKey(name)) ?? null : null);

  const causes = await tx.select({ text: t.causes.text }).from(t.causes).where(and(eq(t.causes.incidentId, incidentId), eq(t.causes.foundInTimeline, false)));
  const lostCauses = missing(causes.map((c) => sameText(c.text)), facts.causes.map((c) => sameText(c.text)));
  if (lostCauses.length) out.push(warning('causes', causes.length, facts.causes.length, lostCauses));

  const recs = await tx.select({ text: t.recommendations.text }).from(t.recommendations).where(eq(t.recommendations.incidentId, incidentId));
  const lostRecs = missing(recs.map((r) => sameText(r.text)), facts.recommendations.map((r) => sameText(r.text)));
  if (lostRecs.length) out.push(warning('recommendations', recs.length, facts.recommendations.length, lostRecs));

  const events = await tx.select({ on: t.timelineEvents.occurredOn, to: t.timelineEvents.endedOn }).from(t.timelineEvents).where(eq(t.timelineEvents.incidentId, incidentId));
  const day = (start: string, end: string | null) => (end && end !== start ? `${start} to ${end}` : start);
  const lostEvents = missing(events.map((e) => day(e.on, e.to)), facts.events.map((e) => day(e.startDate, e.endDate)));
  if (lostEvents.length) out.push(warning('timeline entries', events.length, facts.events.length, lostEvents));

  const parties = await tx.select({ id: t.parties.id, name: t.parties.name }).from(t.incidentParties)
    .innerJoin(t.parties, eq(t.parties.id, t.incidentParties.partyId)).where(eq(t.incidentParties.incidentId, incidentId));
  for (const p of parties) partyName.set(p.id, p.name);
  const nowParties = new Set([...facts.parties.map((p) => partyIdOf(p.name)), ...facts.roleParties.map((r) => partyIdOf(r.title))]);
  const lostParties = parties.filter((p) => !nowParties.has(p.id)).map((p) => p.name);
  if (lostParties.length) out.push(warning('parties', parties.length, nowParties.size, lostParties));

  const signOffs = await tx.select({ kind: t.signOffs.kind, partyId: t.signOffs.partyId, role: t.signOffs.roleTitle }).from(t.signOffs).where(eq(t.signOffs.incidentId, incidentId));
  const signer = (kind: string, id: string | null, role: string | null) => `${kind} ${id ? partyName.get(id) ?? id : role ?? '?'}`;
  const before = signOffs.map((s) => signer(s.kind, s.partyId, s.role));
  const now = facts.signOffs.map((s) => signer(s.kind, partyIdOf(s.partyName), s.roleTitle));
  const lostSignOffs = missing(before, now);
  if (lostSignOffs.length) out.push(warning('sign-offs', signOffs.length, facts.signOffs.length, lostSignOffs));
  return out;
}
