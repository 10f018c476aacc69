/* eslint-disable */
import * as types from './graphql.js';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

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
    "query AssetHistoryByAlias($alias: String! = \"VMS10\", $first: Int = 20, $after: String) {\n  asset(nameOrAlias: $alias) {\n    id\n    name\n    aliases\n    kind\n    criticality\n    status\n    spare {\n      name\n    }\n    redundancyPartner {\n      name\n      status\n    }\n    facts {\n      kind\n      since\n      observedOn\n      text\n      incident {\n        key\n      }\n    }\n    incidents(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          key\n          title\n          startedOn\n          severity\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}": typeof types.AssetHistoryByAliasDocument,
    "query IncidentTimeline($key: String! = \"2024-08-dmz-migration-and-panel-system-failure\", $first: Int = 50, $after: String) {\n  incident(key: $key) {\n    id\n    key\n    title\n    severity\n    startedOn\n    endedOn\n    closedOn\n    timeline(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          position\n          occurredOn\n          timeOfDay\n          phase\n          text\n          assets {\n            name\n          }\n          parties {\n            name\n          }\n          teams {\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}": typeof types.IncidentTimelineDocument,
    "query IncidentsByCauseCategory($category: CauseCategory! = SPARE_SHORTAGE, $from: Date = \"2024-01-01\", $to: Date, $first: Int = 20, $after: String) {\n  incidents(\n    first: $first\n    after: $after\n    filter: {causeCategory: $category, period: {from: $from, to: $to}}\n  ) {\n    totalCount\n    edges {\n      node {\n        key\n        title\n        startedOn\n        causes {\n          kind\n          categories\n          text\n          assets {\n            name\n          }\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.IncidentsByCauseCategoryDocument,
    "query OpenFollowUps($overdue: Boolean = true, $first: Int = 50, $after: String) {\n  recommendations(first: $first, after: $after, filter: {overdue: $overdue}) {\n    totalCount\n    edges {\n      node {\n        text\n        type\n        status\n        dueOn\n        overdue\n        ownerParty {\n          name\n        }\n        ownerTeam {\n          name\n        }\n        incident {\n          key\n          title\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.OpenFollowUpsDocument,
};
const documents: Documents = {
    "query AssetHistoryByAlias($alias: String! = \"VMS10\", $first: Int = 20, $after: String) {\n  asset(nameOrAlias: $alias) {\n    id\n    name\n    aliases\n    kind\n    criticality\n    status\n    spare {\n      name\n    }\n    redundancyPartner {\n      name\n      status\n    }\n    facts {\n      kind\n      since\n      observedOn\n      text\n      incident {\n        key\n      }\n    }\n    incidents(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          key\n          title\n          startedOn\n          severity\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}": types.AssetHistoryByAliasDocument,
    "query IncidentTimeline($key: String! = \"2024-08-dmz-migration-and-panel-system-failure\", $first: Int = 50, $after: String) {\n  incident(key: $key) {\n    id\n    key\n    title\n    severity\n    startedOn\n    endedOn\n    closedOn\n    timeline(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          position\n          occurredOn\n          timeOfDay\n          phase\n          text\n          assets {\n            name\n          }\n          parties {\n            name\n          }\n          teams {\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}": types.IncidentTimelineDocument,
    "query IncidentsByCauseCategory($category: CauseCategory! = SPARE_SHORTAGE, $from: Date = \"2024-01-01\", $to: Date, $first: Int = 20, $after: String) {\n  incidents(\n    first: $first\n    after: $after\n    filter: {causeCategory: $category, period: {from: $from, to: $to}}\n  ) {\n    totalCount\n    edges {\n      node {\n        key\n        title\n        startedOn\n        causes {\n          kind\n          categories\n          text\n          assets {\n            name\n          }\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.IncidentsByCauseCategoryDocument,
    "query OpenFollowUps($overdue: Boolean = true, $first: Int = 50, $after: String) {\n  recommendations(first: $first, after: $after, filter: {overdue: $overdue}) {\n    totalCount\n    edges {\n      node {\n        text\n        type\n        status\n        dueOn\n        overdue\n        ownerParty {\n          name\n        }\n        ownerTeam {\n          name\n        }\n        incident {\n          key\n          title\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.OpenFollowUpsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query AssetHistoryByAlias($alias: String! = \"VMS10\", $first: Int = 20, $after: String) {\n  asset(nameOrAlias: $alias) {\n    id\n    name\n    aliases\n    kind\n    criticality\n    status\n    spare {\n      name\n    }\n    redundancyPartner {\n      name\n      status\n    }\n    facts {\n      kind\n      since\n      observedOn\n      text\n      incident {\n        key\n      }\n    }\n    incidents(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          key\n          title\n          startedOn\n          severity\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}"): (typeof documents)["query AssetHistoryByAlias($alias: String! = \"VMS10\", $first: Int = 20, $after: String) {\n  asset(nameOrAlias: $alias) {\n    id\n    name\n    aliases\n    kind\n    criticality\n    status\n    spare {\n      name\n    }\n    redundancyPartner {\n      name\n      status\n    }\n    facts {\n      kind\n      since\n      observedOn\n      text\n      incident {\n        key\n      }\n    }\n    incidents(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          key\n          title\n          startedOn\n          severity\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncidentTimeline($key: String! = \"2024-08-dmz-migration-and-panel-system-failure\", $first: Int = 50, $after: String) {\n  incident(key: $key) {\n    id\n    key\n    title\n    severity\n    startedOn\n    endedOn\n    closedOn\n    timeline(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          position\n          occurredOn\n          timeOfDay\n          phase\n          text\n          assets {\n            name\n          }\n          parties {\n            name\n          }\n          teams {\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}"): (typeof documents)["query IncidentTimeline($key: String! = \"2024-08-dmz-migration-and-panel-system-failure\", $first: Int = 50, $after: String) {\n  incident(key: $key) {\n    id\n    key\n    title\n    severity\n    startedOn\n    endedOn\n    closedOn\n    timeline(first: $first, after: $after) {\n      totalCount\n      edges {\n        node {\n          position\n          occurredOn\n          timeOfDay\n          phase\n          text\n          assets {\n            name\n          }\n          parties {\n            name\n          }\n          teams {\n            name\n          }\n        }\n      }\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query IncidentsByCauseCategory($category: CauseCategory! = SPARE_SHORTAGE, $from: Date = \"2024-01-01\", $to: Date, $first: Int = 20, $after: String) {\n  incidents(\n    first: $first\n    after: $after\n    filter: {causeCategory: $category, period: {from: $from, to: $to}}\n  ) {\n    totalCount\n    edges {\n      node {\n        key\n        title\n        startedOn\n        causes {\n          kind\n          categories\n          text\n          assets {\n            name\n          }\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query IncidentsByCauseCategory($category: CauseCategory! = SPARE_SHORTAGE, $from: Date = \"2024-01-01\", $to: Date, $first: Int = 20, $after: String) {\n  incidents(\n    first: $first\n    after: $after\n    filter: {causeCategory: $category, period: {from: $from, to: $to}}\n  ) {\n    totalCount\n    edges {\n      node {\n        key\n        title\n        startedOn\n        causes {\n          kind\n          categories\n          text\n          assets {\n            name\n          }\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpenFollowUps($overdue: Boolean = true, $first: Int = 50, $after: String) {\n  recommendations(first: $first, after: $after, filter: {overdue: $overdue}) {\n    totalCount\n    edges {\n      node {\n        text\n        type\n        status\n        dueOn\n        overdue\n        ownerParty {\n          name\n        }\n        ownerTeam {\n          name\n        }\n        incident {\n          key\n          title\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): (typeof documents)["query OpenFollowUps($overdue: Boolean = true, $first: Int = 50, $after: String) {\n  recommendations(first: $first, after: $after, filter: {overdue: $overdue}) {\n    totalCount\n    edges {\n      node {\n        text\n        type\n        status\n        dueOn\n        overdue\n        ownerParty {\n          name\n        }\n        ownerTeam {\n          name\n        }\n        incident {\n          key\n          title\n        }\n      }\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;