import { requireRole } from '../auth/roles.js';
import type { GraphQLContext } from '../graph/context.js';
import { BadUserInputError } from '../graph/errors.js';
import { importIncidentReport } from './import-report.js';
import { formatOfContentType, reportText, UnreadableDocumentError } from './input/report-document.js';
import { MAX_REPORT_BYTES } from './parse/parse-lines.js';
import type { ReviewedImportResult } from './review/reviewed-result.js';
import type { ReviewDecisions } from './store/review-decisions.js';

// A Word file carries layout and compression around its text; five times the text limit leaves room for that.
const MAX_DOCUMENT_BYTES = 5 * MAX_REPORT_BYTES;
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export interface ReportDocument {
  content: string;
  encoding?: 'TEXT' | 'BASE64' | null;
  contentType: string;
}

function bytesOf(document: ReportDocument): Buffer {
  if (document.encoding !== 'BASE64') return Buffer.from(document.content, 'utf8');
  const compact = document.content.replace(/\s+/g, '');
  if (compact.length % 4 !== 0 || !BASE64.test(compact)) throw new BadUserInputError('The document content is not valid base64');
  return Buffer.from(compact, 'base64');
}

/** Turns a document into the Markdown the importer reads, then imports it; every caller mistake is BAD_USER_INPUT. */
export async function importIncidentDocument(context: GraphQLContext, document: ReportDocument, dryRun = false, decisions?: ReviewDecisions): Promise<ReviewedImportResult> {
  requireRole(context, 'write');
  try {
    const format = formatOfContentType(document.contentType);
    if (format === 'DOCX' && document.encoding !== 'BASE64') throw new BadUserInputError('A Word document must be sent as BASE64');
    const bytes = bytesOf(document);
    if (bytes.length > MAX_DOCUMENT_BYTES) throw new BadUserInputError(`The document is ${bytes.length} bytes; the limit is ${MAX_DOCUMENT_BYTES} bytes`);
    const markdown = await reportText(bytes, format);
    return importIncidentReport(context, markdown, dryRun, format, decisions);
  } catch (error) {
    if (error instanceof UnreadableDocumentError) throw new BadUserInputError(error.message);
    throw error;
  }
}
