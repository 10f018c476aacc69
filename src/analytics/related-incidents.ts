import { sql } from 'drizzle-orm';
import type { AppDb } from '../../db/types.js';
import type { RelatedIncidentModel } from './models.js';
import { rowsOf, uuidArray } from './rows.js';

interface RelatedRow {
  incident_id: string;
  related_id: string;
  score: number;
  reasons: string[];
}

/**
 * Incidents sharing assets (through hosting too), cause categories, services or
 * parties with each incident of a batch, scored and explained, in one statement.
 * Asset roll-ups and cause categories come from the memberships kept at write time.
 */
export async function relatedIncidentsBy(db: AppDb, incidentIds: readonly string[], first: number): Promise<RelatedIncidentModel[][]> {
  const rows = await rowsOf<RelatedRow>(
    db,
    sql`/* related_incidents */
      with shared as (
        select a.incident_id, b.incident_id as related_id, 3 as weight, 'asset ' || x.name as reason
        from pattern_members a join pattern_members b on b.pattern_id = a.pattern_id and b.incident_id <> a.incident_id
        join assets x on x.id = a.key::uuid
        where a.dimension = 'ASSET' and a.incident_id = any(${uuidArray(incidentIds)})
        union
        select a.incident_id, b.incident_id, 2, 'cause category ' || a.key
        from pattern_members a join pattern_members b on b.pattern_id = a.pattern_id and b.incident_id <> a.incident_id
        where a.dimension = 'CAUSE_CATEGORY' and a.incident_id = any(${uuidArray(incidentIds)})
        union
        select a.incident_id, b.incident_id, 1, 'service ' || s.name
        from incident_services a join incident_services b on b.service_id = a.service_id and b.incident_id <> a.incident_id
        join services s on s.id = a.service_id
        where a.incident_id = any(${uuidArray(incidentIds)})
        union
        select a.incident_id, b.incident_id, 1, 'party ' || p.name
        from incident_parties a join incident_parties b on b.party_id = a.party_id and b.incident_id <> a.incident_id
        join parties p on p.id = a.party_id
        where a.incident_id = any(${uuidArray(incidentIds)})
      ),
      scored as (
        select incident_id, related_id, sum(weight)::int as score, array_agg(reason order by weight desc, reason) as reasons,
          row_number() over (partition by incident_id order by sum(weight) desc, related_id) as rank
        from shared group by incident_id, related_id
      )
      select incident_id, related_id, score, reasons from scored where rank <= ${first} order by incident_id, rank`,
  );
  return incidentIds.map((id) =>
    rows.filter((row) => row.incident_id === id).map((row) => ({ incidentId: row.related_id, score: row.score, reasons: row.reasons })),
  );
}
