import { sql } from 'drizzle-orm';

/** Kinds whose failure stops services by itself. */
export const criticalKinds = ['HOST', 'FIREWALL', 'ROUTER', 'SWITCH', 'STORAGE_ARRAY', 'POWER_SUPPLY'] as const;

/**
 * Why each asset counts as critical (empty when it does not): marked so, of a
 * critical kind, running services, or said by a report to have no spare.
 */
export const criticalReasonsSql = sql`array_remove(array[
  case when a.criticality = 'CRITICAL' then 'marked CRITICAL' end,
  case when a.kind::text in (${sql.join(criticalKinds.map((k) => sql`${k}`), sql`, `)}) then 'kind ' || a.kind::text end,
  (select case when count(*) > 0 then 'runs ' || count(*) || ' service' || case when count(*) > 1 then 's' else '' end end
     from service_assets sa where sa.asset_id = a.id),
  case when exists (select 1 from asset_facts f where f.asset_id = a.id and f.kind = 'NO_SPARE') then 'a report says it has no spare' end
], null)`;

/**
 * Whether an asset is critical (its reasons are not empty), as a condition: each reason's test alone, the
 * look-ups hashed once per statement, so a filter over every asset builds no reasons.
 */
export const isCriticalSql = sql`(a.criticality = 'CRITICAL'
  or a.kind::text in (${sql.join(criticalKinds.map((k) => sql`${k}`), sql`, `)})
  or a.id in (select sa.asset_id from service_assets sa)
  or a.id in (select f.asset_id from asset_facts f where f.kind = 'NO_SPARE'))`;
