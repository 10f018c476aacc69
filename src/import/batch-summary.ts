import { basename } from 'node:path';
import { quantile } from '../quantile.js';
import type { FileOutcome } from './import-files.js';

export interface BatchTiming {
  reports: number;
  seconds: number;
  reportsPerSecond: number;
  p50: number;
  p95: number;
  max: number;
}

/** How fast a run went: reports per second over the whole run, and each report's turn (ms) at p50, p95 and worst. */
export function batchTiming(outcomes: readonly FileOutcome[], seconds: number): BatchTiming {
  const turns = outcomes.map((o) => o.ms);
  return {
    reports: outcomes.length, seconds, reportsPerSecond: outcomes.length / Math.max(seconds, 1e-9),
    p50: quantile(turns, 0.5), p95: quantile(turns, 0.95), max: turns.length ? Math.max(...turns) : Number.NaN,
  };
}

export function describeTiming(timing: BatchTiming): string {
  return `${timing.reports} report${timing.reports === 1 ? '' : 's'} in ${timing.seconds.toFixed(1)} s: ${timing.reportsPerSecond.toFixed(1)} reports/s; ` +
    `per report p50 ${Math.round(timing.p50)} ms, p95 ${Math.round(timing.p95)} ms, max ${Math.round(timing.max)} ms`;
}

/** Every refused file with its reason and the lines at fault, for the end of a long run. */
export function describeRefusals(outcomes: readonly FileOutcome[]): string[] {
  const refused = outcomes.filter((o) => !o.ok);
  if (refused.length === 0) return [];
  return [
    `Refused (${refused.length}):`,
    ...refused.flatMap((o) => (o.ok ? [] : [
      `  ${basename(o.file)} (${o.file}): ${o.error}`,
      ...o.problems.map((p) => `    line ${p.line ?? '?'}: ${p.message}`),
    ])),
  ];
}

/** The progress line of a long run, every so many reports. */
export function describeProgress(done: number, total: number, refused: number, seconds: number): string {
  return `[${done}/${total}] ${(done / Math.max(seconds, 1e-9)).toFixed(1)} reports/s${refused ? `, ${refused} refused` : ''}`;
}
