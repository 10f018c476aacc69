import { sql, type SQL } from 'drizzle-orm';
import type { AppDb } from '../../db/types.js';
import type { HistoryEntryModel } from './models.js';
import { rowsOf, uuidArray } from './rows.js';

interface HistoryRow {
  owner_id: string;
  date: string | null;
  incident_id: string;
  kind: string;
  text: string;
}

async function historyBy(db: AppDb, entries: SQL, ownerIds: readonly string[], first: number): Promise<HistoryEntryModel[][]> {
  const rows = await rowsOf<HistoryRow>(
    db,
    sql`/* entity_history */
      select owner_id, date::text as date, incident_id, kind, text from (
        select e.*, row_number() over (partition by owner_id order by date desc nulls last, kind, text) as rank
        from (${entries}) e
      ) ranked
      where rank <= ${first}
      order by owner_id, rank`,
  );
  return ownerIds.map((id) =>
    rows.filter((row) => row.owner_id === id).map((row) => ({ date: row.date, incidentId: row.incident_id, kind: row.kind, text: row.text })),
  );
}

/** What reports say about each asset: facts, timeline mentions, causes. */
export function assetHistoryBy(db: AppDb, assetIds: readonly string[], first: number) {
  const ids = uuidArray(assetIds);
  return historyBy(db, sql`
    select f.asset_id as owner_id, coalesce(f.observed_on, i.started_on) as date, f.incident_id, 'FACT' as kind, f.kind::text || ': ' || f.text as text
    from asset_facts f join incidents i on i.id = f.incident_id where f.asset_id = any(${ids})
    union all
    select l.asset_id, e.occurred_on, e.incident_id, 'MENTION', e.text
    from event_assets l join timeline_events e on e.id = l.event_id where l.asset_id = any(${ids})
    union all
    select l.asset_id, i.started_on, c.incident_id, 'CAUSE', c.text
    from cause_assets l join causes c on c.id = l.cause_id join incidents i on i.id = c.incident_id where l.asset_id = any(${ids})`, assetIds, first);
}

/** What each party did: roles, sign-offs, timeline mentions. */
export function partyHistoryBy(db: AppDb, partyIds: readonly string[], first: number) {
  const ids = uuidArray(partyIds);
  return historyBy(db, sql`
    select p.party_id as owner_id, i.started_on as date, p.incident_id, 'ROLE' as kind, array_to_string(p.roles, ', ') || ' in ' || i.title as text
    from incident_parties p join incidents i on i.id = p.incident_id where p.party_id = any(${ids})
    union all
    select s.party_id, coalesce(s.signed_on, i.ended_on, i.started_on), s.incident_id, 'SIGN_OFF', s.kind::text || coalesce(': ' || s.detail, '')
    from sign_offs s join incidents i on i.id = s.incident_id where s.party_id = any(${ids})
    union all
    select l.party_id, e.occurred_on, e.incident_id, 'MENTION', e.text
    from event_parties l join timeline_events e on e.id = l.event_id where l.party_id = any(${ids})`, partyIds, first);
}
