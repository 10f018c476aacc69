import type { ProblemList } from './problems.js';

export const MAX_REPORT_BYTES = 1_000_000;
const MAX_LISTED_PROBLEMS = 20;

// Tab, LF and CR are layout; every other C0 control, DEL and the bidi overrides (used to disguise text) are rejected.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

function describe(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  if (code === 0) return 'a NUL byte';
  return `control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

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
