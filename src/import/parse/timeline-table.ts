import type { DateContext } from './date-settings.js';
import type { ProblemList } from './problems.js';
import { readPipeTable } from './pipe-table.js';
import { readDateRange, splitLeadingDate, type ReadRange } from './read-dates.js';

export interface TableRow {
  line: number;
  /** The date as written; null when the row leaves the date cell empty (the row before's day goes on). */
  dateText: string | null;
  range: Extract<ReadRange, { ok: true }> | null;
  text: string;
}

const DATE_COLUMN = /^(?:date|day|when|date\s*(?:\/|and|&)\s*time)$/i;
const TIME_COLUMN = /^(?:time|at|hour|clock)$/i;

/**
 * A timeline written as a Markdown table: a date column ("Date", "When", or the first column whose cells are
 * dates), an optional time column, and the event text (the longest other column). Each row is one entry;
 * the time, when in its own column, leads the entry's text so it is read as the entry's time.
 * Returns null when the text is not a table with a date column.
 */
export function readTimelineTable(text: string, firstLine: number, context: DateContext, problems: ProblemList): TableRow[] | null {
  const table = readPipeTable(text, firstLine);
  if (!table) return null;
  const { header, body, width } = table;
  const dated = (col: number) => body.filter((r) => readDateRange(r.cells[col] ?? '', context).ok || splitLeadingDate(r.cells[col] ?? '', context) !== null).length;
  let dateCol = header.findIndex((h) => DATE_COLUMN.test(h));
  if (dateCol < 0) dateCol = [...Array(width).keys()].find((c) => dated(c) * 2 >= body.length) ?? -1;
  if (dateCol < 0) return null;
  const timeCol = header.findIndex((h, i) => i !== dateCol && TIME_COLUMN.test(h));
  const others = [...Array(width).keys()].filter((c) => c !== dateCol && c !== timeCol);
  const length = (c: number) => body.reduce((n, r) => n + (r.cells[c] ?? '').length, 0);
  const textCol = others.reduce((best, c) => (length(c) > length(best) ? c : best), others[0] ?? -1);
  if (textCol < 0) return null;
  return body.map((r) => {
    const dateCell = r.cells[dateCol] ?? '';
    const time = timeCol >= 0 ? (r.cells[timeCol] ?? '') : '';
    const event = r.cells[textCol] ?? '';
    if (dateCell === '') return { line: r.line, dateText: null, range: null, text: [time, event].filter((t) => t !== '').join(' – ') };
    const whole = readDateRange(dateCell, context);
    if (whole.ok) return { line: r.line, dateText: dateCell, range: whole, text: [time, event].filter((t) => t !== '').join(' – ') };
    // "Mon 6 Apr, 8.05am": the date cell also holds the time.
    const lead = splitLeadingDate(dateCell, context);
    if (lead) return { line: r.line, dateText: lead.dateText, range: lead.range, text: [lead.rest, time, event].filter((t) => t !== '').join(' – ') };
    problems.warn('INVALID_DATE', r.line, `Line ${r.line}: the date cell "${dateCell}" is not a date like "13 Aug 2024"; the row is not read`);
    return { line: r.line, dateText: dateCell, range: null, text: '' };
  });
}
