import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { GraphQLError } from 'graphql';
import type { GraphQLContext } from '../graph/context.js';
import type { ImportResultModel } from './import-result.js';
import { importIncidentReport } from './import-report.js';
import { readReportFile } from './input/read-report-file.js';
import { READABLE_EXTENSIONS, UnreadableDocumentError, type ReportFormat } from './input/report-document.js';

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
  context: GraphQLContext | undefined,
  files: string[],
  options: {
    dryRun?: boolean;
    onFile?: (outcome: FileOutcome, index: number, total: number) => void;
    /** How one report is imported: directly into the database unless said otherwise (through a server's API). */
    importOne?: (markdown: string, dryRun: boolean, format: ReportFormat) => Promise<ImportResultModel>;
  } = {},
): Promise<FileOutcome[]> {
  const importOne = options.importOne ?? ((markdown: string, dryRun: boolean, format: ReportFormat) => importIncidentReport(context!, markdown, dryRun, format));
  const outcomes: FileOutcome[] = [];
  for (const [index, file] of files.entries()) {
    let outcome: FileOutcome;
    try {
      const input = await readReportFile(file);
      const result = await importOne(input.text, options.dryRun ?? false, input.format);
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
  const verb = result.dryRun ? dryRunVerbs[result.outcome] : result.outcome.toLowerCase();
  return `${prefix}: ${verb}${result.dryRun ? ' (dry run)' : ''} ${result.incidentKey} — ${facts}${warnings}${unread}`;
}

const dryRunVerbs = { CREATED: 'would be created', UPDATED: 'would be updated', UNCHANGED: 'unchanged' } as const;

/** `--verbose`: each asset, party, team and service the report names, new or matched (and how). */
export function describeEntities(result: ImportResultModel): string[] {
  return result.entities.map((e) => `    ${e.type.toLowerCase()} ${e.name} — ${e.created ? 'new' : `matched by ${e.matchedBy ?? 'name'}`}${e.spellings.length > 1 ? ` (written ${e.spellings.join(', ')})` : ''}`);
}

/** The closing line: how many files were created, updated, unchanged or failed; a dry run says nothing was stored. */
export function describeSummary(outcomes: FileOutcome[], dryRun: boolean): string {
  const count = (o: string) => outcomes.filter((f) => f.ok && f.result.outcome === o).length;
  const failed = outcomes.filter((f) => !f.ok).length;
  if (dryRun) {
    const parts = [[count('CREATED'), 'would be created'], [count('UPDATED'), 'would be updated'], [count('UNCHANGED'), 'unchanged'], [failed, 'failed']] as const;
    const said = parts.filter(([n]) => n > 0).map(([n, what]) => `${n} ${what}`);
    return `Dry run: ${said.join(', ') || 'no reports'}; nothing was stored.`;
  }
  return `${count('CREATED')} created, ${count('UPDATED')} updated, ${count('UNCHANGED')} unchanged, ${failed} failed.`;
}
