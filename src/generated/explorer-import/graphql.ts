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

/** An analyst's categories for one cause, sent with the import. */
export type CategoryOverrideInput = {
  /** At least one category; stored as set by an analyst, so a re-import of the same report keeps them. */
  categories: Array<CauseCategory>;
  /** The cause's position (`ReportFact.position`): the causes section first, then causes stated in the timeline. */
  position: number;
};

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

/** How a document's content is written in the request. */
export type DocumentEncoding =
  /** The content is the document's bytes in base64 (required for Word documents). */
  | 'BASE64'
  /** The content is the document's text. */
  | 'TEXT';

/** An analyst's decision about one entity a report names, sent with the import. */
export type EntityDecisionInput = {
  /** The name as the report gives it (`ImportedEntity.reportName`). */
  name: string;
  /** Global ID of the existing entity the name means: the name becomes its alias. Null: the entity is new, even if its name is close to another. */
  sameAs?: string | number | null | undefined;
  type: ImportedEntityType;
};

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

/** A report document in any readable format. */
export type ReportDocumentInput = {
  content: string;
  /** `text/markdown`, `text/plain`, `text/html` or the Word (.docx) content type. */
  contentType: string;
  encoding?: DocumentEncoding | null | undefined;
};

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

export type ExplorerImportDocumentMutationVariables = Exact<{
  document: ReportDocumentInput;
  dryRun: boolean;
  decisions?: Array<EntityDecisionInput> | EntityDecisionInput | null | undefined;
  categoryOverrides?: Array<CategoryOverrideInput> | CategoryOverrideInput | null | undefined;
}>;


export type ExplorerImportDocumentMutation = { importIncidentDocument: { outcome: ImportOutcome, dryRun: boolean, incidentKey: string, markdown: string, counts: { parties: number, assets: number, teams: number, services: number, timelineEvents: number, causes: number, findings: number, recommendations: number, signOffs: number, assetFacts: number }, entities: Array<{ type: ImportedEntityType, name: string, reportName: string, created: boolean, matchedBy: string | null, decision: string | null, spellings: Array<string>, possibleDuplicates: Array<{ id: string, name: string }> }>, warnings: Array<{ code: string, message: string, line: number | null, candidates: Array<string> }>, unread: Array<{ line: number, text: string, reason: string }>, facts: Array<{ kind: ReportFactKind, label: string, detail: string | null, startLine: number, endLine: number, rule: string, categories: Array<CauseCategory>, addressesCauses: Array<number>, number: number | null, position: number | null, needsReview: boolean, reviewReason: string | null }> } };

export type ExplorerImportResultFragment = { outcome: ImportOutcome, dryRun: boolean, incidentKey: string, markdown: string, counts: { parties: number, assets: number, teams: number, services: number, timelineEvents: number, causes: number, findings: number, recommendations: number, signOffs: number, assetFacts: number }, entities: Array<{ type: ImportedEntityType, name: string, reportName: string, created: boolean, matchedBy: string | null, decision: string | null, spellings: Array<string>, possibleDuplicates: Array<{ id: string, name: string }> }>, warnings: Array<{ code: string, message: string, line: number | null, candidates: Array<string> }>, unread: Array<{ line: number, text: string, reason: string }>, facts: Array<{ kind: ReportFactKind, label: string, detail: string | null, startLine: number, endLine: number, rule: string, categories: Array<CauseCategory>, addressesCauses: Array<number>, number: number | null, position: number | null, needsReview: boolean, reviewReason: string | null }> };

export type ExplorerImportReportMutationVariables = Exact<{
  markdown: string;
  dryRun: boolean;
  decisions?: Array<EntityDecisionInput> | EntityDecisionInput | null | undefined;
  categoryOverrides?: Array<CategoryOverrideInput> | CategoryOverrideInput | null | undefined;
}>;


export type ExplorerImportReportMutation = { importIncidentReport: { outcome: ImportOutcome, dryRun: boolean, incidentKey: string, markdown: string, counts: { parties: number, assets: number, teams: number, services: number, timelineEvents: number, causes: number, findings: number, recommendations: number, signOffs: number, assetFacts: number }, entities: Array<{ type: ImportedEntityType, name: string, reportName: string, created: boolean, matchedBy: string | null, decision: string | null, spellings: Array<string>, possibleDuplicates: Array<{ id: string, name: string }> }>, warnings: Array<{ code: string, message: string, line: number | null, candidates: Array<string> }>, unread: Array<{ line: number, text: string, reason: string }>, facts: Array<{ kind: ReportFactKind, label: string, detail: string | null, startLine: number, endLine: number, rule: string, categories: Array<CauseCategory>, addressesCauses: Array<number>, number: number | null, position: number | null, needsReview: boolean, reviewReason: string | null }> } };

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
export const ExplorerImportResultFragmentDoc = new TypedDocumentString(`
    fragment ExplorerImportResult on ImportResult {
  outcome
  dryRun
  incidentKey
  markdown
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
    reportName
    created
    matchedBy
    decision
    spellings
    possibleDuplicates {
      id
      name
    }
  }
  warnings {
    code
    message
    line
    candidates
  }
  unread {
    line
    text
    reason
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
    position
    needsReview
    reviewReason
  }
}
    `, {"fragmentName":"ExplorerImportResult"}) as unknown as TypedDocumentString<ExplorerImportResultFragment, unknown>;
export const ExplorerImportDocumentDocument = new TypedDocumentString(`
    mutation ExplorerImportDocument($document: ReportDocumentInput!, $dryRun: Boolean!, $decisions: [EntityDecisionInput!], $categoryOverrides: [CategoryOverrideInput!]) {
  importIncidentDocument(
    document: $document
    dryRun: $dryRun
    decisions: $decisions
    categoryOverrides: $categoryOverrides
  ) {
    ...ExplorerImportResult
  }
}
    fragment ExplorerImportResult on ImportResult {
  outcome
  dryRun
  incidentKey
  markdown
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
    reportName
    created
    matchedBy
    decision
    spellings
    possibleDuplicates {
      id
      name
    }
  }
  warnings {
    code
    message
    line
    candidates
  }
  unread {
    line
    text
    reason
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
    position
    needsReview
    reviewReason
  }
}`) as unknown as TypedDocumentString<ExplorerImportDocumentMutation, ExplorerImportDocumentMutationVariables>;
export const ExplorerImportReportDocument = new TypedDocumentString(`
    mutation ExplorerImportReport($markdown: String!, $dryRun: Boolean!, $decisions: [EntityDecisionInput!], $categoryOverrides: [CategoryOverrideInput!]) {
  importIncidentReport(
    markdown: $markdown
    dryRun: $dryRun
    decisions: $decisions
    categoryOverrides: $categoryOverrides
  ) {
    ...ExplorerImportResult
  }
}
    fragment ExplorerImportResult on ImportResult {
  outcome
  dryRun
  incidentKey
  markdown
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
    reportName
    created
    matchedBy
    decision
    spellings
    possibleDuplicates {
      id
      name
    }
  }
  warnings {
    code
    message
    line
    candidates
  }
  unread {
    line
    text
    reason
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
    position
    needsReview
    reviewReason
  }
}`) as unknown as TypedDocumentString<ExplorerImportReportMutation, ExplorerImportReportMutationVariables>;
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