import type { ReportProblem } from './report-types.js';

export class ReportParseError extends Error {
  readonly problems: ReportProblem[];

  constructor(problems: ReportProblem[]) {
    const first = problems[0];
    const head = first ? `${first.line === null ? '' : `line ${first.line}: `}${first.message}` : 'unknown problem';
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    super(`Report cannot be imported: ${head}${more}`);
    this.name = 'ReportParseError';
    this.problems = problems;
  }
}

/** Collects every problem so the author can fix a report in one pass instead of one error per attempt. */
export class ProblemList {
  readonly problems: ReportProblem[] = [];
  readonly warnings: ReportProblem[] = [];

  add(code: string, line: number | null, message: string): void {
    this.problems.push({ code, line, message });
  }

  warn(code: string, line: number | null, message: string): void {
    this.warnings.push({ code, line, message });
  }

  throwIfAny(): void {
    if (this.problems.length > 0) {
      const sorted = [...this.problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
      throw new ReportParseError(sorted);
    }
  }
}
