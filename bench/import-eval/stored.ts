import { and, asc, eq, inArray } from 'drizzle-orm';
import * as t from '../../db/schema/index.js';
import type { AppDb } from '../../db/types.js';

export interface StoredFact {
  /** Report lines the fact came from; a warning on any of them means the analyst was told. */
  lines: number[];
}

export interface StoredFacts {
  parties: (StoredFact & { names: string[]; title: string | null })[];
  assets: (StoredFact & { names: string[] })[];
  entries: (StoredFact & { start: string; end: string })[];
  times: (StoredFact & { date: string; time: string })[];
  causes: (StoredFact & { text: string })[];
  /** `inferred`: every cause link was read from shared words, and the API says so (`causeLinks.basis`). */
  recommendations: (StoredFact & { text: string; causeTexts: string[]; inferred: boolean })[];
  signOffs: (StoredFact & { kind: string; names: string[] })[];
  warningLines: number[];
}

const range = (start: number | null, end: number | null): number[] => {
  if (start === null) return [];
  const out: number[] = [];
  for (let l = start; l <= (end ?? start); l++) out.push(l);
  return out;
};

/** Lines of the text read that mention any of the names, for facts stored without lines of their own. */
function linesMentioning(text: string, names: string[]): number[] {
  const lower = names.map((n) => n.toLowerCase());
  return text.split(/\r\n|\r|\n/).flatMap((line, i) => (lower.some((n) => line.toLowerCase().includes(n)) ? [i + 1] : []));
}

async function aliasesOf(db: AppDb, table: typeof t.partyAliases | typeof t.assetAliases, ids: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (ids.length === 0) return map;
  for (const row of await db.select().from(table).where(inArray(table.ownerId, ids))) {
    map.set(row.ownerId, [...(map.get(row.ownerId) ?? []), row.alias]);
  }
  return map;
}

/** Reads back what the database holds for one incident, in the shape the gold is written in. */
export async function storedFacts(db: AppDb, incidentKey: string, textRead: string, warningLines: number[]): Promise<StoredFacts> {
  const [incident] = await db.select().from(t.incidents).where(eq(t.incidents.key, incidentKey));
  if (!incident) throw new Error(`incident ${incidentKey} was not stored`);
  const id = incident.id;

  const partyRows = await db
    .select({ partyId: t.parties.id, name: t.parties.name, title: t.incidentParties.titleAsListed, start: t.incidentParties.sourceStartLine, end: t.incidentParties.sourceEndLine })
    .from(t.incidentParties).innerJoin(t.parties, eq(t.parties.id, t.incidentParties.partyId)).where(eq(t.incidentParties.incidentId, id));
  const partyAliases = await aliasesOf(db, t.partyAliases, partyRows.map((p) => p.partyId));
  // A role the report names without a person ("the Chairman of ERG") is stored under its title; it is not a listed party.
  const people = partyRows.filter((p) => p.name !== p.title);

  const assetRows = await db
    .select({ assetId: t.assets.id, name: t.assets.name })
    .from(t.incidentAssets).innerJoin(t.assets, eq(t.assets.id, t.incidentAssets.assetId)).where(eq(t.incidentAssets.incidentId, id));
  const assetAliases = await aliasesOf(db, t.assetAliases, assetRows.map((a) => a.assetId));

  const events = await db.select().from(t.timelineEvents).where(eq(t.timelineEvents.incidentId, id)).orderBy(asc(t.timelineEvents.position));
  const causeRows = await db.select().from(t.causes).where(and(eq(t.causes.incidentId, id), eq(t.causes.foundInTimeline, false))).orderBy(asc(t.causes.position));
  const causeText = new Map(causeRows.map((c) => [c.id, c.text]));
  const recRows = await db.select().from(t.recommendations).where(eq(t.recommendations.incidentId, id)).orderBy(asc(t.recommendations.position));
  const links = recRows.length
    ? await db.select().from(t.recommendationCauses).where(inArray(t.recommendationCauses.recommendationId, recRows.map((r) => r.id)))
    : [];
  const signRows = await db
    .select({ kind: t.signOffs.kind, partyId: t.signOffs.partyId, name: t.parties.name, rule: t.signOffs.sourceRule, start: t.signOffs.sourceStartLine, end: t.signOffs.sourceEndLine })
    .from(t.signOffs).leftJoin(t.parties, eq(t.parties.id, t.signOffs.partyId)).where(eq(t.signOffs.incidentId, id));
  const signerAliases = await aliasesOf(db, t.partyAliases, signRows.flatMap((s) => (s.partyId ? [s.partyId] : [])));

  return {
    parties: people.map((p) => ({ names: [p.name, ...(partyAliases.get(p.partyId) ?? [])], title: p.title, lines: range(p.start, p.end) })),
    assets: assetRows.map((a) => {
      const names = [a.name, ...(assetAliases.get(a.assetId) ?? [])];
      return { names, lines: linesMentioning(textRead, names) };
    }),
    entries: events.map((e) => ({ start: e.occurredOn, end: e.endedOn ?? e.occurredOn, lines: range(e.sourceStartLine, e.sourceEndLine) })),
    times: events.flatMap((e) => storedTimes(e).map(({ time, date }) => ({ date, time, lines: range(e.sourceStartLine, e.sourceEndLine) }))),
    causes: causeRows.map((c) => ({ text: c.text, lines: range(c.sourceStartLine, c.sourceEndLine) })),
    recommendations: recRows.map((r) => ({
      text: r.text,
      causeTexts: links.filter((l) => l.recommendationId === r.id).flatMap((l) => causeText.get(l.causeId) ?? []),
      inferred: links.some((l) => l.recommendationId === r.id) && links.filter((l) => l.recommendationId === r.id).every((l) => l.basis === 'INFERRED'),
      lines: range(r.sourceStartLine, r.sourceEndLine),
    })),
    // Decisions read from the timeline (emergency declared, purchase approved) are a different fact; only sign-off lines count here.
    signOffs: signRows
      .filter((s) => s.rule?.startsWith('sign-off line'))
      .map((s) => ({ kind: s.kind, names: s.name ? [s.name, ...(signerAliases.get(s.partyId ?? '') ?? [])] : [], lines: range(s.start, s.end) })),
    warningLines,
  };
}

/** Each time with its day: its own where the report gave one, else the entry's first day. */
function storedTimes(event: typeof t.timelineEvents.$inferSelect): { time: string; date: string }[] {
  if (event.times.length > 0) return event.times.map((x) => ({ time: x.time, date: x.date ?? event.occurredOn }));
  return event.timeOfDay ? [{ time: event.timeOfDay, date: event.occurredOn }] : [];
}
