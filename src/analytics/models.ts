import type { NodeRow } from '../graph/models.js';

export type Dimension = 'CAUSE_CATEGORY' | 'CAUSE_FAMILY' | 'ASSET' | 'SERVICE' | 'TEAM' | 'PARTY';

export interface PatternModel {
  dimension: Dimension;
  /** The category, or the entity's database ID. */
  rawKey: string;
  label: string;
  incidentCount: number;
  firstSeen: string;
  lastSeen: string;
  since: string | null;
  until: string | null;
}

export interface HardwareWaitModel {
  incidentId: string;
  assetId: string;
  requestedOn: string;
  arrivedOn: string;
  days: number;
}

export interface SpareHardwareGapModel {
  assetId: string;
  criticalBecause: string[];
  reason: string;
  evidenceIds: string[];
  hardwareWaits: HardwareWaitModel[];
}

export interface DetectionLagModel {
  incidentId: string;
  source: 'CAUSE' | 'ASSET_FACT';
  text: string;
  assetId: string | null;
  since: string;
  sincePrecision: string | null;
  detectedOn: string;
  days: number;
}

export interface IncidentTimingsModel {
  faultStartedOn: string;
  detectedOn: string;
  mitigatedOn: string | null;
  resolvedOn: string | null;
  closedOn: string | null;
  daysToDetect: number;
  daysToMitigate: number | null;
  daysToResolve: number | null;
}

export interface RecurrenceModel {
  recommendationId: string;
  causeId: string;
  incidentId: string;
  matchedOn: string[];
}

export interface RelatedIncidentModel {
  incidentId: string;
  score: number;
  reasons: string[];
}

export interface HistoryEntryModel {
  date: string | null;
  incidentId: string;
  kind: string;
  text: string;
}

export interface SearchHitModel {
  kind: 'INCIDENT' | 'TIMELINE_EVENT' | 'CAUSE' | 'RECOMMENDATION';
  node: NodeRow;
  incidentId: string;
  rank: number;
  headline: string;
}

/** IDs of what each check found; the resolvers load the rows in one batch per type. */
export interface GapChecksModel {
  causesWithoutRecommendation: string[];
  recommendationsWithoutOwnerOrDueDate: string[];
  criticalAssetsWithoutOwnerOrSite: string[];
  incidentsWithoutVerification: string[];
  causesNeedingReview: string[];
}
