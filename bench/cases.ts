import { sql, type SQL } from 'drizzle-orm';
import type { Dimension } from '../src/analytics/models.js';
import { patternLabelSql } from '../src/analytics/recurring-patterns.js';
import {
  detectionLagsHandWritten, followThroughHandWritten, gapChecksHandWritten, historyHandWritten, recurrencesHandWritten, relatedHandWritten,
  searchHandWritten, spareGapsHandWritten,
} from './hand-written.js';

/**
 * One benchmark question: a GraphQL request, and the same answer as one
 * hand-written statement that builds the response JSON in PostgreSQL.
 */
export interface BenchCase {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Returns one row with one column, `data`: the GraphQL response's `data`. */
  handWritten: SQL;
}

/** Real names the cases ask about, found in the generated data. */
export interface Subjects {
  /** The asset with most incidents, and one of its report spellings (FW29 for FW-0029). */
  hotAssetAlias: string;
  /** The latest incident on that asset. */
  hotIncidentKey: string;
}

const jsonList = (inner: SQL, order: SQL) => sql`coalesce(json_agg(${inner} order by ${order}), '[]'::json)`;


function recurringPatternsCase(dimension: Dimension): BenchCase {
  return {
    name: `recurringPatterns(${dimension})`,
    query: `query($d: PatternDimension!) { recurringPatterns(dimension: $d, first: 20) {
      label incidentCount firstSeen lastSeen incidents(first: 3) { edges { node { key } } } } }`,
    variables: { d: dimension },
    // One pass: the newest three incidents come out of the same aggregate as the count.
    handWritten: sql`with p as (
        select m.key, count(*)::int as n, min(i.started_on) as first_seen, max(i.started_on) as last_seen,
               (array_agg(i.key order by i.started_on desc, i.id desc))[1:3] as newest
        from pattern_memberships m join incidents i on i.id = m.incident_id
        where m.dimension = ${dimension}
        group by m.key having count(*) >= 2
        order by n desc, max(i.started_on) desc, m.key limit 20)
      select json_build_object('recurringPatterns', ${jsonList(
        sql`json_build_object('label', ${patternLabelSql[dimension]}, 'incidentCount', p.n, 'firstSeen', p.first_seen, 'lastSeen', p.last_seen,
          'incidents', json_build_object('edges', (select ${jsonList(sql`json_build_object('node', json_build_object('key', k))`, sql`o`)} from unnest(p.newest) with ordinality u(k, o))))`,
        sql`p.n desc, p.last_seen desc, p.key`,
      )}) as data from p`,
  };
}

/** The nested list the issue sizes: 50 incidents → causes → assets → 2 newest incidents of each asset. */
export const nestedQuery = `{ incidents(first: 50) { edges { node { key title causes { text categories assets { name
  incidents(first: 2) { edges { node { key title } } } } } } } } }`;

/**
 * Distinct assets get their two incidents once, however many causes name them.
 * `newest` is our question; `linkKey` is the one PostGraphile answers (the
 * first two by the link table's key), for the throughput comparison's note.
 */
function nestedHandWrittenSql(pick: 'newest' | 'linkKey'): SQL {
  const order = pick === 'newest' ? sql`x.started_on desc, x.id desc` : sql`l.incident_id`;
  return sql`with page as (select id, key, title, started_on from incidents order by started_on desc, id desc limit 50),
  cs as (select c.id, c.incident_id, c.position, c.text, c.categories from causes c join page p on p.id = c.incident_id where not c.found_in_timeline),
  ca as (select l.cause_id, a.id as asset_id, a.name from cause_assets l join cs on cs.id = l.cause_id join assets a on a.id = l.asset_id),
  newest as materialized (
    select d.asset_id, ${jsonList(sql`json_build_object('node', json_build_object('key', n.key, 'title', n.title))`, sql`n.started_on desc, n.id desc`)} as edges
    from (select distinct asset_id from ca) d cross join lateral (
      select x.key, x.title, x.started_on, x.id from incident_assets l join incidents x on x.id = l.incident_id
      where l.asset_id = d.asset_id order by ${order} limit 2) n
    group by d.asset_id)
  select json_build_object('incidents', json_build_object('edges', ${jsonList(
    sql`json_build_object('node', json_build_object('key', p.key, 'title', p.title, 'causes', (select ${jsonList(
      sql`json_build_object('text', c.text, 'categories', c.categories, 'assets', (select ${jsonList(
        sql`json_build_object('name', x.name, 'incidents', json_build_object('edges', coalesce(nw.edges, '[]'::json)))`,
        sql`x.name`,
      )} from ca x left join newest nw on nw.asset_id = x.asset_id where x.cause_id = c.id))`,
      sql`c.position`,
    )} from cs c where c.incident_id = p.id)))`,
    sql`p.started_on desc, p.id desc`,
  )})) as data from page p`;
}

export const nestedHandWritten = nestedHandWrittenSql('newest');
export const peerQuestionHandWritten = nestedHandWrittenSql('linkKey');

export function benchCases(subjects: Subjects): BenchCase[] {
  const dimensions: Dimension[] = ['CAUSE_CATEGORY', 'CAUSE_FAMILY', 'ASSET', 'SERVICE', 'TEAM', 'PARTY'];
  return [
    ...dimensions.map(recurringPatternsCase),
    {
      name: 'spareHardwareGaps',
      query: `{ spareHardwareGaps(first: 20) { asset { name } criticalBecause reason evidence { key } daysWaitingForHardware } }`,
      handWritten: spareGapsHandWritten,
    },
    {
      name: 'detectionLags',
      query: `{ detectionLags(first: 20) { incident { key } source text since detectedOn days } }`,
      handWritten: detectionLagsHandWritten,
    },
    {
      name: 'recommendationFollowThrough',
      query: `{ recommendationFollowThrough { total open overdue done verified rejected recurred } }`,
      handWritten: followThroughHandWritten,
    },
    {
      name: 'recurrences',
      query: `{ recurrences(first: 20) { recommendation { text } incident { key } matchedOn } }`,
      handWritten: recurrencesHandWritten,
    },
    {
      name: 'search',
      query: `query($q: String!) { search(text: $q, first: 20) { kind rank headline incident { key } } }`,
      variables: { q: 'replication failed backup' },
      handWritten: searchHandWritten('replication failed backup'),
    },
    {
      name: 'gapChecks',
      query: `{ gapChecks { causesWithoutRecommendation { text } recommendationsWithoutOwnerOrDueDate { text }
        criticalAssetsWithoutOwnerOrSite { name } incidentsWithoutVerification { key } } }`,
      handWritten: gapChecksHandWritten,
    },
    {
      name: 'incident relatedIncidents + timings',
      query: `query($k: String!) { incident(key: $k) { key relatedIncidents(first: 10) { score reasons incident { key } }
        timings { detectedOn mitigatedOn resolvedOn daysToDetect daysToMitigate daysToResolve } } }`,
      variables: { k: subjects.hotIncidentKey },
      handWritten: relatedHandWritten(subjects.hotIncidentKey),
    },
    {
      name: 'asset history by alias',
      query: `query($a: String!) { asset(nameOrAlias: $a) { name history(first: 50) { date kind text incident { key } } } }`,
      variables: { a: subjects.hotAssetAlias },
      handWritten: historyHandWritten(subjects.hotAssetAlias),
    },
    { name: 'nested list (4 levels)', query: nestedQuery, handWritten: nestedHandWritten },
  ];
}
