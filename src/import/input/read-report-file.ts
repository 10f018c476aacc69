import { readFile } from 'node:fs/promises';

/** The text a report file holds, as the importer reads it. */
export async function readReportFile(path: string): Promise<{ text: string }> {
  return { text: await readFile(path, 'utf8') };
}
