import { readFile } from 'node:fs/promises';
import { formatOfFileName, reportText, type ReportFormat } from './report-document.js';

/** The text the importer reads from a report file of any readable format (Markdown, plain text, HTML, Word). */
export async function readReportFile(path: string): Promise<{ text: string; format: ReportFormat }> {
  const format = formatOfFileName(path);
  return { text: await reportText(await readFile(path), format), format };
}
