/* eslint-disable */
import * as types from './graphql.js';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query ExplorerAsset($nameOrAlias: String!) {\n  asset(nameOrAlias: $nameOrAlias) {\n    name\n    aliases\n    kind\n    criticality\n    status\n    site\n    parent {\n      name\n      kind\n      status\n    }\n    parentRelation\n    children {\n      name\n      kind\n      status\n    }\n    redundancyPartner {\n      name\n      kind\n      status\n    }\n    spare {\n      name\n      kind\n      status\n    }\n    services {\n      name\n    }\n    facts {\n      kind\n      since\n      observedOn\n      text\n    }\n    incidents(first: 20) {\n      totalCount\n      edges {\n        node {\n          key\n          title\n          startedOn\n        }\n      }\n    }\n  }\n  spareHardwareGaps(first: 100) {\n    asset {\n      name\n    }\n    reason\n    daysWaitingForHardware\n  }\n}": typeof types.ExplorerAssetDocument,
    "query ExplorerIncidentTimeline($key: String!) {\n  incident(key: $key) {\n    key\n    title\n    severity\n    status\n    startedOn\n    endedOn\n    closedOn\n    timeline(first: 100) {\n      totalCount\n      edges {\n        node {\n          position\n          occurredOn\n          endedOn\n          timeOfDay\n          phase\n          phases\n          text\n          assets {\n            name\n          }\n          parties {\n            name\n          }\n          services {\n            name\n          }\n          teams {\n            name\n          }\n        }\n      }\n    }\n    signOffs {\n      kind\n      signedOn\n      roleTitle\n      party {\n        name\n      }\n    }\n    detectionLags {\n      since\n      sincePrecision\n      detectedOn\n      days\n      text\n      asset {\n        name\n      }\n    }\n  }\n  incidents(first: 50, orderBy: STARTED_ON_DESC) {\n    edges {\n      node {\n        key\n        title\n        startedOn\n      }\n    }\n  }\n}": typeof types.ExplorerIncidentTimelineDocument,
    "query ExplorerPatterns($dimension: PatternDimension!, $minIncidents: Int = 2, $since: Date, $until: Date) {\n  recurringPatterns(\n    dimension: $dimension\n    minIncidents: $minIncidents\n    since: $since\n    until: $until\n  ) {\n    key\n    label\n    incidentCount\n    firstSeen\n    lastSeen\n    incidents(first: 50) {\n      edges {\n        node {\n          key\n          title\n          startedOn\n          severity\n        }\n      }\n    }\n  }\n}": typeof types.ExplorerPatternsDocument,
};
const documents: Documents = {
    "query ExplorerAsset($nameOrAlias: String!) {\n  asset(nameOrAlias: $nameOrAlias) {\n    name\n    aliases\n    kind\n    criticality\n    status\n    site\n    parent {\n      name\n      kind\n      status\n    }\n    parentRelation\n    children {\n      name\n      kind\n      status\n    }\n    redundancyPartner {\n      name\n      kind\n      status\n    }\n    spare {\n      name\n      kind\n      status\n    }\n    services {\n      name\n    }\n    facts {\n      kind\n      since\n      observedOn\n      text\n    }\n    incidents(first: 20) {\n      totalCount\n      edges {\n        node {\n          key\n          title\n          startedOn\n        }\n      }\n    }\n  }\n  spareHardwareGaps(first: 100) {\n    asset {\n      name\n    }\n    reason\n    daysWaitingForHardware\n  }\n}": types.ExplorerAssetDocument,
    "query ExplorerIncidentTimeline($key: String!) {\n  incident(key: $key) {\n    key\n    title\n    severity\n    status\n    startedOn\n    endedOn\n    closedOn\n    timeline(first: 100) {\n      totalCount\n      edges {\n        node {\n          position\n          occurredOn\n          endedOn\n          timeOfDay\n          phase\n          phases\n          text\n          assets {\n            name\n          }\n          parties {\n            name\n          }\n          services {\n            name\n          }\n          teams {\n            name\n          }\n        }\n      }\n    }\n    signOffs {\n      kind\n      signedOn\n      roleTitle\n      party {\n        name\n      }\n    }\n    detectionLags {\n      since\n      sincePrecision\n      detectedOn\n      days\n      text\n      asset {\n        name\n      }\n    }\n  }\n  incidents(first: 50, orderBy: STARTED_ON_DESC) {\n    edges {\n      node {\n        key\n        title\n        startedOn\n      }\n    }\n  }\n}": types.ExplorerIncidentTimelineDocument,
    "query ExplorerPatterns($dimension: PatternDimension!, $minIncidents: Int = 2, $since: Date, $until: Date) {\n  recurringPatterns(\n    dimension: $dimension\n    minIncidents: $minIncidents\n    since: $since\n    until: $until\n  ) {\n    key\n    label\n    incidentCount\n    firstSeen\n    lastSeen\n    incidents(first: 50) {\n      edges {\n        node {\n          key\n          title\n          startedOn\n          severity\n        }\n      }\n    }\n  }\n}": types.ExplorerPatternsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerAsset($nameOrAlias: String!) {\n  asset(nameOrAlias: $nameOrAlias) {\n    name\n    aliases\n    kind\n    criticality\n    status\n    site\n    parent {\n      name\n      kind\n      status\n    }\n    parentRelation\n    children {\n      name\n      kind\n      status\n    }\n    redundancyPartner {\n      name\n      kind\n      status\n    }\n    spare {\n      name\n      kind\n      status\n    }\n    services {\n      name\n    }\n    facts {\n      kind\n      since\n      observedOn\n      text\n    }\n    incidents(first: 20) {\n      totalCount\n      edges {\n        node {\n          key\n          title\n          startedOn\n        }\n      }\n    }\n  }\n  spareHardwareGaps(first: 100) {\n    asset {\n      name\n    }\n    reason\n    daysWaitingForHardware\n  }\n}"): typeof import('./graphql.js').ExplorerAssetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerIncidentTimeline($key: String!) {\n  incident(key: $key) {\n    key\n    title\n    severity\n    status\n    startedOn\n    endedOn\n    closedOn\n    timeline(first: 100) {\n      totalCount\n      edges {\n        node {\n          position\n          occurredOn\n          endedOn\n          timeOfDay\n          phase\n          phases\n          text\n          assets {\n            name\n          }\n          parties {\n            name\n          }\n          services {\n            name\n          }\n          teams {\n            name\n          }\n        }\n      }\n    }\n    signOffs {\n      kind\n      signedOn\n      roleTitle\n      party {\n        name\n      }\n    }\n    detectionLags {\n      since\n      sincePrecision\n      detectedOn\n      days\n      text\n      asset {\n        name\n      }\n    }\n  }\n  incidents(first: 50, orderBy: STARTED_ON_DESC) {\n    edges {\n      node {\n        key\n        title\n        startedOn\n      }\n    }\n  }\n}"): typeof import('./graphql.js').ExplorerIncidentTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerPatterns($dimension: PatternDimension!, $minIncidents: Int = 2, $since: Date, $until: Date) {\n  recurringPatterns(\n    dimension: $dimension\n    minIncidents: $minIncidents\n    since: $since\n    until: $until\n  ) {\n    key\n    label\n    incidentCount\n    firstSeen\n    lastSeen\n    incidents(first: 50) {\n      edges {\n        node {\n          key\n          title\n          startedOn\n          severity\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').ExplorerPatternsDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
