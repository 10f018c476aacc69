/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A kind of fact a report states about an asset. */
export type AssetFactKind =
  | 'BACKUP_FAILING'
  | 'BUG'
  | 'CORRUPTED'
  | 'HARDWARE_FAILURE'
  | 'HA_PARTNER_DOWN'
  | 'NO_SPARE'
  | 'OUT_OF_SYNC'
  | 'POWERED_OFF'
  | 'REPLACEMENT_ARRIVED'
  | 'REPLACEMENT_REQUESTED';

/** What sort of thing an asset is. */
export type AssetKind =
  | 'BACKUP'
  | 'DATABASE_NODE'
  /** A single disk or drive, usually part of an array or host. */
  | 'DISK'
  | 'FIREWALL'
  | 'HOST'
  /** A network link or interconnect between sites, racks or nodes (`the only interconnect link`, `HA link`). */
  | 'LINK'
  | 'NETWORK_SEGMENT'
  | 'OTHER'
  /** A power supply unit (PSU) of a device. */
  | 'POWER_SUPPLY'
  | 'ROUTER'
  | 'SERVER'
  | 'STORAGE'
  /** A storage array or SAN holding many disks (`RAID 5 array`, `the storage array`). */
  | 'STORAGE_ARRAY'
  /** A network switch (`core switch`, `SW-CORE-01`). */
  | 'SWITCH'
  | 'VM';

/** Whether an asset is in service, impaired, failed or retired, as far as the reports tell. */
export type AssetStatus =
  | 'ACTIVE'
  | 'DEGRADED'
  | 'FAILED'
  | 'RETIRED'
  | 'UNKNOWN';

/**
 * The family of failure a cause belongs to; a cause may have several. The list follows the
 * contributing-factor families of published incident practice (technology: hardware, software,
 * network, data, capacity, configuration; people; process; suppliers; environment) narrowed to
 * what the department's reports name.
 */
export type CauseCategory =
  /** Backups were missing, empty, failing or unusable (`the dumps were 0 bytes`, `no restorable backup`). */
  | 'BACKUP'
  /** Not enough room, memory, throughput or headroom (`not enough free memory to fail over all VMs`, `disk full`, `the link was saturated`). */
  | 'CAPACITY'
  /** A change carried out without a plan, fallback, test or staged rollout (`cut-off without a fallback plan`, `firmware pushed to both units at once`). */
  | 'CHANGE_MANAGEMENT'
  /** A setting or design was wrong (`misconfigured VLAN`, `management network depends on the production firewall`, `snapshots on production disks`). */
  | 'CONFIGURATION'
  /** Copies of data diverged or stopped following each other (`database out of sync since May`, `split brain`, `replica lagged by hours`). */
  | 'DATA_REPLICATION'
  /** The physical site: power, cooling, fire, water (`a utility power cut in the data centre`, `the air conditioning failed`). */
  | 'ENVIRONMENT'
  /** A physical component failed or died (`partial hardware failure on VMS-010`, `two disks of the RAID 5 array died`, `the power supply burnt out`). */
  | 'HARDWARE_FAILURE'
  /** A person's slip (`destructive command on the wrong node`, `typed into the wrong session`, `deleted by mistake`). */
  | 'HUMAN_ERROR'
  /** Nothing watched or alerted on a failing thing (`not discovered for three months`, `nobody was alerted`, `no alarm on the replication`). */
  | 'MONITORING_GAP'
  /** Traffic went the wrong way or not at all (`asymmetric routing`, `BGP session dropped`, `a static route pointed at the old gateway`). */
  | 'NETWORK_ROUTING'
  /** A procedure, drill, review or earlier recommendation was not carried out or did not exist (`restore drills were never run`, `the 2024 recommendation was not implemented`, `no runbook`). */
  | 'PROCESS'
  /** No working redundancy: a single point of failure, no failover partner or quorum (`HA partner down since March`, `promoted without a quorum`). */
  | 'REDUNDANCY'
  /** A defect in software or firmware (`a bug in the firewall OS`, `the new release leaked memory`, `segmentation fault`). */
  | 'SOFTWARE_BUG'
  /** No spare part or replacement at hand (`no spare server`, `the vendor needed six days to ship a unit`). */
  | 'SPARE_SHORTAGE'
  /** A supplier, provider or vendor caused or prolonged the failure (`unannounced maintenance by the provider`, `the carrier cut the fibre`, `the vendor's support was late`). */
  | 'THIRD_PARTY';

/** Whether a cause is the root, a contributing factor or the trigger. */
export type CauseKind =
  | 'CONTRIBUTING'
  | 'ROOT'
  | 'TRIGGER';

/** How much the business depends on an asset or service. */
export type Criticality =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** What a recurring pattern groups incidents by. */
export type PatternDimension =
  | 'ASSET'
  | 'CAUSE_CATEGORY'
  /**
   * Families of related categories: DATA_PROTECTION (data replication, backup), RESILIENCE (hardware failure,
   * spare shortage, redundancy), CHANGE (change management, configuration, human error), DETECTION (monitoring gap),
   * SOFTWARE, NETWORK, CAPACITY.
   */
  | 'CAUSE_FAMILY'
  | 'PARTY'
  | 'SERVICE'
  | 'TEAM';

/** The stage of incident handling a timeline event belongs to. */
export type Phase =
  | 'CLOSURE'
  | 'DETECTION'
  | 'DIAGNOSIS'
  | 'ESCALATION'
  | 'FOLLOW_UP'
  | 'MITIGATION'
  | 'RECOVERY'
  | 'VALIDATION';

/** Recommendation lifecycle. */
export type RecommendationStatus =
  | 'ACCEPTED'
  | 'DONE'
  | 'IN_PROGRESS'
  | 'PROPOSED'
  | 'REJECTED'
  | 'VERIFIED';

/** What a recommendation does about its causes. */
export type RecommendationType =
  | 'DETECT'
  | 'MITIGATE'
  | 'PREVENT'
  | 'PROCESS';

/** How severe an incident was; SEV1 is the worst (a declared 1st-class emergency). */
export type Severity =
  | 'SEV1'
  | 'SEV2'
  | 'SEV3'
  | 'SEV4';

export type AssetHistoryByAliasQueryVariables = Exact<{
  alias?: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AssetHistoryByAliasQuery = { asset: { id: string, name: string, aliases: Array<string>, kind: AssetKind, criticality: Criticality | null, status: AssetStatus, spare: { name: string } | null, redundancyPartner: { name: string, status: AssetStatus } | null, facts: Array<{ kind: AssetFactKind, since: string | null, observedOn: string | null, text: string, incident: { key: string } }>, incidents: { totalCount: number, edges: Array<{ node: { key: string, title: string, startedOn: string, severity: Severity | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type AuditTrailQueryVariables = Exact<{
  since?: string | null | undefined;
  until?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type AuditTrailQuery = { auditTrail: { totalCount: number, edges: Array<{ node: { seq: number, at: string, actor: string, actorRole: string, action: string, entityType: string, entityId: string, requestId: string | null, hash: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } }, verifyAuditTrail: { intact: boolean, entriesChecked: number, firstBrokenSeq: number | null, latestSeq: number | null } };

export type IncidentTimelineQueryVariables = Exact<{
  key?: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type IncidentTimelineQuery = { incident: { id: string, key: string, title: string, severity: Severity | null, startedOn: string, endedOn: string | null, closedOn: string | null, timeline: { totalCount: number, edges: Array<{ node: { position: number, occurredOn: string, timeOfDay: string | null, phase: Phase, text: string, assets: Array<{ name: string }>, parties: Array<{ name: string }>, teams: Array<{ name: string }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type IncidentsByCauseCategoryQueryVariables = Exact<{
  category?: CauseCategory;
  from?: string | null | undefined;
  to?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type IncidentsByCauseCategoryQuery = { incidents: { totalCount: number, edges: Array<{ node: { key: string, title: string, startedOn: string, causes: Array<{ kind: CauseKind, categories: Array<CauseCategory>, text: string, assets: Array<{ name: string }> }> } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type OpenFollowUpsQueryVariables = Exact<{
  overdue?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OpenFollowUpsQuery = { recommendations: { totalCount: number, edges: Array<{ node: { text: string, type: RecommendationType, status: RecommendationStatus, dueOn: string | null, overdue: boolean, ownerParty: { name: string } | null, ownerTeam: { name: string } | null, incident: { key: string, title: string } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type RecurringPatternsQueryVariables = Exact<{
  dimension?: PatternDimension;
  minIncidents?: number | null | undefined;
  since?: string | null | undefined;
  until?: string | null | undefined;
}>;


export type RecurringPatternsQuery = { recurringPatterns: Array<{ key: string, label: string, incidentCount: number, firstSeen: string, lastSeen: string, incidents: { edges: Array<{ node: { key: string, title: string, startedOn: string } }> } }> };

export type SpareHardwareGapsQueryVariables = Exact<{
  withEvidenceOnly?: boolean | null | undefined;
}>;


export type SpareHardwareGapsQuery = { spareHardwareGaps: Array<{ criticalBecause: Array<string>, reason: string, daysWaitingForHardware: number | null, asset: { name: string, aliases: Array<string>, kind: AssetKind }, evidence: Array<{ key: string, title: string }>, hardwareWaits: Array<{ requestedOn: string, arrivedOn: string, days: number, incident: { key: string } }> }> };


export const AssetHistoryByAliasDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssetHistoryByAlias"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"alias"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"VMS10","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asset"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"nameOrAlias"},"value":{"kind":"Variable","name":{"kind":"Name","value":"alias"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"criticality"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"spare"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"redundancyPartner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"observedOn"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AssetHistoryByAliasQuery, AssetHistoryByAliasQueryVariables>;
export const AuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DateTime"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"hash"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"verifyAuditTrail"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intact"}},{"kind":"Field","name":{"kind":"Name","value":"entriesChecked"}},{"kind":"Field","name":{"kind":"Name","value":"firstBrokenSeq"}},{"kind":"Field","name":{"kind":"Name","value":"latestSeq"}}]}}]}}]} as unknown as DocumentNode<AuditTrailQuery, AuditTrailQueryVariables>;
export const IncidentTimelineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncidentTimeline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"2024-08-dmz-migration-and-panel-system-failure","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"closedOn"}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"occurredOn"}},{"kind":"Field","name":{"kind":"Name","value":"timeOfDay"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"assets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]}}]} as unknown as DocumentNode<IncidentTimelineQuery, IncidentTimelineQueryVariables>;
export const IncidentsByCauseCategoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IncidentsByCauseCategory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"category"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CauseCategory"}}},"defaultValue":{"kind":"EnumValue","value":"SPARE_SHORTAGE"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}},"defaultValue":{"kind":"StringValue","value":"2024-01-01","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"causeCategory"},"value":{"kind":"Variable","name":{"kind":"Name","value":"category"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"period"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}},{"kind":"Field","name":{"kind":"Name","value":"causes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"categories"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"assets"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<IncidentsByCauseCategoryQuery, IncidentsByCauseCategoryQueryVariables>;
export const OpenFollowUpsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OpenFollowUps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":true}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recommendations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"overdue"},"value":{"kind":"Variable","name":{"kind":"Name","value":"overdue"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"ownerParty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ownerTeam"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}}]} as unknown as DocumentNode<OpenFollowUpsQuery, OpenFollowUpsQueryVariables>;
export const RecurringPatternsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecurringPatterns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PatternDimension"}}},"defaultValue":{"kind":"EnumValue","value":"CAUSE_CATEGORY"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"minIncidents"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"2"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"since"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"until"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recurringPatterns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"dimension"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dimension"}}},{"kind":"Argument","name":{"kind":"Name","value":"minIncidents"},"value":{"kind":"Variable","name":{"kind":"Name","value":"minIncidents"}}},{"kind":"Argument","name":{"kind":"Name","value":"since"},"value":{"kind":"Variable","name":{"kind":"Name","value":"since"}}},{"kind":"Argument","name":{"kind":"Name","value":"until"},"value":{"kind":"Variable","name":{"kind":"Name","value":"until"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"incidentCount"}},{"kind":"Field","name":{"kind":"Name","value":"firstSeen"}},{"kind":"Field","name":{"kind":"Name","value":"lastSeen"}},{"kind":"Field","name":{"kind":"Name","value":"incidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startedOn"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecurringPatternsQuery, RecurringPatternsQueryVariables>;
export const SpareHardwareGapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpareHardwareGaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withEvidenceOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spareHardwareGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"withEvidenceOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withEvidenceOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asset"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"criticalBecause"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"evidence"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"daysWaitingForHardware"}},{"kind":"Field","name":{"kind":"Name","value":"hardwareWaits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"arrivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"incident"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SpareHardwareGapsQuery, SpareHardwareGapsQueryVariables>;