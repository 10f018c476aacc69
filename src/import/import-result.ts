import type { IncidentRow } from '../graph/models.js';
import type { ReportFormat } from './input/report-document.js';
import type { ExtractedFacts } from './extract/extract-facts.js';
import type { ParsedReport, UnreadLine } from './parse/report-types.js';

export type ImportOutcome = 'CREATED' | 'UPDATED' | 'UNCHANGED';
export type ImportedEntityType = 'ASSET' | 'PARTY' | 'TEAM' | 'SERVICE';

export interface ImportedEntity {
  type: ImportedEntityType;
  name: string;
  created: boolean;
  matchedBy: string | null;
  spellings: string[];
  /** Database ID; null in a dry run, where nothing outlives the import. */
  rowId: string | null;
  /** The name as the report gives it; decisions name the entity by it. */
  reportName: string;
  /** Existing entities with a close name, for a new entity (their rows exist outside the import). */
  possibleDuplicates: { rowId: string; name: string }[];
  /** How an analyst decided the entity; null when the importer did. */
  decision: 'SAME_AS' | 'NEW' | null;
}

export interface ImportWarningModel {
  code: string;
  message: string;
  line: number | null;
  candidates: string[];
}

export interface ImportCounts {
  parties: number;
  assets: number;
  teams: number;
  services: number;
  timelineEvents: number;
  causes: number;
  findings: number;
  recommendations: number;
  signOffs: number;
  assetFacts: number;
}

export interface ImportResultModel {
  outcome: ImportOutcome;
  dryRun: boolean;
  incidentKey: string;
  sourceHash: string;
  incident: IncidentRow | null;
  counts: ImportCounts;
  entities: ImportedEntity[];
  warnings: ImportWarningModel[];
  unread: UnreadLine[];
  format: ReportFormat;
  /** The Markdown that was read. */
  markdown: string;
  /** The import's own reading of it (with the analyst's categories): the review's facts come from it. */
  reading: { report: ParsedReport; facts: ExtractedFacts };
}
