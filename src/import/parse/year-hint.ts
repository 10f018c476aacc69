import type { DateContext } from './date-settings.js';
import type { ProblemList } from './problems.js';
import { readDateRange } from './read-dates.js';

// A date with its year, written anywhere: "14 Mar 2026", "2026-03-14", "14/03/2026", "March 14, 2026".
const DATED = /\b(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4}|[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{4})\b/g;

/**
 * Without a readable period line, dates written without a year ("Thursday, May 14") are placed near the first
 * full date the report writes anywhere, with a warning on that line: the reader may still check the year.
 */
export function yearHint(text: string, context: DateContext, problems: ProblemList): DateContext['period'] {
  const lines = text.split(/\r\n|\r|\n/);
  for (const [index, line] of lines.entries()) {
    for (const m of line.matchAll(DATED)) {
      const read = readDateRange(m[0], { ...context, period: null });
      if (!read.ok) continue;
      const at = index + 1;
      problems.warn('YEAR_FROM_REPORT', at, `Line ${at}: no readable period line; dates without a year are placed near ${read.start}, the first full date the report writes`);
      return { start: read.start, end: read.start };
    }
  }
  return null;
}
