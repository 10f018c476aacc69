import {
  ExplorerImportDocumentDocument, ExplorerImportReportDocument,
  type CategoryOverrideInput, type EntityDecisionInput, type ReportDocumentInput,
} from '../../../generated/explorer-import/graphql.js';
import { request } from '../api.js';
import type { ImportResult } from './review-model.js';

/** What a dry run read: Markdown text from the box, or a Word or HTML file as the API receives it. */
export type ReportSource =
  | { kind: 'markdown'; markdown: string }
  | { kind: 'document'; name: string; document: ReportDocumentInput };

/** The analyst's decisions, sent with the import. */
export interface ReviewChoices {
  decisions: EntityDecisionInput[];
  categoryOverrides: CategoryOverrideInput[];
}

export const NO_CHOICES: ReviewChoices = { decisions: [], categoryOverrides: [] };

/** A dry run or the real import of a source, with the analyst's decisions. */
export async function sendReport(source: ReportSource, dryRun: boolean, choices: ReviewChoices = NO_CHOICES): Promise<ImportResult> {
  const extra = {
    decisions: choices.decisions.length ? choices.decisions : null,
    categoryOverrides: choices.categoryOverrides.length ? choices.categoryOverrides : null,
  };
  if (source.kind === 'markdown') {
    return (await request(ExplorerImportReportDocument, { markdown: source.markdown, dryRun, ...extra })).importIncidentReport;
  }
  return (await request(ExplorerImportDocumentDocument, { document: source.document, dryRun, ...extra })).importIncidentDocument;
}
