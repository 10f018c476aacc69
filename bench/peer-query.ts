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
