import { docxToMarkdown } from './docx.js';
import { htmlToMarkdown } from './html.js';
import { plainTextToMarkdown } from './plain-text.js';

export type ReportFormat = 'MARKDOWN' | 'PLAIN_TEXT' | 'HTML' | 'DOCX';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Content types and file endings the importer reads, and the format each one is. */
const BY_CONTENT_TYPE: Record<string, ReportFormat> = {
  'text/markdown': 'MARKDOWN', 'text/x-markdown': 'MARKDOWN', 'text/plain': 'PLAIN_TEXT', 'text/html': 'HTML',
  'application/xhtml+xml': 'HTML', [DOCX_TYPE]: 'DOCX',
};
const BY_EXTENSION: Record<string, ReportFormat> = { md: 'MARKDOWN', markdown: 'MARKDOWN', txt: 'PLAIN_TEXT', html: 'HTML', htm: 'HTML', docx: 'DOCX' };

export const READABLE_EXTENSIONS = Object.keys(BY_EXTENSION);
export const READABLE_CONTENT_TYPES = Object.keys(BY_CONTENT_TYPE);

export class UnreadableDocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UnreadableDocumentError';
  }
}

export function formatOfContentType(contentType: string): ReportFormat {
  const bare = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
  const format = BY_CONTENT_TYPE[bare];
  if (!format) throw new UnreadableDocumentError(`Content type "${contentType}" is not one the importer reads (${READABLE_CONTENT_TYPES.join(', ')})`);
  return format;
}

export function formatOfFileName(name: string): ReportFormat {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const format = BY_EXTENSION[extension];
  if (!format) throw new UnreadableDocumentError(`"${name}" is not a file the importer reads (.${READABLE_EXTENSIONS.join(', .')})`);
  return format;
}

// A .docx is a ZIP archive; anything else given as Word is refused before mammoth sees it.
const isZip = (content: Buffer) => content.length > 4 && content.readUInt32LE(0) === 0x04034b50;

/** The Markdown the importer reads from a document; provenance lines refer to this text, which is stored as the source. */
export async function reportText(content: Buffer, format: ReportFormat): Promise<string> {
  if (format === 'DOCX') {
    if (!isZip(content)) throw new UnreadableDocumentError('The document is not a Word (.docx) file');
    try {
      return await docxToMarkdown(content);
    } catch (error) {
      throw new UnreadableDocumentError(`The Word document could not be read: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  const text = content.toString('utf8');
  if (format === 'HTML') return htmlToMarkdown(text);
  if (format === 'PLAIN_TEXT') return plainTextToMarkdown(text);
  return text;
}
