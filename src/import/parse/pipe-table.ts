/** A Markdown pipe table's rule line under the header (`|---|:--|`). */
export const TABLE_RULE = /^\|?\s*:?-{3,}/;

/** The cells of one pipe-table line, trimmed, without the outer pipes. */
export const cellsOf = (line: string) => line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());

export interface PipeTable {
  /** The header's cells; empty when the table has no rule line under its first row. */
  header: string[];
  body: { line: number; cells: string[] }[];
  /** The most cells any body row has. */
  width: number;
}

/** The text as a pipe table (every line starts with `|`), its first line at `firstLine`; null when it is not one. */
export function readPipeTable(text: string, firstLine: number): PipeTable | null {
  const lines = text.split('\n');
  if (lines.length < 2 || !lines.every((l) => l.trim().startsWith('|'))) return null;
  const rows = lines.map((l, i) => ({ line: firstLine + i, cells: cellsOf(l), rule: TABLE_RULE.test(l.trim()) }));
  const hasHeader = rows[1]?.rule === true;
  const header = hasHeader ? (rows[0]?.cells ?? []) : [];
  const body = rows.filter((r, i) => !r.rule && !(hasHeader && i === 0)).map(({ line, cells }) => ({ line, cells }));
  return { header, body, width: Math.max(...body.map((r) => r.cells.length)) };
}
