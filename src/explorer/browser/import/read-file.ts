import type { ReportSource } from './send.js';

/** What the importer reads: Markdown and text go into the text box; Word and HTML files are sent as they are. */
export const ACCEPTED = ['.md', '.markdown', '.txt', '.docx', '.html', '.htm'];
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const ACCEPT_ATTRIBUTE = [...ACCEPTED, 'text/markdown', 'text/plain', 'text/html', DOCX].join(',');

/** Reports are small documents: anything far larger is not one (the API refuses large reports too). */
const MAX_BYTES = 2 * 1024 * 1024;

export class UnreadableFile extends Error {}

/** Bytes in base64, in slices so a large file does not overflow the argument list. */
function base64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Reads a chosen or dropped report in the browser; nothing is uploaded until a dry run sends it. */
export async function readReportFile(file: File): Promise<ReportSource> {
  const name = file.name.toLowerCase();
  if (!ACCEPTED.some((ext) => name.endsWith(ext))) {
    throw new UnreadableFile(`${file.name}: the importer reads Markdown, plain text, HTML or Word reports (${ACCEPTED.join(', ')}); save the report as one of those first.`);
  }
  if (file.size > MAX_BYTES) throw new UnreadableFile(`${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB: too large for a report.`);
  if (name.endsWith('.docx')) {
    return { kind: 'document', name: file.name, document: { content: base64(new Uint8Array(await file.arrayBuffer())), encoding: 'BASE64', contentType: DOCX } };
  }
  if (name.endsWith('.html') || name.endsWith('.htm')) {
    return { kind: 'document', name: file.name, document: { content: await file.text(), encoding: 'TEXT', contentType: 'text/html' } };
  }
  return { kind: 'markdown', markdown: await file.text() };
}
