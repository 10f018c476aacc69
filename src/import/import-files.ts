import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { GraphQLError } from 'graphql';
import type { GraphQLContext } from '../graph/context.js';
import type { ImportResultModel } from './import-result.js';
import { importIncidentReport } from './import-report.js';
import { readReportFile } from './input/read-report-file.js';
import { READABLE_EXTENSIONS, UnreadableDocumentError } from './input/report-document.js';

export type FileOutcome =
  | { file: string; ok: true; result: ImportResultModel }
  | { file: string; ok: false; error: string; problems: { line: number | null; message: string }[] };

const READABLE = new RegExp(`\\.(?:${READABLE_EXTENSIONS.join('|')})$`, 'i');

/** The report files named (Markdown, plain text, HTML, Word), folders expanded (sorted, so reports load oldest first by name). */
export async function reportFiles(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if ((await stat(path)).isDirectory()) {
      const names = (await readdir(path)).filter((n) => READABLE.test(n) && !n.startsWith('.')).sort();
      files.push(...names.map((n) => join(path, n)));
    } else {
      files.push(path);
    }
  }
  return files;
}

/** Imports files one by one; a broken file is reported and skipped, the others still load. */
export async function importFiles(
  context: GraphQLContext,
  files: string[],
  options: { dryRun?: boolean; onFile?: (outcome: FileOutcome, index: number, total: number) => void } = {},
): Promise<FileOutcome[]> {
  const outcomes: FileOutcome[] = [];
  for (const [index, file] of files.entries()) {
    let outcome: FileOutcome;
    try {
      const input = await readReportFile(file);
      const result = await importIncidentReport(context, input.text, options.dryRun ?? false, input.format);
      outcome = { file, ok: true, result };
    } catch (error) {
      if (error instanceof UnreadableDocumentError) {
        outcome = { file, ok: false, error: error.message, problems: [] };
        outcomes.push(outcome);
        options.onFile?.(outcome, index, files.length);
        continue;
      }
      if (!(error instanceof GraphQLError) && !(error as NodeJS.ErrnoException).code) throw error;
      const problems = (error instanceof GraphQLError ? (error.extensions.problems as { line: number | null; message: string }[] | undefined) : undefined) ?? [];
      outcome = { file, ok: false, error: (error as Error).message, problems };
    }
    outcomes.push(outcome);
    options.onFile?.(outcome, index, files.length);
  }
  return outcomes;
}

/** One line per file for people: what happened and what was read. */
export function describeOutcome(outcome: FileOutcome, index: number, total: number): string {
  const prefix = `[${index + 1}/${total}] ${basename(outcome.file)}`;
  if (!outcome.ok) return `${prefix}: FAILED — ${outcome.error}`;
  const { result } = outcome;
  const c = result.counts;
  const created = result.entities.filter((e) => e.created).length;
  const facts = result.outcome === 'UNCHANGED'
    ? 'already imported, nothing changed'
    : `${c.timelineEvents} events, ${c.causes} causes (+${c.findings} found in the timeline), ${c.recommendations} recommendations, ${c.signOffs} sign-offs, ${c.assetFacts} asset facts; ${c.parties} parties, ${c.assets} assets, ${c.teams} teams, ${c.services} services (${created} new)`;
  const warnings = result.warnings.length ? `; ${result.warnings.length} warning${result.warnings.length > 1 ? 's' : ''}` : '';
  const unread = result.unread.length ? `; ${result.unread.length} line${result.unread.length > 1 ? 's' : ''} unread` : '';
  return `${prefix}: ${result.outcome.toLowerCase()}${result.dryRun ? ' (dry run)' : ''} ${result.incidentKey} — ${facts}${warnings}${unread}`;
}
