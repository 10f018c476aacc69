import type { ImportResultModel } from '../import-result.js';

/** An import's result with the text it read, so the facts can be listed against its lines. */
export interface ReviewedImportResult extends ImportResultModel {
  markdown: string;
}
