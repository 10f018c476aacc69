import { and, eq, exists, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { PgTable, AnyPgColumn } from 'drizzle-orm/pg-core';
import * as t from '../../db/schema/index.js';
import type { AppDb } from '../../db/types.js';
import type { IncidentFilter, IncidentOrder } from '../generated/resolvers.js';
import { listPage } from '../graph/list-page.js';
import { idByNameOrAlias, type NamedTable } from '../names/lookup.js';
import type { IncidentRow } from '../graph/models.js';
import type { PageArgs } from '../graph/page-args.js';
import { assetNames, partyNames, serviceNames } from '../names/named-tables.js';

interface LinkColumns { table: PgTable; incident: AnyPgColumn; entity: AnyPgColumn }

/** The filter as SQL; an entity named in the filter that does not exist matches nothing. */
async function incidentFilterSql(db: AppDb, filter: IncidentFilter | null | undefined): Promise<SQL | undefined> {
  if (!filter) return undefined;
  const conditions: (SQL | undefined)[] = [];
  const { period } = filter;
  if (period?.to) conditions.push(lte(t.incidents.startedOn, period.to));
  if (period?.from) conditions.push(gte(sql`coalesce(${t.incidents.endedOn}, ${t.incidents.startedOn})`, period.from));
  if (filter.statuses?.length) conditions.push(inArray(t.incidents.status, [...filter.statuses]));
  if (filter.severities?.length) conditions.push(inArray(t.incidents.severity, [...filter.severities]));
  const involving = async (text: string | null | undefined, named: NamedTable, link: LinkColumns) => {
    if (!text) return;
    const id = await idByNameOrAlias(db, named, text);
    conditions.push(
      id ? exists(db.select().from(link.table).where(and(eq(link.incident, t.incidents.id), eq(link.entity, id)))) : sql`false`,
    );
  };
  await involving(filter.asset, assetNames, { table: t.incidentAssets, incident: t.incidentAssets.incidentId, entity: t.incidentAssets.assetId });
  await involving(filter.party, partyNames, { table: t.incidentParties, incident: t.incidentParties.incidentId, entity: t.incidentParties.partyId });
  await involving(filter.service, serviceNames, { table: t.incidentServices, incident: t.incidentServices.incidentId, entity: t.incidentServices.serviceId });
  if (filter.causeCategory) {
    conditions.push(
      exists(db.select().from(t.causes).where(and(eq(t.causes.incidentId, t.incidents.id), sql`${filter.causeCategory}::cause_category = any(${t.causes.categories})`))),
    );
  }
  return and(...conditions);
}

export async function listIncidents(
  db: AppDb,
  args: PageArgs & { filter?: IncidentFilter | null; orderBy?: IncidentOrder | null },
  onRows?: (rows: IncidentRow[]) => void,
) {
  const where = await incidentFilterSql(db, args.filter);
  const order = { columns: [t.incidents.startedOn, t.incidents.id], descending: args.orderBy !== 'STARTED_ON_ASC' };
  return listPage<IncidentRow>(db, t.incidents, args, order, where, onRows);
}

export async function incidentByKey(db: AppDb, key: string): Promise<IncidentRow | null> {
  const [row] = await db.select().from(t.incidents).where(eq(t.incidents.key, key));
  return row ?? null;
}
