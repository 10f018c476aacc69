import { and, asc, eq, gte, inArray, isNotNull, lt, lte, notInArray, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import * as t from '../../db/schema/index.js';
import type { AppDb } from '../../db/types.js';
import type { AuditEntryRow } from '../audit/trail.js';
import { closedStatuses } from '../recommendation/repository.js';
import { BadUserInputError } from '../graph/errors.js';
import { toGlobalId } from '../graph/ids.js';
import { pgTimestampToIso } from '../graph/scalars.js';

type SignOffKind = (typeof t.signOffKind.enumValues)[number];

export interface ComplianceSignOff { kind: SignOffKind; who: string | null; signedOn: string | null; detail: string | null }

export interface ComplianceRecommendation {
  id: string;
  incidentKey: string;
  text: string;
  status: (typeof t.recommendationStatus.enumValues)[number];
  owner: string | null;
  dueOn: string | null;
  overdue: boolean;
  ageDays: number;
  evidence: string | null;
  verifiedBy: string | null;
  rejectedReason: string | null;
}

export interface ComplianceIncident {
  id: string;
  key: string;
  title: string;
  status: (typeof t.incidentStatus.enumValues)[number];
  severity: (typeof t.severity.enumValues)[number] | null;
  startedOn: string;
  endedOn: string | null;
  closedOn: string | null;
  signOffs: ComplianceSignOff[];
  emergencyDeclaredOn: string | null;
  emergencyClosedOn: string | null;
  recommendations: ComplianceRecommendation[];
  changesAfterClose: AuditEntryRow[];
}

export interface ComplianceReport {
  since: string;
  until: string;
  generatedAt: string;
  incidents: ComplianceIncident[];
  overdueRecommendations: ComplianceRecommendation[];
}

const overdue = and(isNotNull(t.recommendations.dueOn), lt(t.recommendations.dueOn, sql`current_date`), notInArray(t.recommendations.status, [...closedStatuses]));

async function recommendationsWhere(db: AppDb, where: ReturnType<typeof and>): Promise<(ComplianceRecommendation & { incidentId: string })[]> {
  const owner = alias(t.parties, 'owner');
  const verifier = alias(t.parties, 'verifier');
  const rows = await db
    .select({
      id: t.recommendations.id, incidentId: t.recommendations.incidentId, incidentKey: t.incidents.key, text: t.recommendations.text,
      status: t.recommendations.status, owner: sql<string | null>`coalesce(${owner.name}, ${t.teams.name})`, dueOn: t.recommendations.dueOn,
      overdue: sql<boolean>`coalesce(${overdue}, false)`, ageDays: sql<number>`(current_date - ${t.recommendations.createdAt}::date)::int`,
      evidence: t.recommendations.evidence, verifiedBy: verifier.name, rejectedReason: t.recommendations.rejectedReason,
    })
    .from(t.recommendations)
    .innerJoin(t.incidents, eq(t.incidents.id, t.recommendations.incidentId))
    .leftJoin(owner, eq(owner.id, t.recommendations.ownerPartyId))
    .leftJoin(t.teams, eq(t.teams.id, t.recommendations.ownerTeamId))
    .leftJoin(verifier, eq(verifier.id, t.recommendations.verifiedByPartyId))
    .where(where)
    .orderBy(asc(t.incidents.startedOn), asc(t.recommendations.incidentId), asc(t.recommendations.position));
  return rows.map((row) => ({ ...row, id: toGlobalId('Recommendation', row.id), ageDays: Number(row.ageDays), overdue: Boolean(row.overdue) }));
}

/**
 * Audit entries for an incident or anything of it (rows carrying its `incidentId`) written after the
 * trail first recorded it CLOSED, in another transaction than the closing one.
 */
async function changesAfterClose(db: AppDb, incidentIds: string[]): Promise<Map<string, AuditEntryRow[]>> {
  const byIncident = new Map<string, AuditEntryRow[]>();
  if (incidentIds.length === 0) return byIncident;
  const closing = db.$with('closing').as(
    db.select({ incidentId: t.auditEntries.entityId, closedAt: sql<string>`min(${t.auditEntries.at})`.as('closed_at') })
      .from(t.auditEntries)
      .where(and(eq(t.auditEntries.entityType, 'Incident'), inArray(t.auditEntries.entityId, incidentIds), sql`${t.auditEntries.after} ->> 'status' = 'CLOSED'`))
      .groupBy(t.auditEntries.entityId),
  );
  const rows = await db.with(closing)
    .select({ incidentId: closing.incidentId, entry: t.auditEntries })
    .from(closing)
    .innerJoin(t.auditEntries, and(
      sql`${t.auditEntries.at} > ${closing.closedAt}`,
      or(
        eq(t.auditEntries.entityId, closing.incidentId),
        sql`${t.auditEntries.after} ->> 'incidentId' = ${closing.incidentId}`,
        sql`${t.auditEntries.before} ->> 'incidentId' = ${closing.incidentId}`,
      ),
    ))
    .orderBy(asc(t.auditEntries.seq));
  for (const { incidentId, entry } of rows) byIncident.set(incidentId, [...(byIncident.get(incidentId) ?? []), entry]);
  return byIncident;
}

/** Incidents whose period (start to close, or end) overlaps [since, until], with everything an auditor checks. */
export async function complianceReport(db: AppDb, since: Date, until: Date): Promise<ComplianceReport> {
  if (until < since) throw new BadUserInputError('`until` is before `since`', { field: 'until' });
  const from = since.toISOString().slice(0, 10);
  const to = until.toISOString().slice(0, 10);
  const incidents = await db
    .select()
    .from(t.incidents)
    .where(and(lte(t.incidents.startedOn, to), gte(sql`coalesce(${t.incidents.closedOn}, ${t.incidents.endedOn}, ${t.incidents.startedOn})`, from)))
    .orderBy(asc(t.incidents.startedOn), asc(t.incidents.id));
  const ids = incidents.map((i) => i.id);
  const signOffs = ids.length
    ? await db
        .select({ incidentId: t.signOffs.incidentId, kind: t.signOffs.kind, who: sql<string | null>`coalesce(${t.parties.name}, ${t.signOffs.roleTitle})`, signedOn: t.signOffs.signedOn, detail: t.signOffs.detail })
        .from(t.signOffs)
        .leftJoin(t.parties, eq(t.parties.id, t.signOffs.partyId))
        .where(inArray(t.signOffs.incidentId, ids))
        .orderBy(asc(t.signOffs.incidentId), asc(t.signOffs.position))
    : [];
  const recommendations = ids.length ? await recommendationsWhere(db, inArray(t.recommendations.incidentId, ids)) : [];
  const late = await changesAfterClose(db, ids);
  const [clock] = await db.select({ now: sql<string>`now()::text` }).from(sql`(select 1) as one`);
  return {
    since: since.toISOString(),
    until: until.toISOString(),
    generatedAt: pgTimestampToIso(clock!.now),
    incidents: incidents.map((incident) => {
      const own = signOffs.filter((s) => s.incidentId === incident.id).map(({ incidentId: _incidentId, ...s }) => s);
      const dayOf = (kind: SignOffKind) => own.find((s) => s.kind === kind)?.signedOn ?? null;
      return {
        id: toGlobalId('Incident', incident.id), key: incident.key, title: incident.title, status: incident.status, severity: incident.severity,
        startedOn: incident.startedOn, endedOn: incident.endedOn, closedOn: incident.closedOn,
        signOffs: own, emergencyDeclaredOn: dayOf('EMERGENCY_DECLARED'), emergencyClosedOn: dayOf('EMERGENCY_CLOSED'),
        recommendations: recommendations.filter((r) => r.incidentId === incident.id).map(({ incidentId: _incidentId, ...r }) => r),
        changesAfterClose: late.get(incident.id) ?? [],
      };
    }),
    overdueRecommendations: (await recommendationsWhere(db, overdue)).map(({ incidentId: _incidentId, ...r }) => r),
  };
}
