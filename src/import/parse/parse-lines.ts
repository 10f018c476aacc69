import { describeCharacter, FORBIDDEN_CHARACTER } from '../../graph/text-rule.js';
import type { ProblemList } from './problems.js';

export const MAX_REPORT_BYTES = 1_000_000;
const MAX_LISTED_PROBLEMS = 20;

const FORBIDDEN = FORBIDDEN_CHARACTER;
const describe = describeCharacter;

/** Checks that must run on the raw text before any markdown parsing is attempted. */
export function checkRawText(markdown: string, problems: ProblemList): void {
  const bytes = Buffer.byteLength(markdown, 'utf8');
  if (bytes > MAX_REPORT_BYTES) {
    problems.add('TOO_LARGE', null, `Report is ${bytes} bytes; the limit is ${MAX_REPORT_BYTES} bytes`);
    return;
  }
  const lines = markdown.split(/\r\n|\r|\n/);
  let found = 0;
  lines.forEach((line, i) => {
    const m = FORBIDDEN.exec(line);
    if (!m) return;
    found += 1;
    if (found <= MAX_LISTED_PROBLEMS) {
      const code = m[0] === '\u0000' ? 'NUL_BYTE' : 'CONTROL_CHARACTER';
      problems.add(code, i + 1, `Line ${i + 1} contains ${describe(m[0])} at column ${m.index + 1}`);
    }
  });
  if (found > MAX_LISTED_PROBLEMS) {
    problems.add('CONTROL_CHARACTER', null, `${found - MAX_LISTED_PROBLEMS} more lines contain control characters`);
  }
  if (markdown.trim() === '') problems.add('EMPTY_REPORT', null, 'Report is empty');
}
