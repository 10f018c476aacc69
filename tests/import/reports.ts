import { readFileSync } from 'node:fs';
import { extractFacts } from '../../src/import/extract/extract-facts.js';
import type { ExtractedFacts } from '../../src/import/extract/extract-facts.js';
import { parseReport, ReportParseError } from '../../src/import/parse/parse-report.js';
import type { ReportProblem } from '../../src/import/parse/parse-report.js';

export const REPORTS = {
  aug2024: '2024-08-dmz-migration-panel-failure.md',
  feb2025: '2025-02-hnfs-backup-restore-failure.md',
  jun2025: '2025-06-edge-firewall-upgrade-outage.md',
} as const;

export function readReport(file: string): string {
  return readFileSync(new URL(`../../reports/${file}`, import.meta.url), 'utf8');
}

export function factsOf(file: string): ExtractedFacts {
  return extractFacts(parseReport(readReport(file)));
}

/** Runs the parser and returns its problems; fails the test if the report was accepted. */
export function problemsOf(markdown: string): ReportProblem[] {
  try {
    parseReport(markdown);
  } catch (error) {
    if (error instanceof ReportParseError) return error.problems;
    throw error;
  }
  throw new Error('expected the report to be rejected');
}

/** 1-based line number of the first line containing `needle`. */
export function lineOf(markdown: string, needle: string): number {
  const index = markdown.split('\n').findIndex((l) => l.includes(needle));
  if (index < 0) throw new Error(`"${needle}" not in report`);
  return index + 1;
}

/** Replaces the first line that starts with `needle`. */
export function replaceLine(markdown: string, needle: string, replacement: string): string {
  const lines = markdown.split('\n');
  const i = lines.findIndex((l) => l.startsWith(needle));
  if (i < 0) throw new Error(`"${needle}" not in report`);
  lines[i] = replacement;
  return lines.join('\n');
}
