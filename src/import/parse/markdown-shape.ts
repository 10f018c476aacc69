import type { ReportProblem } from './report-types.js';

/** Emphasis, code and link delimiters one line may hold; a report line has a handful. */
export const MAX_DELIMITERS_PER_LINE = 200;
/** Nested block quotes and list levels one line may open. */
export const MAX_NESTING = 16;
/** Leading indentation (columns) of a line: deep list nesting by spaces. */
export const MAX_INDENT = 128;

const delimiters = /[*_~`[\]]/g;
const containerMarker = /^[ \t]{0,3}(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;

/**
 * Shapes no report is written in but that make a Markdown parser take minutes or exhaust its stack:
 * long runs of emphasis delimiters, deep block-quote or list nesting, huge indentation. Checked line
 * by line in linear time before anything is parsed.
 */
export function checkMarkdownShape(markdown: string): ReportProblem[] {
  const problems: ReportProblem[] = [];
  const lines = markdown.split(/\r\n|\r|\n/);
  for (let i = 0; i < lines.length && problems.length < 5; i++) {
    const line = lines[i]!;
    const count = line.match(delimiters)?.length ?? 0;
    if (count > MAX_DELIMITERS_PER_LINE) {
      problems.push({ code: 'PATHOLOGICAL_MARKDOWN', line: i + 1, message: `Line ${i + 1} has ${count} emphasis, code or link marks; at most ${MAX_DELIMITERS_PER_LINE} are read` });
      continue;
    }
    let rest = line;
    let depth = 0;
    for (let m = containerMarker.exec(rest); m && m[0].length > 0 && depth <= MAX_NESTING; m = containerMarker.exec(rest)) {
      depth++;
      rest = rest.slice(m[0].length);
    }
    if (depth > MAX_NESTING) {
      problems.push({ code: 'PATHOLOGICAL_MARKDOWN', line: i + 1, message: `Line ${i + 1} nests block quotes or lists more than ${MAX_NESTING} deep` });
      continue;
    }
    const indent = /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length;
    if (indent > MAX_INDENT) {
      problems.push({ code: 'PATHOLOGICAL_MARKDOWN', line: i + 1, message: `Line ${i + 1} is indented ${indent} columns; at most ${MAX_INDENT} are read` });
    }
  }
  return problems;
}
