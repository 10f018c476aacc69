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
    "mutation ExplorerImportDocument($document: ReportDocumentInput!, $dryRun: Boolean!, $decisions: [EntityDecisionInput!], $categoryOverrides: [CategoryOverrideInput!]) {\n  importIncidentDocument(\n    document: $document\n    dryRun: $dryRun\n    decisions: $decisions\n    categoryOverrides: $categoryOverrides\n  ) {\n    ...ExplorerImportResult\n  }\n}": typeof types.ExplorerImportDocumentDocument,
    "fragment ExplorerImportResult on ImportResult {\n  outcome\n  dryRun\n  incidentKey\n  markdown\n  counts {\n    parties\n    assets\n    teams\n    services\n    timelineEvents\n    causes\n    findings\n    recommendations\n    signOffs\n    assetFacts\n  }\n  entities {\n    type\n    name\n    reportName\n    created\n    matchedBy\n    decision\n    spellings\n    possibleDuplicates {\n      id\n      name\n    }\n  }\n  warnings {\n    code\n    message\n    line\n    candidates\n  }\n  unread {\n    line\n    text\n    reason\n  }\n  facts {\n    kind\n    label\n    detail\n    startLine\n    endLine\n    rule\n    categories\n    addressesCauses\n    number\n    position\n    needsReview\n    reviewReason\n  }\n}\n\nmutation ExplorerImportReport($markdown: String!, $dryRun: Boolean!, $decisions: [EntityDecisionInput!], $categoryOverrides: [CategoryOverrideInput!]) {\n  importIncidentReport(\n    markdown: $markdown\n    dryRun: $dryRun\n    decisions: $decisions\n    categoryOverrides: $categoryOverrides\n  ) {\n    ...ExplorerImportResult\n  }\n}": typeof types.ExplorerImportResultFragmentDoc,
    "query ExplorerStoredIncident($key: String!) {\n  incident(key: $key) {\n    key\n    title\n    version\n    startedOn\n    endedOn\n    location\n    symptoms\n    timeline(first: 1) {\n      totalCount\n    }\n    causes {\n      position\n      kind\n      text\n      categories\n    }\n    findings {\n      text\n    }\n    recommendations {\n      text\n    }\n    signOffs {\n      kind\n    }\n    assets {\n      name\n    }\n    participants {\n      party {\n        name\n      }\n    }\n    teams {\n      name\n    }\n    assetFacts {\n      kind\n    }\n  }\n}": typeof types.ExplorerStoredIncidentDocument,
};
const documents: Documents = {
    "mutation ExplorerImportDocument($document: ReportDocumentInput!, $dryRun: Boolean!, $decisions: [EntityDecisionInput!], $categoryOverrides: [CategoryOverrideInput!]) {\n  importIncidentDocument(\n    document: $document\n    dryRun: $dryRun\n    decisions: $decisions\n    categoryOverrides: $categoryOverrides\n  ) {\n    ...ExplorerImportResult\n  }\n}": types.ExplorerImportDocumentDocument,
    "fragment ExplorerImportResult on ImportResult {\n  outcome\n  dryRun\n  incidentKey\n  markdown\n  counts {\n    parties\n    assets\n    teams\n    services\n    timelineEvents\n    causes\n    findings\n    recommendations\n    signOffs\n    assetFacts\n  }\n  entities {\n    type\n    name\n    reportName\n    created\n    matchedBy\n    decision\n    spellings\n    possibleDuplicates {\n      id\n      name\n    }\n  }\n  warnings {\n    code\n    message\n    line\n    candidates\n  }\n  unread {\n    line\n    text\n    reason\n  }\n  facts {\n    kind\n    label\n    detail\n    startLine\n    endLine\n    rule\n    categories\n    addressesCauses\n    number\n    position\n    needsReview\n    reviewReason\n  }\n}\n\nmutation ExplorerImportReport($markdown: String!, $dryRun: Boolean!, $decisions: [EntityDecisionInput!], $categoryOverrides: [CategoryOverrideInput!]) {\n  importIncidentReport(\n    markdown: $markdown\n    dryRun: $dryRun\n    decisions: $decisions\n    categoryOverrides: $categoryOverrides\n  ) {\n    ...ExplorerImportResult\n  }\n}": types.ExplorerImportResultFragmentDoc,
    "query ExplorerStoredIncident($key: String!) {\n  incident(key: $key) {\n    key\n    title\n    version\n    startedOn\n    endedOn\n    location\n    symptoms\n    timeline(first: 1) {\n      totalCount\n    }\n    causes {\n      position\n      kind\n      text\n      categories\n    }\n    findings {\n      text\n    }\n    recommendations {\n      text\n    }\n    signOffs {\n      kind\n    }\n    assets {\n      name\n    }\n    participants {\n      party {\n        name\n      }\n    }\n    teams {\n      name\n    }\n    assetFacts {\n      kind\n    }\n  }\n}": types.ExplorerStoredIncidentDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation ExplorerImportDocument($document: ReportDocumentInput!, $dryRun: Boolean!, $decisions: [EntityDecisionInput!], $categoryOverrides: [CategoryOverrideInput!]) {\n  importIncidentDocument(\n    document: $document\n    dryRun: $dryRun\n    decisions: $decisions\n    categoryOverrides: $categoryOverrides\n  ) {\n    ...ExplorerImportResult\n  }\n}"): typeof import('./graphql.js').ExplorerImportDocumentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment ExplorerImportResult on ImportResult {\n  outcome\n  dryRun\n  incidentKey\n  markdown\n  counts {\n    parties\n    assets\n    teams\n    services\n    timelineEvents\n    causes\n    findings\n    recommendations\n    signOffs\n    assetFacts\n  }\n  entities {\n    type\n    name\n    reportName\n    created\n    matchedBy\n    decision\n    spellings\n    possibleDuplicates {\n      id\n      name\n    }\n  }\n  warnings {\n    code\n    message\n    line\n    candidates\n  }\n  unread {\n    line\n    text\n    reason\n  }\n  facts {\n    kind\n    label\n    detail\n    startLine\n    endLine\n    rule\n    categories\n    addressesCauses\n    number\n    position\n    needsReview\n    reviewReason\n  }\n}\n\nmutation ExplorerImportReport($markdown: String!, $dryRun: Boolean!, $decisions: [EntityDecisionInput!], $categoryOverrides: [CategoryOverrideInput!]) {\n  importIncidentReport(\n    markdown: $markdown\n    dryRun: $dryRun\n    decisions: $decisions\n    categoryOverrides: $categoryOverrides\n  ) {\n    ...ExplorerImportResult\n  }\n}"): typeof import('./graphql.js').ExplorerImportResultFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerStoredIncident($key: String!) {\n  incident(key: $key) {\n    key\n    title\n    version\n    startedOn\n    endedOn\n    location\n    symptoms\n    timeline(first: 1) {\n      totalCount\n    }\n    causes {\n      position\n      kind\n      text\n      categories\n    }\n    findings {\n      text\n    }\n    recommendations {\n      text\n    }\n    signOffs {\n      kind\n    }\n    assets {\n      name\n    }\n    participants {\n      party {\n        name\n      }\n    }\n    teams {\n      name\n    }\n    assetFacts {\n      kind\n    }\n  }\n}"): typeof import('./graphql.js').ExplorerStoredIncidentDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
