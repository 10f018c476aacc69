import { sql } from 'drizzle-orm';
import type { AppDb } from '../../db/types.js';
import { BadUserInputError } from '../graph/errors.js';
import { limitOf, rowsOf } from './rows.js';

export interface SearchRow {
  kind: 'INCIDENT' | 'TIMELINE_EVENT' | 'CAUSE' | 'RECOMMENDATION';
  id: string;
  incident_id: string;
  rank: number;
  headline: string;
}

// Each document expression is the one its GIN index is built on (db/migrations/0003_analytics.sql).
const incidentDocument = sql`incident_document(i.title, i.summary, i.symptoms)`;

/**
 * Full-text search over incidents, timeline events, causes and recommendations,
 * ranked by ts_rank; headlines are built only for the page returned.
 */
export async function search(db: AppDb, text: string, first?: number | null): Promise<SearchRow[]> {
  const query = text.trim();
  if (!query) throw new BadUserInputError('`text` must not be blank', { argument: 'text' });
  if (query.length > 200) throw new BadUserInputError('`text` may be at most 200 characters', { argument: 'text' });
  return rowsOf<SearchRow>(
    db,
    sql`/* full_text_search */
      with q as (select websearch_to_tsquery('english', ${query}) as query),
      hits as (
        select 'INCIDENT' as kind, i.id, i.id as incident_id, ts_rank(${incidentDocument}, q.query) as rank,
               i.title || ' — ' || coalesce(i.summary, '') as body
        from incidents i, q where ${incidentDocument} @@ q.query
        union all
        select 'TIMELINE_EVENT', e.id, e.incident_id, ts_rank(to_tsvector('english', e.text), q.query), e.text
        from timeline_events e, q where to_tsvector('english', e.text) @@ q.query
        union all
        select 'CAUSE', c.id, c.incident_id, ts_rank(to_tsvector('english', c.text), q.query), c.text
        from causes c, q where to_tsvector('english', c.text) @@ q.query
        union all
        select 'RECOMMENDATION', r.id, r.incident_id, ts_rank(to_tsvector('english', r.text), q.query), r.text
        from recommendations r, q where to_tsvector('english', r.text) @@ q.query
      ),
      page as (select * from hits order by rank desc, kind, id limit ${limitOf(first)})
      select page.kind, page.id, page.incident_id, page.rank::float8 as rank,
             ts_headline('english', page.body, q.query, 'StartSel=<b>, StopSel=</b>, MaxWords=30, MinWords=10') as headline
      from page, q order by page.rank desc, page.kind, page.id`,
  );
}
