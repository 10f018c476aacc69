import type { ImportResultModel } from '../import-result.js';

/** An import's result with the text it read and its own reading of it, so the facts can be listed against its lines. */
export type ReviewedImportResult = ImportResultModel;
