/** What the importer reads today; Word and HTML join the list when the API accepts them. */
export const ACCEPTED = ['.md', '.markdown', '.txt'];
export const ACCEPT_ATTRIBUTE = [...ACCEPTED, 'text/markdown', 'text/plain'].join(',');

/** Reports are small documents: anything far larger is not one (the API refuses large reports too). */
const MAX_BYTES = 2 * 1024 * 1024;

export class UnreadableFile extends Error {}

/** Reads a chosen or dropped report in the browser; nothing is uploaded until a dry run sends its text. */
export async function readReportFile(file: File): Promise<string> {
  const name = file.name.toLowerCase();
  if (!ACCEPTED.some((ext) => name.endsWith(ext))) {
    throw new UnreadableFile(`${file.name}: the importer reads Markdown or plain text reports (${ACCEPTED.join(', ')}); save the report in one of those first.`);
  }
  if (file.size > MAX_BYTES) throw new UnreadableFile(`${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB: too large for a report.`);
  return file.text();
}
