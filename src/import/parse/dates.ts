import { format, isValid, parse } from 'date-fns';

const REFERENCE = new Date(2000, 0, 1);
const MONTH_WORD = '[A-Za-z]{3,9}\\.?';

/** A day-precision date as written in the template: "13 Aug 2024", "20 August 2024". */
export const DAY_DATE_SOURCE = `\\d{1,2}\\s+${MONTH_WORD}\\s+\\d{4}`;
const DAY_DATE = new RegExp(`^(\\d{1,2})\\s+(${MONTH_WORD})\\s+(\\d{4})$`);
const MONTH_DATE = new RegExp(`^(${MONTH_WORD})\\s+(\\d{4})$`);

export type DateResult = { ok: true; iso: string } | { ok: false; reason: string };

function monthName(word: string): string {
  const trimmed = word.replace(/\.$/, '');
  // "Sept" is common in hand-written reports but date-fns only knows "Sep".
  return /^sept$/i.test(trimmed) ? 'Sep' : trimmed;
}

function tryFormats(text: string, formats: string[]): Date | null {
  for (const f of formats) {
    const d = parse(text, f, REFERENCE);
    if (isValid(d)) return d;
  }
  return null;
}

export function parseDayDate(text: string): DateResult {
  const m = DAY_DATE.exec(text.trim());
  if (!m) return { ok: false, reason: `"${text.trim()}" is not a date like "13 Aug 2024"` };
  const [, day, month, year] = m;
  const normal = `${day} ${monthName(month ?? '')} ${year}`;
  const d = tryFormats(normal, ['d MMM yyyy', 'd MMMM yyyy']);
  if (!d) return { ok: false, reason: `"${text.trim()}" is not a real calendar date` };
  return { ok: true, iso: format(d, 'yyyy-MM-dd') };
}

/** "May 2024" -> first of the month; the caller records MONTH precision. */
export function parseMonthDate(text: string): DateResult {
  const m = MONTH_DATE.exec(text.trim());
  if (!m) return { ok: false, reason: `"${text.trim()}" is not a month like "May 2024"` };
  const d = tryFormats(`1 ${monthName(m[1] ?? '')} ${m[2] ?? ''}`, ['d MMM yyyy', 'd MMMM yyyy']);
  if (!d) return { ok: false, reason: `"${text.trim()}" is not a real month` };
  return { ok: true, iso: format(d, 'yyyy-MM-dd') };
}

export function addDays(iso: string, days: number): string {
  const d = parse(iso, 'yyyy-MM-dd', REFERENCE);
  d.setDate(d.getDate() + days);
  return format(d, 'yyyy-MM-dd');
}

export { findTimes } from './times.js';
