import { BadUserInputError } from '../graph/errors.js';
import type { ReportProblem } from './parse/report-types.js';

/** A refused report as the caller sees it: the first problem in the message, every problem with its line. */
export function reportRefusal(problems: readonly ReportProblem[], fallbackMessage = 'The report cannot be read'): BadUserInputError {
  const [first] = problems;
  const where = first?.line ? `line ${first.line}: ` : '';
  const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
  return new BadUserInputError(`The report cannot be imported: ${where}${first?.message ?? fallbackMessage}${more}`, {
    problems: problems.map((p) => ({ line: p.line, code: p.code, message: p.message })),
  });
}
