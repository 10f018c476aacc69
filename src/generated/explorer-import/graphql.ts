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

/** The family of failure a cause belongs to; a cause may have several. */
export type CauseCategory =
  | 'BACKUP'
  | 'CAPACITY'
  | 'CHANGE_MANAGEMENT'
  | 'CONFIGURATION'
  | 'DATA_REPLICATION'
  | 'HARDWARE_FAILURE'
  | 'HUMAN_ERROR'
  | 'MONITORING_GAP'
  | 'NETWORK_ROUTING'
  | 'REDUNDANCY'
  | 'SOFTWARE_BUG'
  | 'SPARE_SHORTAGE';

/** Whether a cause is the root, a contributing factor or the trigger. */
export type CauseKind =
  | 'CONTRIBUTING'
  | 'ROOT'
  | 'TRIGGER';

/** What importing a report did. */
export type ImportOutcome =
  /** A new incident was created. */
  | 'CREATED'
  /** The same report (by content hash) was imported before; nothing changed. */
  | 'UNCHANGED'
  /** An incident with the same key existed; it was replaced in place by the corrected report. */
  | 'UPDATED';

/** Kinds of entity a report names. */
export type ImportedEntityType =
  | 'ASSET'
  | 'PARTY'
  | 'SERVICE'
  | 'TEAM';

/** Kinds of fact a report line can produce. */
export type ReportFactKind =
  | 'ASSET'
  /** A dated fact about an asset (failed, no spare, out of sync …). */
  | 'ASSET_FACT'
  /** A cause from the causes section. */
  | 'CAUSE'
  /** A timeline entry. */
  | 'ENTRY'
  /** A cause stated in the timeline (`caused by …`). */
  | 'FINDING'
  /** The incident's own fields: period, location, symptoms. */
  | 'INCIDENT'
  | 'PARTY'
  | 'RECOMMENDATION'
  | 'SERVICE'
  | 'SIGN_OFF'
  | 'TEAM'
  /** A time of day an entry gives. */
  | 'TIME';

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

export type ExplorerImportReportMutationVariables = Exact<{
  markdown: string;
  dryRun: boolean;
}>;


export type ExplorerImportReportMutation = { importIncidentReport: { outcome: ImportOutcome, dryRun: boolean, incidentKey: string, counts: { parties: number, assets: number, teams: number, services: number, timelineEvents: number, causes: number, findings: number, recommendations: number, signOffs: number, assetFacts: number }, entities: Array<{ type: ImportedEntityType, name: string, created: boolean, matchedBy: string | null, spellings: Array<string> }>, warnings: Array<{ code: string, message: string, line: number | null, candidates: Array<string> }>, facts: Array<{ kind: ReportFactKind, label: string, detail: string | null, startLine: number, endLine: number, rule: string, categories: Array<CauseCategory>, addressesCauses: Array<number>, number: number | null }> } };

export type ExplorerStoredIncidentQueryVariables = Exact<{
  key: string;
}>;


export type ExplorerStoredIncidentQuery = { incident: { key: string, title: string, version: number, startedOn: string, endedOn: string | null, location: string | null, symptoms: Array<string>, timeline: { totalCount: number }, causes: Array<{ position: number, kind: CauseKind, text: string, categories: Array<CauseCategory> }>, findings: Array<{ text: string }>, recommendations: Array<{ text: string }>, signOffs: Array<{ kind: SignOffKind }>, assets: Array<{ name: string }>, participants: Array<{ party: { name: string } }>, teams: Array<{ name: string }>, assetFacts: Array<{ kind: AssetFactKind }> } | null };

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

export const ExplorerImportReportDocument = new TypedDocumentString(`
    mutation ExplorerImportReport($markdown: String!, $dryRun: Boolean!) {
  importIncidentReport(markdown: $markdown, dryRun: $dryRun) {
    outcome
    dryRun
    incidentKey
    counts {
      parties
      assets
      teams
      services
      timelineEvents
      causes
      findings
      recommendations
      signOffs
      assetFacts
    }
    entities {
      type
      name
      created
      matchedBy
      spellings
    }
    warnings {
      code
      message
      line
      candidates
    }
    facts {
      kind
      label
      detail
      startLine
      endLine
      rule
      categories
      addressesCauses
      number
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerImportReportMutation, ExplorerImportReportMutationVariables>;
export const ExplorerStoredIncidentDocument = new TypedDocumentString(`
    query ExplorerStoredIncident($key: String!) {
  incident(key: $key) {
    key
    title
    version
    startedOn
    endedOn
    location
    symptoms
    timeline(first: 1) {
      totalCount
    }
    causes {
      position
      kind
      text
      categories
    }
    findings {
      text
    }
    recommendations {
      text
    }
    signOffs {
      kind
    }
    assets {
      name
    }
    participants {
      party {
        name
      }
    }
    teams {
      name
    }
    assetFacts {
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<ExplorerStoredIncidentQuery, ExplorerStoredIncidentQueryVariables>;