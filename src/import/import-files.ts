import { readdir, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { GraphQLError } from 'graphql';
import type { GraphQLContext } from '../graph/context.js';
import type { ImportResultModel } from './import-result.js';
import { readIncidentReport, storeIncidentReport, type ReadIncidentReport } from './import-report.js';
import { readReportFile } from './input/read-report-file.js';
import { READABLE_EXTENSIONS, UnreadableDocumentError, type ReportFormat } from './input/report-document.js';

export type FileOutcome =
  | { file: string; ok: true; result: ImportResultModel; ms: number }
  | { file: string; ok: false; error: string; problems: { line: number | null; message: string }[]; ms: number };

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

type ReportInput = Awaited<ReturnType<typeof readReportFile>>;
type ImportOne = (markdown: string, dryRun: boolean, format: ReportFormat) => Promise<ImportResultModel>;

/** A file on its way in: read from disk and, when importing directly, parsed on the reader thread. */
interface Prepared {
  input: Promise<ReportInput>;
  read?: Promise<ReadIncidentReport>;
}

function prepare(context: GraphQLContext | undefined, file: string, direct: boolean): Prepared {
  const input = readReportFile(file);
  const prepared: Prepared = { input };
  if (direct) prepared.read = input.then((i) => readIncidentReport(context!, i.text));
  // Awaited in turn; until then a refusal must not count as unhandled.
  input.catch(() => {});
  prepared.read?.catch(() => {});
  return prepared;
}

/**
 * Imports files in order, each in its own transaction; a broken file is reported and skipped, the
 * others still load. Imported directly, the next report is read (parsed, facts extracted) while the
 * current one is stored, so a folder takes about the longer of the two per report, not their sum.
 * Each outcome carries its report's turn in milliseconds: from the end of the one before to its own.
 */
export async function importFiles(
  context: GraphQLContext | undefined,
  files: string[],
  options: {
    dryRun?: boolean;
    onFile?: (outcome: FileOutcome, index: number, total: number) => void;
    /** How one report is imported: directly into the database unless said otherwise (through a server's API). */
    importOne?: ImportOne;
  } = {},
): Promise<FileOutcome[]> {
  const dryRun = options.dryRun ?? false;
  const direct = !options.importOne;
  const outcomes: FileOutcome[] = [];
  let next = files.length ? prepare(context, files[0]!, direct) : undefined;
  for (const [index, file] of files.entries()) {
    const started = performance.now();
    const current = next!;
    next = index + 1 < files.length ? prepare(context, files[index + 1]!, direct) : undefined;
    let outcome: FileOutcome;
    try {
      const input = await current.input;
      const result = current.read
        ? await storeIncidentReport(context!, input.text, await current.read, dryRun, input.format)
        : await options.importOne!(input.text, dryRun, input.format);
      outcome = { file, ok: true, result, ms: performance.now() - started };
    } catch (error) {
      if (error instanceof UnreadableDocumentError) {
        outcome = { file, ok: false, error: error.message, problems: [], ms: performance.now() - started };
      } else {
        if (!(error instanceof GraphQLError) && !(error as NodeJS.ErrnoException).code) throw error;
        const problems = (error instanceof GraphQLError ? (error.extensions.problems as { line: number | null; message: string }[] | undefined) : undefined) ?? [];
        outcome = { file, ok: false, error: (error as Error).message, problems, ms: performance.now() - started };
      }
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
