/**
 * The nested question in PostGraphile's generated schema. Its connections
 * order by the link table's key, so "2 incidents of the asset" are not the
 * newest two as in ours; and it cannot leave out the causes found in the
 * timeline (about a tenth), as it only filters on indexed columns. The same
 * shape, slightly more rows.
 */
export const peerNestedQuery = `{ allIncidents(first: 50, orderBy: [STARTED_ON_DESC, PRIMARY_KEY_DESC]) { nodes { key title
  causesByIncidentId(orderBy: POSITION_ASC) { nodes { text categories causeAssetsByCauseId { nodes { assetByAssetId { name
  incidentAssetsByAssetId(first: 2) { nodes { incidentByIncidentId { key title } } } } } } } } } } }`;

/**
 * What the peer needs to answer our question: a computed column (a SQL function PostGraphile exposes as
 * `Asset.newestIncidents`) giving an asset's 2 newest incidents, created in the benchmark database before
 * the peer starts. Not part of the product's schema.
 */
export const peerNewestFunction = `create or replace function assets_newest_incidents(a assets) returns setof incidents
  language sql stable as $$
    select i.* from incident_assets l join incidents i on i.id = l.incident_id
    where l.asset_id = a.id order by i.started_on desc, i.id desc limit 2
  $$`;

/** Our question in the peer's schema: the 2 newest incidents per asset, through the computed column. */
export const peerNewestQuery = `{ allIncidents(first: 50, orderBy: [STARTED_ON_DESC, PRIMARY_KEY_DESC]) { nodes { key title
  causesByIncidentId(orderBy: POSITION_ASC) { nodes { text categories causeAssetsByCauseId { nodes { assetByAssetId { name
  newestIncidents { nodes { key title } } } } } } } } } }`;
