import type { CategoryEvidence } from '../../classification/types.js';
import type { ParsedTime, SourceSpan } from '../parse/report-types.js';

export type AssetKind =
  | 'FIREWALL' | 'HOST' | 'VM' | 'DATABASE_NODE' | 'NETWORK_SEGMENT' | 'LINK' | 'STORAGE' | 'BACKUP' | 'ROUTER' | 'SERVER' | 'OTHER'
  | 'SWITCH' | 'STORAGE_ARRAY' | 'DISK' | 'POWER_SUPPLY';
export type AssetStatus = 'ACTIVE' | 'DEGRADED' | 'FAILED' | 'RETIRED' | 'UNKNOWN';
export type Phase = 'DETECTION' | 'DIAGNOSIS' | 'ESCALATION' | 'MITIGATION' | 'RECOVERY' | 'VALIDATION' | 'CLOSURE' | 'FOLLOW_UP';
export type CauseKind = 'ROOT' | 'CONTRIBUTING' | 'TRIGGER';
export type CauseCategory =
  | 'CHANGE_MANAGEMENT' | 'HARDWARE_FAILURE' | 'SOFTWARE_BUG' | 'NETWORK_ROUTING' | 'DATA_REPLICATION' | 'BACKUP'
  | 'MONITORING_GAP' | 'CAPACITY' | 'CONFIGURATION' | 'SPARE_SHORTAGE' | 'HUMAN_ERROR' | 'REDUNDANCY'
  | 'PROCESS' | 'THIRD_PARTY' | 'ENVIRONMENT';
export type SignOffKind =
  | 'REPORT_BY' | 'VERIFIED_BY' | 'ADDITIONAL_VERIFICATION' | 'REVIEWED_BY' | 'APPROVED_BY' | 'ENDORSED_BY' | 'SIGNED_OFF_BY' | 'CLOSED_BY'
  | 'EMERGENCY_DECLARED' | 'EMERGENCY_CLOSED' | 'PURCHASE_APPROVED' | 'INCIDENT_CLOSED';
/** BACKUP_FAILING extends the brief's list: backups that silently produce nothing. */
export type AssetFactKind =
  | 'HARDWARE_FAILURE' | 'NO_SPARE' | 'HA_PARTNER_DOWN' | 'OUT_OF_SYNC' | 'CORRUPTED' | 'REPLACEMENT_REQUESTED'
  | 'REPLACEMENT_ARRIVED' | 'POWERED_OFF' | 'BUG' | 'BACKUP_FAILING';
export type EntityType = 'ASSET' | 'PARTY' | 'TEAM' | 'SERVICE';
export type PartyRole = 'REPORTER' | 'VERIFIER' | 'APPROVER' | 'RESPONDER' | 'LISTED';
export type RecommendationType = 'PREVENT' | 'MITIGATE' | 'DETECT' | 'PROCESS';

export interface Provenance {
  span: SourceSpan;
  rule: string;
}

export interface Mention extends Provenance {
  type: EntityType;
  key: string;
  name: string;
  surface: string;
}

export interface AssetRef extends Provenance {
  key: string;
  name: string;
  kind: AssetKind;
  aliases: string[];
  parentKey: string | null;
  partnerKey: string | null;
}

export interface PartyFact extends Provenance {
  name: string;
  title: string | null;
  aliases: string[];
  teamKey: string | null;
  roles: PartyRole[];
}

export interface RoleParty extends Provenance {
  title: string;
  abbreviation: string | null;
}

export interface NamedEntity extends Provenance {
  key: string;
  name: string;
}

export interface EventFact {
  order: number;
  startDate: string;
  endDate: string;
  time: string | null;
  times: ParsedTime[];
  text: string;
  span: SourceSpan;
  phases: Phase[];
  /** Which cue words produced each phase, so the phase choice can be audited. */
  rule: string;
  mentions: Mention[];
}

export interface CauseFact {
  order: number;
  text: string;
  span: SourceSpan;
  kind: CauseKind;
  categories: CauseCategory[];
  /** Confidence and evidence per category, strongest first. */
  categoryEvidence: CategoryEvidence[];
  /** The classifier is unsure: an analyst should confirm the categories. */
  needsReview: boolean;
  reviewReason: string | null;
  assetKeys: string[];
  rule: string;
  /** The cause says an earlier incident's recommendation was not carried out. */
  refersToEarlierRecommendation: boolean;
  /** "from the August 2024 incident" -> "2024-08". */
  earlierIncidentMonth: string | null;
  /** Start of the underlying condition, taken from a dated asset fact of the same category. */
  since: string | null;
  sincePrecision: 'DAY' | 'MONTH' | null;
}

export interface RecommendationFact {
  order: number;
  text: string;
  span: SourceSpan;
  type: RecommendationType;
  dueDate: string | null;
  addressesCauseOrders: number[];
  /** Why the single best link is in doubt (the words point at another cause, or the scores are close); null when clear. */
  linkDoubt: string | null;
  /** The recommendation asks for several things and its parts single out more than one cause, each clearly. */
  linkedByParts: boolean;
  /** The recommendation names its causes itself (a tag, its wording, a group line or a phrase like "both causes"). */
  linkedByReference: boolean;
  assetKeys: string[];
  rule: string;
}

export interface SignOffFact extends Provenance {
  kind: SignOffKind;
  partyName: string | null;
  roleTitle: string | null;
  date: string | null;
  detail: string | null;
}

export interface AssetFact extends Provenance {
  assetKey: string;
  kind: AssetFactKind;
  since: string | null;
  sincePrecision: 'DAY' | 'MONTH' | null;
  observedOn: string | null;
  text: string;
}

/** A cause stated in the timeline rather than in the causes list ("caused by some bugs in the firewall"). */
export interface FindingFact extends Provenance {
  date: string;
  text: string;
  categories: CauseCategory[];
  categoryEvidence: CategoryEvidence[];
  needsReview: boolean;
  reviewReason: string | null;
}

/** Where an asset ran, or its status, from a date: read from "moved to", "restored on", "replaced by", "decommissioned". */
export interface PlacementFact extends Provenance {
  assetKey: string;
  /** The host it runs on from `validFrom`; null for a status change. */
  hostKey: string | null;
  status: 'RETIRED' | null;
  validFrom: string;
  text: string;
}

export interface Warning {
  code: string;
  message: string;
  span: SourceSpan | null;
  candidates?: string[];
}

export interface ExtractedFacts {
  incident: {
    key: string;
    title: string;
    summary: string;
    start: string;
    end: string;
    closedOn: string | null;
    location: string;
    symptoms: string[];
  };
  parties: PartyFact[];
  roleParties: RoleParty[];
  assets: AssetRef[];
  teams: NamedEntity[];
  services: NamedEntity[];
  events: EventFact[];
  causes: CauseFact[];
  recommendations: RecommendationFact[];
  signOffs: SignOffFact[];
  assetFacts: AssetFact[];
  findings: FindingFact[];
  /** Dated hosting and status changes; a hosting the report states without a date holds from an unknown start. */
  placements: PlacementFact[];
  warnings: Warning[];
}
