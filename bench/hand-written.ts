import { sql, type SQL } from 'drizzle-orm';
import { criticalReasonsSql } from '../src/analytics/critical-assets.js';

// The best single statements we can write for each analytic, building the response JSON in PostgreSQL.

const list = (inner: SQL, order: SQL) => sql`coalesce(json_agg(${inner} order by ${order}), '[]'::json)`;

export const spareGapsHandWritten = sql`with critical as (
    select a.id, a.name, a.spare_id, a.redundancy_partner_id, ${criticalReasonsSql} as because from assets a),
  gaps as (
    select c.*, exists (select 1 from asset_facts f where f.asset_id = c.redundancy_partner_id
                        and f.kind in ('HA_PARTNER_DOWN', 'POWERED_OFF', 'HARDWARE_FAILURE')) as partner_down,
      (select name from assets p where p.id = c.redundancy_partner_id) as partner_name
    from critical c where cardinality(c.because) > 0),
  scope as (
    select id as gap_id, id as asset_id from gaps
    union select id, redundancy_partner_id from gaps where redundancy_partner_id is not null
    union select g.id, child.id from gaps g join assets child on child.parent_id = g.id),
  evidence as (
    select gap_id, array_agg(incident_id order by started_on desc, incident_id) as incidents
    from (select distinct s.gap_id, f.incident_id, i.started_on
          from scope s join asset_facts f on f.asset_id = s.asset_id
            and f.kind in ('NO_SPARE', 'HARDWARE_FAILURE', 'HA_PARTNER_DOWN', 'POWERED_OFF', 'REPLACEMENT_REQUESTED')
          join incidents i on i.id = f.incident_id) e
    group by gap_id),
  waits as (
    select s.gap_id, sum(arrived.on - r.observed_on)::int as days
    from scope s join asset_facts r on r.asset_id = s.asset_id and r.kind = 'REPLACEMENT_REQUESTED' and r.observed_on is not null
    join lateral (select min(x.observed_on) as on from asset_facts x where x.asset_id = r.asset_id and x.incident_id = r.incident_id
                  and x.kind = 'REPLACEMENT_ARRIVED' and x.observed_on >= r.observed_on) arrived on arrived.on is not null
    group by s.gap_id),
  page as (
    select g.*, e.incidents, w.days from gaps g left join evidence e on e.gap_id = g.id left join waits w on w.gap_id = g.id
    where g.spare_id is null or g.redundancy_partner_id is null or g.partner_down
    order by coalesce(cardinality(e.incidents), 0) desc, g.name limit 20)
  select json_build_object('spareHardwareGaps', ${list(
    sql`json_build_object('asset', json_build_object('name', p.name), 'criticalBecause', p.because,
      'reason', concat_ws('; ', case when p.spare_id is null then 'no spare' end,
        case when p.redundancy_partner_id is null then 'no redundancy partner'
             when p.partner_down then 'redundancy partner ' || p.partner_name || ' reported down' end),
      'evidence', (select ${list(sql`json_build_object('key', i.key)`, sql`u.o`)} from unnest(p.incidents[1:10]) with ordinality u(id, o) join incidents i on i.id = u.id),
      'daysWaitingForHardware', p.days)`,
    sql`coalesce(cardinality(p.incidents), 0) desc, p.name`,
  )}) as data from page p`;

export const detectionLagsHandWritten = sql`with stated as (
    select distinct on (source, incident_id, text, asset_id, since) * from (
      select 'CAUSE' as source, c.incident_id, c.text, null::uuid as asset_id, c.since_on as since,
        coalesce((select min(f.observed_on) from asset_facts f where f.incident_id = c.incident_id and f.since_on = c.since_on), i.started_on) as detected_on
      from causes c join incidents i on i.id = c.incident_id where c.since_on is not null
      union all
      select 'ASSET_FACT', f.incident_id, f.text, f.asset_id, f.since_on, coalesce(f.observed_on, i.started_on)
      from asset_facts f join incidents i on i.id = f.incident_id where f.since_on is not null) s),
  page as (select *, detected_on - since as days from stated order by days desc, detected_on desc limit 20)
  select json_build_object('detectionLags', ${list(
    sql`json_build_object('incident', json_build_object('key', (select key from incidents where id = p.incident_id)), 'source', p.source,
      'text', p.text, 'since', p.since, 'detectedOn', p.detected_on, 'days', p.days)`,
    sql`p.days desc, p.detected_on desc`,
  )}) as data from page p`;

/** Recommendation → later cause pairs sharing a category, an asset, or citing the earlier month. */
const recurrencePairs = sql`
  targeted as (
    select r.id as recommendation_id, ei.started_on as earlier_started_on, to_char(ei.started_on, 'YYYY-MM') as earlier_month,
           c.id as earlier_cause_id, c.categories
    from recommendations r join recommendation_causes rc on rc.recommendation_id = r.id
    join causes c on c.id = rc.cause_id join incidents ei on ei.id = r.incident_id),
  earliest as (
    select 'category ' || category::text as key, min(earlier_started_on) as earliest from targeted cross join lateral unnest(categories) as category group by 1
    union all select 'asset ' || ea.asset_id, min(t.earlier_started_on) from targeted t join cause_assets ea on ea.cause_id = t.earlier_cause_id group by ea.asset_id
    union all select 'month ' || earlier_month, min(earlier_started_on) from targeted group by earlier_month),
  recurring as (
    select c.id, i.started_on from causes c join incidents i on i.id = c.incident_id
    where not c.found_in_timeline and exists (
      select 1 from earliest e where e.earliest < i.started_on and e.key in (
        select 'category ' || category::text from unnest(c.categories) as category
        union all select 'asset ' || ca.asset_id from cause_assets ca where ca.cause_id = c.id
        union all select 'month ' || c.earlier_incident_month where c.cites_earlier_recommendation))),
  later as (
    select c.id as cause_id, c.incident_id, c.categories, c.cites_earlier_recommendation, c.earlier_incident_month, i.started_on
    from causes c join incidents i on i.id = c.incident_id
    where c.id in (select id from recurring where started_on >= coalesce(
      (select started_on from recurring order by started_on desc offset 19 limit 1), '-infinity'::date))),
  reasons as (
    select t.recommendation_id, l.cause_id, l.incident_id, l.started_on, 'category ' || category::text as reason
    from targeted t cross join lateral unnest(t.categories) as category
    join later l on l.started_on > t.earlier_started_on and category = any(l.categories)
    union
    select t.recommendation_id, l.cause_id, l.incident_id, l.started_on, 'asset ' || a.name
    from targeted t join cause_assets ea on ea.cause_id = t.earlier_cause_id
    join cause_assets la on la.asset_id = ea.asset_id join later l on l.cause_id = la.cause_id and l.started_on > t.earlier_started_on
    join assets a on a.id = ea.asset_id
    union
    select t.recommendation_id, l.cause_id, l.incident_id, l.started_on, 'cites the ' || l.earlier_incident_month || ' incident'
    from targeted t join later l on l.started_on > t.earlier_started_on
    where l.cites_earlier_recommendation and l.earlier_incident_month = t.earlier_month)`;

export const followThroughHandWritten = sql`with later as (
    select c.id, c.categories, c.cites_earlier_recommendation, c.earlier_incident_month, i.started_on
    from causes c join incidents i on i.id = c.incident_id where not c.found_in_timeline),
  latest as (
    select 'category ' || category::text as key, max(started_on) as latest from later cross join lateral unnest(categories) as category group by 1
    union all select 'asset ' || ca.asset_id, max(l.started_on) from later l join cause_assets ca on ca.cause_id = l.id group by ca.asset_id
    union all select 'month ' || earlier_incident_month, max(started_on) from later where cites_earlier_recommendation group by earlier_incident_month),
  targets as (
    select rc.recommendation_id as id, ei.started_on, 'category ' || category::text as key
    from recommendation_causes rc join recommendations r on r.id = rc.recommendation_id join incidents ei on ei.id = r.incident_id
    join causes c on c.id = rc.cause_id cross join lateral unnest(c.categories) as category
    union all
    select rc.recommendation_id, ei.started_on, 'asset ' || ca.asset_id
    from recommendation_causes rc join recommendations r on r.id = rc.recommendation_id join incidents ei on ei.id = r.incident_id
    join cause_assets ca on ca.cause_id = rc.cause_id
    union all
    select r.id, ei.started_on, 'month ' || to_char(ei.started_on, 'YYYY-MM') from recommendations r join incidents ei on ei.id = r.incident_id
    where exists (select 1 from recommendation_causes rc where rc.recommendation_id = r.id))
  select json_build_object('recommendationFollowThrough', json_build_object(
    'total', count(*), 'open', count(*) filter (where status in ('PROPOSED', 'ACCEPTED', 'IN_PROGRESS')),
    'overdue', count(*) filter (where status in ('PROPOSED', 'ACCEPTED', 'IN_PROGRESS') and due_on < current_date),
    'done', count(*) filter (where status = 'DONE'), 'verified', count(*) filter (where status = 'VERIFIED'),
    'rejected', count(*) filter (where status = 'REJECTED'),
    'recurred', (select count(distinct t.id) from targets t join latest l using (key) where l.latest > t.started_on))) as data
  from recommendations`;

export const recurrencesHandWritten = sql`with ${recurrencePairs},
  grouped as (
    select recommendation_id, cause_id, incident_id, max(started_on) as started_on, array_agg(distinct reason order by reason) as matched_on
    from reasons group by recommendation_id, cause_id, incident_id
    order by max(started_on) desc, cardinality(array_agg(distinct reason order by reason)) desc, recommendation_id, cause_id limit 20)
  select json_build_object('recurrences', ${list(
    sql`json_build_object('recommendation', json_build_object('text', r.text), 'incident', json_build_object('key', i.key), 'matchedOn', g.matched_on)`,
    sql`g.started_on desc, cardinality(g.matched_on) desc, g.recommendation_id, g.cause_id`,
  )}) as data
  from grouped g join recommendations r on r.id = g.recommendation_id join incidents i on i.id = g.incident_id`;

export function searchHandWritten(text: string): SQL {
  return sql`with q as (select websearch_to_tsquery('english', ${text}) as query),
    hits as (
      select 'INCIDENT' as kind, i.id, i.id as incident_id, ts_rank(incident_document(i.title, i.summary, i.symptoms), q.query) as rank,
             i.title || ' — ' || coalesce(i.summary, '') as body
      from incidents i, q where incident_document(i.title, i.summary, i.symptoms) @@ q.query
      union all
      select 'TIMELINE_EVENT', e.id, e.incident_id, ts_rank(to_tsvector('english', e.text), q.query), e.text
      from timeline_events e, q where to_tsvector('english', e.text) @@ q.query
      union all
      select 'CAUSE', c.id, c.incident_id, ts_rank(to_tsvector('english', c.text), q.query), c.text
      from causes c, q where to_tsvector('english', c.text) @@ q.query
      union all
      select 'RECOMMENDATION', r.id, r.incident_id, ts_rank(to_tsvector('english', r.text), q.query), r.text
      from recommendations r, q where to_tsvector('english', r.text) @@ q.query),
    page as (select * from hits order by rank desc, kind, id limit 20)
    select json_build_object('search', ${list(
      sql`json_build_object('kind', p.kind, 'rank', p.rank::float8, 'headline',
        ts_headline('english', p.body, q.query, 'StartSel=<b>, StopSel=</b>, MaxWords=30, MinWords=10'),
        'incident', json_build_object('key', (select key from incidents where id = p.incident_id)))`,
      sql`p.rank desc, p.kind, p.id`,
    )}) as data from page p, q`;
}

export const gapChecksHandWritten = sql`select json_build_object('gapChecks', json_build_object(
  'causesWithoutRecommendation', (select ${list(sql`json_build_object('text', x.text)`, sql`x.started_on desc, x.incident_id, x.position`)} from (
      select c.text, i.started_on, c.incident_id, c.position from causes c join incidents i on i.id = c.incident_id
      where not c.found_in_timeline and not exists (select 1 from recommendation_causes rc where rc.cause_id = c.id)
      order by i.started_on desc, i.id, c.position limit 200) x),
  'recommendationsWithoutOwnerOrDueDate', (select ${list(sql`json_build_object('text', x.text)`, sql`x.started_on desc, x.incident_id, x.position`)} from (
      select r.text, i.started_on, r.incident_id, r.position from recommendations r join incidents i on i.id = r.incident_id
      where (r.owner_party_id is null and r.owner_team_id is null) or r.due_on is null
      order by i.started_on desc, i.id, r.position limit 200) x),
  'criticalAssetsWithoutOwnerOrSite', (select ${list(sql`json_build_object('name', x.name)`, sql`x.name`)} from (
      select a.name from assets a
      where cardinality(${criticalReasonsSql}) > 0 and ((a.owner_party_id is null and a.owner_team_id is null) or a.site is null)
      order by a.name limit 200) x),
  'incidentsWithoutVerification', (select ${list(sql`json_build_object('key', x.key)`, sql`x.started_on desc, x.id`)} from (
      select i.key, i.started_on, i.id from incidents i
      where not exists (select 1 from sign_offs s where s.incident_id = i.id and s.kind = 'VERIFIED_BY')
      order by i.started_on desc, i.id limit 200) x))) as data`;

export function relatedHandWritten(incidentKey: string): SQL {
  return sql`with me as (select * from incidents where key = ${incidentKey}),
    my_assets as (select r.asset_id from incident_asset_rollup r, me where r.incident_id = me.id),
    my_categories as (select distinct unnest(c.categories) as category from causes c, me where c.incident_id = me.id),
    shared as (
      select distinct r.incident_id as related_id, 3 as weight, 'asset ' || a.name as reason
      from my_assets m join incident_asset_rollup r on r.asset_id = m.asset_id join assets a on a.id = m.asset_id
      union
      select distinct c.incident_id, 2, 'cause category ' || m.category::text
      from my_categories m join causes c on m.category = any(c.categories)
      union
      select s.incident_id, 1, 'service ' || v.name from incident_services mine join me on mine.incident_id = me.id
      join incident_services s on s.service_id = mine.service_id join services v on v.id = mine.service_id
      union
      select p.incident_id, 1, 'party ' || pa.name from incident_parties mine join me on mine.incident_id = me.id
      join incident_parties p on p.party_id = mine.party_id join parties pa on pa.id = mine.party_id),
    scored as (
      select related_id, sum(weight)::int as score, array_agg(reason order by weight desc, reason) as reasons
      from shared, me where related_id <> me.id group by related_id order by score desc, related_id limit 10),
    detection as (select min(occurred_on) filter (where e.phase = 'DETECTION') as detected,
                         min(occurred_on) filter (where 'MITIGATION' = any(e.phases)) as mitigated
                  from timeline_events e, me where e.incident_id = me.id)
    select json_build_object('incident', json_build_object('key', me.key,
      'relatedIncidents', (select ${list(sql`json_build_object('score', s.score, 'reasons', s.reasons, 'incident', json_build_object('key', i.key))`, sql`s.score desc, s.related_id`)}
                           from scored s join incidents i on i.id = s.related_id),
      'timings', (select json_build_object('detectedOn', coalesce(d.detected, me.started_on), 'mitigatedOn', d.mitigated, 'resolvedOn', me.ended_on,
        'daysToDetect', coalesce(d.detected, me.started_on) - least(me.started_on,
            (select min(since_on) from causes c where c.incident_id = me.id), (select min(since_on) from asset_facts f where f.incident_id = me.id)),
        'daysToMitigate', d.mitigated - coalesce(d.detected, me.started_on), 'daysToResolve', me.ended_on - coalesce(d.detected, me.started_on))
        from detection d))) as data
    from me`;
}

export function historyHandWritten(alias: string): SQL {
  return sql`with a as (
      select id, name from assets where name_key = regexp_replace(regexp_replace(lower(${alias}), '[^a-z0-9]+', '', 'g'), '(^|\\D)0+(?=\\d)', '\\1', 'g')
      union select o.id, o.name from asset_aliases l join assets o on o.id = l.owner_id
      where l.alias_key = regexp_replace(regexp_replace(lower(${alias}), '[^a-z0-9]+', '', 'g'), '(^|\\D)0+(?=\\d)', '\\1', 'g')
      limit 1),
    entries as (
      select coalesce(f.observed_on, i.started_on) as date, f.incident_id, 'FACT' as kind, f.kind::text || ': ' || f.text as text
      from a join asset_facts f on f.asset_id = a.id join incidents i on i.id = f.incident_id
      union all
      select e.occurred_on, e.incident_id, 'MENTION', e.text from a join event_assets l on l.asset_id = a.id join timeline_events e on e.id = l.event_id
      union all
      select i.started_on, c.incident_id, 'CAUSE', c.text from a join cause_assets l on l.asset_id = a.id join causes c on c.id = l.cause_id
      join incidents i on i.id = c.incident_id),
    page as (select * from entries order by date desc nulls last, kind, text limit 50)
    select json_build_object('asset', json_build_object('name', a.name, 'history', (select ${list(
      sql`json_build_object('date', p.date, 'kind', p.kind, 'text', p.text, 'incident', json_build_object('key', i.key))`,
      sql`p.date desc nulls last, p.kind, p.text`,
    )} from page p join incidents i on i.id = p.incident_id))) as data from a`;
}
