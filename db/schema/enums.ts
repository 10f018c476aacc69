import { pgEnum } from 'drizzle-orm/pg-core';

export const severity = pgEnum('severity', ['SEV1', 'SEV2', 'SEV3', 'SEV4']);
export const incidentStatus = pgEnum('incident_status', ['OPEN', 'MITIGATED', 'RESOLVED', 'CLOSED']);
export const phase = pgEnum('phase', [
  'DETECTION', 'DIAGNOSIS', 'ESCALATION', 'MITIGATION', 'RECOVERY', 'VALIDATION', 'CLOSURE', 'FOLLOW_UP',
]);
export const assetKind = pgEnum('asset_kind', [
  'FIREWALL', 'HOST', 'VM', 'DATABASE_NODE', 'NETWORK_SEGMENT', 'LINK', 'STORAGE', 'BACKUP', 'ROUTER', 'SERVER', 'OTHER',
  'SWITCH', 'STORAGE_ARRAY', 'DISK', 'POWER_SUPPLY',
]);
export const criticality = pgEnum('criticality', ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW']);
export const assetStatus = pgEnum('asset_status', ['ACTIVE', 'DEGRADED', 'FAILED', 'RETIRED', 'UNKNOWN']);
export const assetRelation = pgEnum('asset_relation', ['HOSTED_ON', 'PART_OF']);
export const incidentRole = pgEnum('incident_role', ['LISTED', 'REPORTER', 'VERIFIER', 'APPROVER', 'RESPONDER']);
export const serviceImpact = pgEnum('service_impact', ['UNAVAILABLE', 'DEGRADED', 'STALE_DATA', 'AFFECTED']);
export const causeKind = pgEnum('cause_kind', ['ROOT', 'CONTRIBUTING', 'TRIGGER']);
export const causeCategory = pgEnum('cause_category', [
  'CHANGE_MANAGEMENT', 'HARDWARE_FAILURE', 'SOFTWARE_BUG', 'NETWORK_ROUTING', 'DATA_REPLICATION', 'BACKUP',
  'MONITORING_GAP', 'CAPACITY', 'CONFIGURATION', 'SPARE_SHORTAGE', 'HUMAN_ERROR', 'REDUNDANCY',
  'PROCESS', 'THIRD_PARTY', 'ENVIRONMENT',
]);
export const recommendationType = pgEnum('recommendation_type', ['PREVENT', 'MITIGATE', 'DETECT', 'PROCESS']);
export const recommendationStatus = pgEnum('recommendation_status', [
  'PROPOSED', 'ACCEPTED', 'IN_PROGRESS', 'DONE', 'VERIFIED', 'REJECTED',
]);
export const signOffKind = pgEnum('sign_off_kind', [
  'REPORT_BY', 'VERIFIED_BY', 'ADDITIONAL_VERIFICATION', 'EMERGENCY_DECLARED', 'EMERGENCY_CLOSED',
  'PURCHASE_APPROVED', 'INCIDENT_CLOSED', 'REVIEWED_BY', 'APPROVED_BY', 'ENDORSED_BY', 'SIGNED_OFF_BY', 'CLOSED_BY',
]);
export const assetFactKind = pgEnum('asset_fact_kind', [
  'HARDWARE_FAILURE', 'NO_SPARE', 'HA_PARTNER_DOWN', 'OUT_OF_SYNC', 'CORRUPTED', 'REPLACEMENT_REQUESTED',
  'REPLACEMENT_ARRIVED', 'POWERED_OFF', 'BUG', 'BACKUP_FAILING',
]);

/**
 * Where a recommendation's link to a cause comes from: the report names the cause itself (STATED: a tag, its
 * wording, a group line), the importer inferred it from shared words, categories and assets (INFERRED), or an
 * analyst made or confirmed it (ANALYST).
 */
export const causeLinkBasis = pgEnum('cause_link_basis', ['STATED', 'INFERRED', 'ANALYST']);
