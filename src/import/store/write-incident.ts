import { eq } from 'drizzle-orm';
import * as t from '../../../db/schema/index.js';
import type { AppTx } from '../../../db/types.js';
import type { IncidentRow } from '../../graph/models.js';
import { nameKey } from '../../names/names.js';
import type { ExtractedFacts } from '../extract/extract-facts.js';
import type { ParsedReport } from '../parse/parse-report.js';
import type { ImportCounts } from '../import-result.js';
import type { ResolvedGraph } from './write-graph.js';

const provenance = (fact: { span: { startLine: number; endLine: number }; rule: string }) => ({
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

/** Writes every fact of the report for the incident, each with the lines and rule it came from. */
export async function writeIncidentFacts(tx: AppTx, incident: IncidentRow, facts: ExtractedFacts, graph: ResolvedGraph): Promise<ImportCounts> {
  const incidentId = incident.id;
  const partyOf = (name: string | null) => (name ? graph.partyIds.get(nameKey(name)) ?? null : null);

  const idsOf = (map: Map<string, string>, keys: Iterable<string>) => [...new Set([...keys].flatMap((k) => (map.has(k) ? [map.get(k)!] : [])))];
  const assetIds = idsOf(graph.assetIds, graph.assetIds.keys());
  if (assetIds.length) await tx.insert(t.incidentAssets).values(assetIds.map((assetId) => ({ incidentId, assetId }))).onConflictDoNothing();
  const teamIds = idsOf(graph.teamIds, graph.teamIds.keys());
  if (teamIds.length) await tx.insert(t.incidentTeams).values(teamIds.map((teamId) => ({ incidentId, teamId }))).onConflictDoNothing();
  const serviceIds = idsOf(graph.serviceIds, graph.serviceIds.keys());
  if (serviceIds.length) await tx.insert(t.incidentServices).values(serviceIds.map((serviceId) => ({ incidentId, serviceId }))).onConflictDoNothing();

  const participants = new Map<string, { roles: Set<(typeof t.incidentRole.enumValues)[number]>; title: string | null; fact: { span: { startLine: number; endLine: number }; rule: string } }>();
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
    await tx.insert(t.incidentParties).values(
      [...participants].map(([partyId, p]) => ({ incidentId, partyId, roles: [...p.roles], titleAsListed: p.title, ...provenance(p.fact) })),
    ).onConflictDoNothing();
  }

  for (const event of facts.events) {
    const qualifier = event.times[0]?.qualifier ?? null;
    const [row] = await tx.insert(t.timelineEvents).values({
      incidentId, position: event.order, occurredOn: event.startDate, endedOn: event.endDate === event.startDate ? null : event.endDate,
      timeOfDay: event.time, timeQualifier: qualifier,
      times: event.times.map((t) => ({ time: t.time, qualifier: t.qualifier, sentence: t.sentence, date: t.date ?? event.startDate })), phase: event.phases[0] ?? 'DIAGNOSIS', phases: event.phases,
      text: event.text, sourceStartLine: event.span.startLine, sourceEndLine: event.span.endLine, sourceRule: event.rule,
    }).returning();
    const links = { ASSET: t.eventAssets, PARTY: t.eventParties, TEAM: t.eventTeams, SERVICE: t.eventServices } as const;
    const targetColumn = { ASSET: 'assetId', PARTY: 'partyId', TEAM: 'teamId', SERVICE: 'serviceId' } as const;
    const maps = { ASSET: graph.assetIds, TEAM: graph.teamIds, SERVICE: graph.serviceIds } as const;
    for (const mention of event.mentions) {
      const targetId = mention.type === 'PARTY' ? partyOf(mention.name) : maps[mention.type].get(mention.key);
      if (!targetId) continue;
      await tx.insert(links[mention.type]).values({ eventId: row!.id, [targetColumn[mention.type]]: targetId, ...provenance(mention) } as never).onConflictDoNothing();
    }
  }

  const causeIds = new Map<number, string>();
  let position = 0;
  for (const cause of facts.causes) {
    const [row] = await tx.insert(t.causes).values({
      incidentId, position: ++position, kind: cause.kind, categories: cause.categories, text: cause.text,
      citesEarlierRecommendation: cause.refersToEarlierRecommendation, earlierIncidentMonth: cause.earlierIncidentMonth,
      sinceOn: cause.since, sincePrecision: cause.sincePrecision, categoryEvidence: cause.categoryEvidence,
      needsReview: cause.needsReview, reviewReason: cause.reviewReason, ...provenance(cause),
    }).returning();
    causeIds.set(cause.order, row!.id);
    const ids = idsOf(graph.assetIds, cause.assetKeys);
    if (ids.length) await tx.insert(t.causeAssets).values(ids.map((assetId) => ({ causeId: row!.id, assetId, ...provenance(cause) }))).onConflictDoNothing();
  }
  for (const finding of facts.findings) {
    await tx.insert(t.causes).values({
      incidentId, position: ++position, kind: 'CONTRIBUTING', categories: finding.categories, text: finding.text,
      foundInTimeline: true, categoryEvidence: finding.categoryEvidence, needsReview: finding.needsReview,
      reviewReason: finding.reviewReason, ...provenance(finding),
    });
  }

  for (const recommendation of facts.recommendations) {
    const [row] = await tx.insert(t.recommendations).values({
      incidentId, position: recommendation.order, text: recommendation.text, type: recommendation.type, dueOn: recommendation.dueDate,
      ...provenance(recommendation),
    }).returning();
    const addressed = recommendation.addressesCauseOrders.flatMap((order) => (causeIds.has(order) ? [causeIds.get(order)!] : []));
    if (addressed.length) {
      await tx.insert(t.recommendationCauses).values(addressed.map((causeId) => ({ recommendationId: row!.id, causeId, ...provenance(recommendation) }))).onConflictDoNothing();
    }
    const ids = idsOf(graph.assetIds, recommendation.assetKeys);
    if (ids.length) await tx.insert(t.recommendationAssets).values(ids.map((assetId) => ({ recommendationId: row!.id, assetId, ...provenance(recommendation) }))).onConflictDoNothing();
  }

  let signOffPosition = 0;
  for (const signOff of facts.signOffs) {
    await tx.insert(t.signOffs).values({
      incidentId, position: ++signOffPosition, kind: signOff.kind, partyId: partyOf(signOff.partyName), roleTitle: signOff.roleTitle,
      signedOn: signOff.date, detail: signOff.detail, ...provenance(signOff),
    });
  }

  let assetFactCount = 0;
  for (const fact of facts.assetFacts) {
    const assetId = graph.assetIds.get(fact.assetKey);
    if (!assetId) continue;
    assetFactCount++;
    await tx.insert(t.assetFacts).values({
      assetId, incidentId, kind: fact.kind, sinceOn: fact.since, sincePrecision: fact.sincePrecision, observedOn: fact.observedOn,
      text: fact.text, ...provenance(fact),
    });
  }

  return {
    parties: participants.size, assets: assetIds.length, teams: teamIds.length, services: serviceIds.length,
    timelineEvents: facts.events.length, causes: facts.causes.length, findings: facts.findings.length,
    recommendations: facts.recommendations.length, signOffs: facts.signOffs.length, assetFacts: assetFactCount,
  };
}
