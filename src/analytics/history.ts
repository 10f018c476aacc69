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
  return byOwner(ownerIds, rows);
}

/** The rows of each owner, in the order of `ownerIds` and, within an owner, as read. */
function byOwner(ownerIds: readonly string[], rows: HistoryRow[]): HistoryEntryModel[][] {
  const entries = new Map<string, HistoryEntryModel[]>(ownerIds.map((id) => [id, []]));
  for (const row of rows) entries.get(row.owner_id)?.push({ date: row.date, incidentId: row.incident_id, kind: row.kind, text: row.text });
  return ownerIds.map((id) => entries.get(id) ?? []);
}

/**
 * What reports say about each asset: facts, timeline mentions, causes (the asset_history_entries view), kept per
 * incident at write time. Each asset's first entries are an index range read newest first, however long its history.
 */
export async function assetHistoryBy(db: AppDb, assetIds: readonly string[], first: number): Promise<HistoryEntryModel[][]> {
  const rows = await rowsOf<HistoryRow>(
    db,
    sql`/* asset_history */ select o.owner_id, h.date::text as date, h.incident_id, h.kind, h.text
      from unnest(${uuidArray(assetIds)}) with ordinality as o(owner_id, n) cross join lateral (
        select k.date, k.incident_id, k.kind, k.text from asset_history_kept k where k.asset_id = o.owner_id
        order by k.date desc nulls last, k.kind, k.text limit ${first}) h
      order by o.n, h.date desc nulls last, h.kind, h.text`,
  );
  return byOwner(assetIds, rows);
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
