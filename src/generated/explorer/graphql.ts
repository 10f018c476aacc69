/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** How an asset sits inside its parent. */
export type AssetRelation =
  | 'HOSTED_ON'
  | 'PART_OF';

/** Whether an asset is in service, impaired, failed or retired, as far as the reports tell. */
export type AssetStatus =
  | 'ACTIVE'
  | 'DEGRADED'
  | 'FAILED'
  | 'RETIRED'
  | 'UNKNOWN';

/** How much the business depends on an asset or service. */
export type Criticality =
  | 'CRITICAL'
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** Where an incident is in its life. */
export type IncidentStatus =
  | 'CLOSED'
  | 'MITIGATED'
  | 'OPEN'
  | 'RESOLVED';

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

/** How severe an incident was; SEV1 is the worst (a declared 1st-class emergency). */
export type Severity =
  | 'SEV1'
  | 'SEV2'
  | 'SEV3'
  | 'SEV4';

/**
 * What a sign-off or approval records. The report's own lines: REPORT_BY (report, prepared, written by),
 * VERIFIED_BY, ADDITIONAL_VERIFICATION, REVIEWED_BY, APPROVED_BY, ENDORSED_BY, SIGNED_OFF_BY, CLOSED_BY;
 * decisions read from the timeline: EMERGENCY_DECLARED, EMERGENCY_CLOSED, PURCHASE_APPROVED, INCIDENT_CLOSED.
 */
export type SignOffKind =
  | 'ADDITIONAL_VERIFICATION'
  | 'APPROVED_BY'
  | 'CLOSED_BY'
  | 'EMERGENCY_CLOSED'
  | 'EMERGENCY_DECLARED'
  | 'ENDORSED_BY'
  | 'INCIDENT_CLOSED'
  | 'PURCHASE_APPROVED'
  | 'REPORT_BY'
  | 'REVIEWED_BY'
  | 'SIGNED_OFF_BY'
  | 'VERIFIED_BY';

export type ExplorerAssetQueryVariables = Exact<{
  nameOrAlias: string;
}>;


export type ExplorerAssetQuery = { asset: { name: string, aliases: Array<string>, kind: AssetKind, criticality: Criticality | null, status: AssetStatus, site: string | null, parentRelation: AssetRelation | null, parent: { name: string, kind: AssetKind, status: AssetStatus } | null, children: Array<{ name: string, kind: AssetKind, status: AssetStatus }>, redundancyPartner: { name: string, kind: AssetKind, status: AssetStatus } | null, spare: { name: string, kind: AssetKind, status: AssetStatus } | null, services: Array<{ name: string }>, facts: Array<{ kind: AssetFactKind, since: string | null, observedOn: string | null, text: string }>, incidents: { totalCount: number, edges: Array<{ node: { key: string, title: string, startedOn: string } }> } } | null, spareHardwareGaps: Array<{ reason: string, daysWaitingForHardware: number | null, asset: { name: string } }> };

export type ExplorerIncidentTimelineQueryVariables = Exact<{
  key: string;
}>;


export type ExplorerIncidentTimelineQuery = { incident: { key: string, title: string, severity: Severity | null, status: IncidentStatus, startedOn: string, endedOn: string | null, closedOn: string | null, timeline: { totalCount: number, edges: Array<{ node: { position: number, occurredOn: string, endedOn: string | null, timeOfDay: string | null, phase: Phase, phases: Array<Phase>, text: string, assets: Array<{ name: string }>, parties: Array<{ name: string }>, services: Array<{ name: string }>, teams: Array<{ name: string }> } }> }, signOffs: Array<{ kind: SignOffKind, signedOn: string | null, roleTitle: string | null, party: { name: string } | null }>, detectionLags: Array<{ since: string, sincePrecision: string | null, detectedOn: string, days: number, text: string, asset: { name: string } | null }> } | null, incidents: { edges: Array<{ node: { key: string, title: string, startedOn: string } }> } };

export type ExplorerPatternsQueryVariables = Exact<{
  dimension: PatternDimension;
  minIncidents?: number | null | undefined;
  since?: string | null | undefined;
  until?: string | null | undefined;
}>;


export type ExplorerPatternsQuery = { recurringPatterns: Array<{ key: string, label: string, incidentCount: number, firstSeen: string, lastSeen: string, incidents: { edges: Array<{ node: { key: string, title: string, startedOn: string, severity: Severity | null } }> } }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const ExplorerAssetDocument = new TypedDocumentString(`
    query ExplorerAsset($nameOrAlias: String!) {
  asset(nameOrAlias: $nameOrAlias) {
    name
    aliases
    kind
    criticality
    status
    site
    parent {
      name
      kind
      status
    }
    parentRelation
    children {
      name
      kind
      status
    }
    redundancyPartner {
      name
      kind
      status
    }
    spare {
      name
      kind
      status
    }
    services {
      name
    }
    facts {
      kind
      since
      observedOn
      text
    }
    incidents(first: 20) {
      totalCount
      edges {
        node {
          key
          title
          startedOn
        }
      }
    }
  }
  spareHardwareGaps(first: 100) {
    asset {
      name
    }
    reason
    daysWaitingForHardware
  }
}
    `) as unknown as TypedDocumentString<ExplorerAssetQuery, ExplorerAssetQueryVariables>;
export const ExplorerIncidentTimelineDocument = new TypedDocumentString(`
    query ExplorerIncidentTimeline($key: String!) {
  incident(key: $key) {
    key
    title
    severity
    status
    startedOn
    endedOn
    closedOn
    timeline(first: 100) {
      totalCount
      edges {
        node {
          position
          occurredOn
          endedOn
          timeOfDay
          phase
          phases
          text
          assets {
            name
          }
          parties {
            name
          }
          services {
            name
          }
          teams {
            name
          }
        }
      }
    }
    signOffs {
      kind
      signedOn
      roleTitle
      party {
        name
      }
    }
    detectionLags {
      since
      sincePrecision
      detectedOn
      days
      text
      asset {
        name
      }
    }
  }
  incidents(first: 50, orderBy: STARTED_ON_DESC) {
    edges {
      node {
        key
        title
        startedOn
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerIncidentTimelineQuery, ExplorerIncidentTimelineQueryVariables>;
export const ExplorerPatternsDocument = new TypedDocumentString(`
    query ExplorerPatterns($dimension: PatternDimension!, $minIncidents: Int = 2, $since: Date, $until: Date) {
  recurringPatterns(
    dimension: $dimension
    minIncidents: $minIncidents
    since: $since
    until: $until
  ) {
    key
    label
    incidentCount
    firstSeen
    lastSeen
    incidents(first: 50) {
      edges {
        node {
          key
          title
          startedOn
          severity
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerPatternsQuery, ExplorerPatternsQueryVariables>;