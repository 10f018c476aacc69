import { eq, sql, type SQLWrapper } from 'drizzle-orm';
import * as t from '../../../db/schema/index.js';
import type { AppTx } from '../../../db/types.js';
import type { IncidentRow } from '../../graph/models.js';
import { nameKey } from '../../names/names.js';
import type { ExtractedFacts } from '../extract/extract-facts.js';
import type { ParsedReport } from '../parse/parse-report.js';
import type { ImportCounts } from '../import-result.js';
import type { ResolvedGraph } from './write-graph.js';
import { factTableRows as tableRows, type FactRow } from './audit-facts.js';

const provenance = (fact: Spanned) => ({
  sourceStartLine: fact.span.startLine,
  sourceEndLine: fact.span.endLine,
  sourceRule: fact.rule,
});

/** The incident row's fields as the report states them. */
export function incidentFields(report: ParsedReport, facts: ExtractedFacts, markdown: string, sourceHash: string) {
  const declared = facts.signOffs.some((s) => s.kind === 'EMERGENCY_DECLARED');
  return {
    key: facts.incident.key,
    title: facts.incident.title,
    summary: facts.incident.summary,
    // A declared state of emergency is the department's highest class.
    severity: declared ? ('SEV1' as const) : null,
    status: facts.incident.closedOn ? ('CLOSED' as const) : ('RESOLVED' as const),
    startedOn: facts.incident.start,
    endedOn: facts.incident.end,
    closedOn: facts.incident.closedOn,
    symptoms: facts.incident.symptoms,
    location: facts.incident.location,
    department: report.department,
    organisation: report.organisation,
    sourceMarkdown: markdown,
    sourceHash,
  };
}

/** Removes an incident's facts before a corrected report writes them again; shared entities stay. */
export async function clearIncidentFacts(tx: AppTx, incidentId: string): Promise<void> {
  for (const table of [t.timelineEvents, t.causes, t.recommendations, t.signOffs, t.assetFacts]) {
    await tx.delete(table).where(eq(table.incidentId, incidentId));
  }
  await tx.delete(t.incidentAssets).where(eq(t.incidentAssets.incidentId, incidentId));
  await tx.delete(t.incidentTeams).where(eq(t.incidentTeams.incidentId, incidentId));
  await tx.delete(t.incidentServices).where(eq(t.incidentServices.incidentId, incidentId));
  await tx.delete(t.incidentParties).where(eq(t.incidentParties.incidentId, incidentId));
}

/** What every step of writing a report's facts shares: the transaction, the incident, the resolved graph, the pending link INSERTs. */
interface FactWrite {
  tx: AppTx;
  incidentId: string;
  graph: ResolvedGraph;
  /** Every link row is written at the end, with the others, in one statement (writeLinks). */
  links: SQLWrapper[];
  partyOf(name: string | null): string | null;
}

type Spanned = { span: { startLine: number; endLine: number }; rule: string };

const idsOf = (map: Map<string, string>, keys: Iterable<string>) => [...new Set([...keys].flatMap((k) => (map.has(k) ? [map.get(k)!] : [])))];

/**
 * Writes every fact of the report for the incident, each with the lines and rule it came from;
 * returns the counts and the fact rows as written (for their audit entries).
 */
export async function writeIncidentFacts(tx: AppTx, incident: IncidentRow, facts: ExtractedFacts, graph: ResolvedGraph): Promise<{ counts: ImportCounts; rows: FactRow[] }> {
  const write: FactWrite = {
    tx, incidentId: incident.id, graph, links: [],
    partyOf: (name) => (name ? graph.partyIds.get(nameKey(name)) ?? null : null),
  };
  const involved = linkInvolved(write, facts);
  const events = await writeEvents(write, facts);
  const { causes, causeIds } = await writeCauses(write, facts);
  const recommendations = await writeRecommendations(write, facts, causeIds);
  await writeLinks(tx, write.links);
  const signOffs = await writeSignOffs(write, facts);
  const assetFacts = await writeAssetFacts(write, facts);

  // The rows as written, in the order and shape `incidentFactRows` reads them, for the audit entries.
  const rows = [
    ...tableRows('timelineEvents', events), ...tableRows('causes', causes), ...tableRows('recommendations', recommendations),
    ...tableRows('signOffs', signOffs), ...tableRows('assetFacts', assetFacts),
  ];
  const counts = {
    ...involved,
    timelineEvents: facts.events.length, causes: facts.causes.length, findings: facts.findings.length,
    recommendations: facts.recommendations.length, signOffs: facts.signOffs.length, assetFacts: assetFacts.length,
  };
  return { counts, rows };
}

/** Links the incident to the assets, teams, services and parties the report names; returns how many of each. */
function linkInvolved({ tx, incidentId, graph, links, partyOf }: FactWrite, facts: ExtractedFacts) {
  const assetIds = idsOf(graph.assetIds, graph.assetIds.keys());
  if (assetIds.length) links.push(tx.insert(t.incidentAssets).values(assetIds.map((assetId) => ({ incidentId, assetId }))).onConflictDoNothing());
  const teamIds = idsOf(graph.teamIds, graph.teamIds.keys());
  if (teamIds.length) links.push(tx.insert(t.incidentTeams).values(teamIds.map((teamId) => ({ incidentId, teamId }))).onConflictDoNothing());
  const serviceIds = idsOf(graph.serviceIds, graph.serviceIds.keys());
  if (serviceIds.length) links.push(tx.insert(t.incidentServices).values(serviceIds.map((serviceId) => ({ incidentId, serviceId }))).onConflictDoNothing());

  const participants = new Map<string, { roles: Set<(typeof t.incidentRole.enumValues)[number]>; title: string | null; fact: Spanned }>();
  for (const party of facts.parties) {
    const id = partyOf(party.name);
    if (!id) continue;
    const entry = participants.get(id) ?? { roles: new Set(), title: party.title, fact: party };
    for (const role of party.roles) entry.roles.add(role);
    participants.set(id, entry);
  }
  for (const role of facts.roleParties) {
    const id = partyOf(role.title);
    if (id && !participants.has(id)) participants.set(id, { roles: new Set(['RESPONDER']), title: role.title, fact: role });
  }
  if (participants.size) {
    links.push(tx.insert(t.incidentParties).values(
      [...participants].map(([partyId, p]) => ({ incidentId, partyId, roles: [...p.roles], titleAsListed: p.title, ...provenance(p.fact) })),
    ).onConflictDoNothing());
  }
  return { parties: participants.size, assets: assetIds.length, teams: teamIds.length, services: serviceIds.length };
}

/** The timeline, in one multi-row INSERT (as every fact table: a handful of statements, whatever the report's size), and what each event mentions. */
async function writeEvents({ tx, incidentId, graph, links, partyOf }: FactWrite, facts: ExtractedFacts) {
  const events = facts.events.length
    ? await tx.insert(t.timelineEvents).values(facts.events.map((event) => ({
      incidentId, position: event.order, occurredOn: event.startDate, endedOn: event.endDate === event.startDate ? null : event.endDate,
      timeOfDay: event.time, timeQualifier: event.times[0]?.qualifier ?? null,
      times: event.times.map((t) => ({ time: t.time, qualifier: t.qualifier, sentence: t.sentence, date: t.date ?? event.startDate })), phase: event.phases[0] ?? 'DIAGNOSIS', phases: event.phases,
      text: event.text, sourceStartLine: event.span.startLine, sourceEndLine: event.span.endLine, sourceRule: event.rule,
    }))).returning()
    : [];
  const eventIds = new Map(events.map((row) => [row.position, row.id]));
  const maps = { ASSET: graph.assetIds, TEAM: graph.teamIds, SERVICE: graph.serviceIds } as const;
  const mentionLinks = { ASSET: [] as LinkRow[], PARTY: [] as LinkRow[], TEAM: [] as LinkRow[], SERVICE: [] as LinkRow[] };
  for (const event of facts.events) {
    for (const mention of event.mentions) {
      const targetId = mention.type === 'PARTY' ? partyOf(mention.name) : maps[mention.type].get(mention.key);
      if (targetId) mentionLinks[mention.type].push({ from: eventIds.get(event.order)!, to: targetId, ...provenance(mention) });
    }
  }
  linkRows(tx, links, t.eventAssets, ['eventId', 'assetId'], mentionLinks.ASSET);
  linkRows(tx, links, t.eventParties, ['eventId', 'partyId'], mentionLinks.PARTY);
  linkRows(tx, links, t.eventTeams, ['eventId', 'teamId'], mentionLinks.TEAM);
  linkRows(tx, links, t.eventServices, ['eventId', 'serviceId'], mentionLinks.SERVICE);
  return events;
}

/** The stated causes, then the findings read from the timeline, and the assets each cause touches; returns each stated cause's ID by its order. */
async function writeCauses({ tx, incidentId, graph, links }: FactWrite, facts: ExtractedFacts) {
  let position = 0;
  const causeRows = [
    ...facts.causes.map((cause) => ({
      incidentId, position: ++position, kind: cause.kind, categories: cause.categories, text: cause.text,
      citesEarlierRecommendation: cause.refersToEarlierRecommendation, earlierIncidentMonth: cause.earlierIncidentMonth,
      sinceOn: cause.since, sincePrecision: cause.sincePrecision, categoryEvidence: cause.categoryEvidence,
      needsReview: cause.needsReview, reviewReason: cause.reviewReason, ...provenance(cause),
    })),
    ...facts.findings.map((finding) => ({
      incidentId, position: ++position, kind: 'CONTRIBUTING' as const, categories: finding.categories, text: finding.text,
      foundInTimeline: true, categoryEvidence: finding.categoryEvidence, needsReview: finding.needsReview,
      reviewReason: finding.reviewReason, ...provenance(finding),
    })),
  ];
  const causes = causeRows.length ? await tx.insert(t.causes).values(causeRows).returning() : [];
  const causeIdAt = new Map(causes.map((row) => [row.position, row.id]));
  // Causes take positions 1…n in the order stated, so the n-th cause's row is the one at position n.
  const causeIds = new Map(facts.causes.map((cause, i) => [cause.order, causeIdAt.get(i + 1)!]));
  linkRows(tx, links, t.causeAssets, ['causeId', 'assetId'], facts.causes.flatMap((cause) =>
    idsOf(graph.assetIds, cause.assetKeys).map((to) => ({ from: causeIds.get(cause.order)!, to, ...provenance(cause) }))));
  return { causes, causeIds };
}

/** The recommendations, the causes each addresses and the assets each names. */
async function writeRecommendations({ tx, incidentId, graph, links }: FactWrite, facts: ExtractedFacts, causeIds: Map<number, string>) {
  const recommendations = facts.recommendations.length
    ? await tx.insert(t.recommendations).values(facts.recommendations.map((recommendation) => ({
      incidentId, position: recommendation.order, text: recommendation.text, type: recommendation.type, dueOn: recommendation.dueDate,
      ...provenance(recommendation),
    }))).returning()
    : [];
  const recommendationIds = new Map(recommendations.map((row) => [row.position, row.id]));
  linkRows(tx, links, t.recommendationCauses, ['recommendationId', 'causeId'], facts.recommendations.flatMap((recommendation) =>
    [...new Set(recommendation.addressesCauseOrders.flatMap((order) => (causeIds.has(order) ? [causeIds.get(order)!] : [])))]
      .map((to) => ({ from: recommendationIds.get(recommendation.order)!, to, basis: recommendation.linkedByReference ? 'STATED' as const : 'INFERRED' as const, ...provenance(recommendation) }))));
  linkRows(tx, links, t.recommendationAssets, ['recommendationId', 'assetId'], facts.recommendations.flatMap((recommendation) =>
    idsOf(graph.assetIds, recommendation.assetKeys).map((to) => ({ from: recommendationIds.get(recommendation.order)!, to, ...provenance(recommendation) }))));
  return recommendations;
}

async function writeSignOffs({ tx, incidentId, partyOf }: FactWrite, facts: ExtractedFacts) {
  let position = 0;
  return facts.signOffs.length
    ? await tx.insert(t.signOffs).values(facts.signOffs.map((signOff) => ({
      incidentId, position: ++position, kind: signOff.kind, partyId: partyOf(signOff.partyName), roleTitle: signOff.roleTitle,
      signedOn: signOff.date, detail: signOff.detail, ...provenance(signOff),
    }))).returning()
    : [];
}

/** What the report says of each asset it resolved; facts of an asset it did not resolve are left out. */
async function writeAssetFacts({ tx, incidentId, graph }: FactWrite, facts: ExtractedFacts) {
  const assetFactRows = facts.assetFacts.flatMap((fact) => {
    const assetId = graph.assetIds.get(fact.assetKey);
    return assetId
      ? [{ assetId, incidentId, kind: fact.kind, sinceOn: fact.since, sincePrecision: fact.sincePrecision, observedOn: fact.observedOn, text: fact.text, ...provenance(fact) }]
      : [];
  });
  return assetFactRows.length ? await tx.insert(t.assetFacts).values(assetFactRows).returning() : [];
}

interface LinkRow {
  from: string;
  to: string;
  sourceStartLine: number;
  sourceEndLine: number;
  sourceRule: string;
  /** Recommendation–cause links only: whether the report names the cause or the importer inferred it. */
  basis?: 'STATED' | 'INFERRED';
}

/** Adds the INSERT of link rows of one kind (not yet run) into the table's two columns; a link stated twice is kept once. */
function linkRows(tx: AppTx, links: SQLWrapper[], table: typeof t.eventAssets | typeof t.eventParties | typeof t.eventTeams | typeof t.eventServices | typeof t.causeAssets | typeof t.recommendationCauses | typeof t.recommendationAssets, [fromColumn, toColumn]: [string, string], rows: LinkRow[]): void {
  const values = rows.map(({ from, to, ...rest }) => ({ [fromColumn]: from, [toColumn]: to, ...rest }));
  if (values.length) links.push(tx.insert(table).values(values as never).onConflictDoNothing());
}

/**
 * Runs the link INSERTs as one statement (each a data-modifying WITH clause, which PostgreSQL runs
 * whether or not it is referenced): the rows they link to are all written by then.
 */
async function writeLinks(tx: AppTx, links: SQLWrapper[]): Promise<void> {
  if (!links.length) return;
  await tx.execute(sql`/* links */ with ${sql.join(links.map((insert, i) => sql`${sql.raw(`link${i}`)} as (${insert.getSQL()})`), sql`, `)} select 1`);
}
