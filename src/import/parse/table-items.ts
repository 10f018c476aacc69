import type { ParsedItem } from './report-types.js';
import { readReferenceCell } from './cause-references.js';
import { readPipeTable } from './pipe-table.js';

// The column that holds the cause or recommendation itself; other columns (owner, due date, number) are not it.
const TEXT_COLUMN = /^(?:action|actions|recommendation|recommendations|cause|causes|description|item|what|measure|finding|details?)$/i;
// A column naming the causes a row answers: "Addresses", "Root cause", "RC", "Ref"; "Cause" too when another column holds the text.
const REFERENCE_COLUMN = /^(?:addresses|fixes|answers|covers|(?:(?:addresses|fixes|answers|covers|targets|mitigates|for|linked|related)\s+)?(?:root\s+)?(?:causes?|rc|refs?|whys?|cause\s+refs?)(?:\s*(?:#|no\.?|nos\.?|ids?|refs?))?)$/i;
const CAUSE_COLUMN = /^causes?$/i;

/**
 * Causes or recommendations written as a Markdown table: one item per row, its text from the column named
 * Action / Recommendation / Cause / Description, else the longest column. In recommendations the action column is
 * the text even when a Cause column comes first, and a column naming the causes (Addresses, Cause, RC, Ref) gives
 * each row's cause references. Null when the text is not a table.
 */
export function tableItems(text: string, firstLine: number, recommendations = false): ParsedItem[] | null {
  const table = readPipeTable(text, firstLine);
  if (!table) return null;
  const { header, body, width } = table;
  const length = (c: number) => body.reduce((n, r) => n + (r.cells[c] ?? '').length, 0);
  const action = recommendations ? header.findIndex((h) => TEXT_COLUMN.test(h) && !CAUSE_COLUMN.test(h)) : -1;
  const named = action >= 0 ? action : header.findIndex((h) => TEXT_COLUMN.test(h));
  const column = named >= 0 ? named : [...Array(width).keys()].reduce((best, c) => (length(c) > length(best) ? c : best), 0);
  const references = !recommendations ? -1 : header.findIndex((h, c) => c !== column && (REFERENCE_COLUMN.test(h) || (action >= 0 && CAUSE_COLUMN.test(h))));
  return body.filter((r) => (r.cells[column] ?? '') !== '').map((r) => {
    const item: ParsedItem = { text: r.cells[column] ?? '', span: { startLine: r.line, endLine: r.line } };
    const cell = references >= 0 ? readReferenceCell(r.cells[references] ?? '', r.line) : null;
    return cell ? { ...item, causeReferences: [cell] } : item;
  });
}
