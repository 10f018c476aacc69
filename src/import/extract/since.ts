import { DAY_DATE_SOURCE, parseDayDate, parseMonthDate } from '../parse/dates.js';

const SINCE = new RegExp(`\\bsince\\s+(${DAY_DATE_SOURCE}|[A-Za-z]{3,9}\\s+\\d{4})`, 'i');
const ON_DATE = new RegExp(`\\bon\\s+(${DAY_DATE_SOURCE})`, 'gi');

/** "since May 2024" -> 2024-05-01 (MONTH); "since 6 Jan 2025" -> 2025-01-06 (DAY). */
export function readSince(text: string): { since: string | null; sincePrecision: 'DAY' | 'MONTH' | null } {
  const m = SINCE.exec(text);
  if (!m) return { since: null, sincePrecision: null };
  const day = parseDayDate(m[1] ?? '');
  if (day.ok) return { since: day.iso, sincePrecision: 'DAY' };
  const month = parseMonthDate(m[1] ?? '');
  if (month.ok) return { since: month.iso, sincePrecision: 'MONTH' };
  return { since: null, sincePrecision: null };
}

/** The last "on 10 Jun 2025" in a sentence, which overrides the entry date for what the sentence records. */
export function readOnDate(text: string): string | null {
  let last: string | null = null;
  for (const m of text.matchAll(ON_DATE)) {
    const d = parseDayDate(m[1] ?? '');
    if (d.ok) last = d.iso;
  }
  return last;
}
