import * as chrono from 'chrono-node';
import { addDays, parseDayDate } from './dates.js';
import type { DateContext } from './date-settings.js';

export type ReadDate = { ok: true; iso: string; yearInferred: boolean } | { ok: false; reason: string };
export type ReadRange =
  | { ok: true; start: string; end: string; yearInferred: boolean; joiner: string | null }
  | { ok: false; reason: string };

// Strict parsers only read formal dates (no "today", "Monday"); one per date order so a setting picks it.
const dayFirst = new chrono.Chrono(chrono.en.configuration.createConfiguration(true, true));
const monthFirst = new chrono.Chrono(chrono.en.configuration.createConfiguration(true, false));
const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));
// A year-less date may sit this far around the report's period (the same window as timeline entries).
const DAYS_BEFORE = 31;
const DAYS_AFTER = 92;

const MAX_DATE_LENGTH = 40;
const TEMPLATE_DATE = /^\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}$/;
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
// "Tuesday 12 May 2026", "Wed, 13 May": a weekday before the date does not change it.
const WEEKDAY_LEAD = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)\.?,?\s+(?=\d|[a-z]{3,9}\.?\s+\d)/i;
const trimPunctuation = (text: string) => text.trim().replace(/^[*_]+|[*_,.:;]+$/g, '').trim().replace(WEEKDAY_LEAD, '');

function placeInPeriod(month: number, day: number, period: DateContext['period']): ReadDate {
  if (!period) return { ok: false, reason: 'has no year and the report period is not known' };
  const from = addDays(period.start, -DAYS_BEFORE);
  const to = addDays(period.end, DAYS_AFTER);
  const first = Number(period.start.slice(0, 4));
  const fits = [first - 1, first, first + 1].map((y) => iso(y, month, day)).filter((d) => d >= from && d <= to);
  if (fits.length !== 1) return { ok: false, reason: 'has no year and does not fall inside the report period' };
  return { ok: true, iso: fits[0] as string, yearInferred: true };
}

/** One calendar date making up the whole text: "13 Aug 2024", "13th Aug 2024", "Aug 13, 2024", "2024-08-13", "13/08/2024", "2 Dec". */
export function readDate(text: string, context: DateContext): ReadDate {
  const t = trimPunctuation(text).replace(/\s+/g, ' ');
  if (t === '') return { ok: false, reason: 'is empty' };
  // A date is short and has a digit; anything else is not worth a full parse (timeline prose is long).
  if (t.length > MAX_DATE_LENGTH || !/\d/.test(t)) return { ok: false, reason: `"${t.slice(0, MAX_DATE_LENGTH)}" is not a date like "13 Aug 2024"` };
  // The template's own format keeps its strict reading (and its messages) so shipped reports read exactly as before.
  if (TEMPLATE_DATE.test(t)) {
    const r = parseDayDate(t);
    return r.ok ? { ok: true, iso: r.iso, yearInferred: false } : { ok: false, reason: r.reason };
  }
  const parser = context.order === 'day-first' ? dayFirst : monthFirst;
  const results = parser.parse(t, REFERENCE);
  const [only] = results;
  if (results.length !== 1 || !only || only.index !== 0 || trimPunctuation(only.text).length !== t.length || only.end) {
    return { ok: false, reason: `"${t}" is not a date like "13 Aug 2024"` };
  }
  const s = only.start;
  if (!s.isCertain('day') || !s.isCertain('month') || s.isCertain('hour')) return { ok: false, reason: `"${t}" is not a calendar day` };
  const day = s.get('day') ?? 0;
  const month = s.get('month') ?? 0;
  if (s.isCertain('year')) return { ok: true, iso: iso(s.get('year') ?? 0, month, day), yearInferred: false };
  const placed = placeInPeriod(month, day, context.period);
  return placed.ok ? placed : { ok: false, reason: `"${t}" ${placed.reason}` };
}

// Dates start with a digit or a month name.
const DATE_START = /^(?:\d|[A-Za-z]{3,9}\.?\s+\d)/;
// Spaced dashes only, so the dashes inside "2024-08-13" never split it.
const JOINER = /\s+(?:-|–|—|to|until|till|&|and)\s+|\s*[–—]\s*|(?<=^\d{1,2}(?:st|nd|rd|th)?)-/gi;

/** A date or a range of two ("13 Aug 2024 - 22 Aug 2024", "17 & 18 Aug 2024" is not one, "22 Jun & 23 Jun 2025" is). */
export function readDateRange(text: string, context: DateContext): ReadRange {
  const t = trimPunctuation(text).replace(/\s+/g, ' ');
  if (t.length > 2 * MAX_DATE_LENGTH + 10 || !DATE_START.test(t)) return { ok: false, reason: `"${t.slice(0, MAX_DATE_LENGTH)}" is not a date like "13 Aug 2024"` };
  const single = readDate(t, context);
  if (single.ok) return { ok: true, start: single.iso, end: single.iso, yearInferred: single.yearInferred, joiner: null };
  for (const m of t.matchAll(JOINER)) {
    const left = t.slice(0, m.index);
    const right = t.slice(m.index + m[0].length);
    const end = readDate(right, context);
    if (!end.ok) continue;
    // "13–15 Aug 2024", "17 & 18 Aug 2024": a bare day borrows the month and year of the date after it.
    const bareDay = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(left.trim());
    if (bareDay) {
      const iso = `${end.iso.slice(0, 8)}${bareDay[1]?.padStart(2, '0')}`;
      const valid = Number(bareDay[1]) >= 1 && readDate(iso, context).ok;
      if (valid) return { ok: true, start: iso, end: end.iso, yearInferred: end.yearInferred, joiner: m[0].trim() };
      continue;
    }
    // "22 Jun & 23 Jun 2025": the first date borrows the year of the second.
    const start = readDate(left, { ...context, period: context.period ?? { start: end.iso, end: end.iso } });
    if (!start.ok) continue;
    return { ok: true, start: start.iso, end: end.iso, yearInferred: start.yearInferred || end.yearInferred, joiner: m[0].trim() };
  }
  return { ok: false, reason: single.reason };
}

/** True when the text begins with something a reader would take for a date, so a failure to read it is worth a problem. */
export function startsLikeDate(text: string): boolean {
  const t = trimPunctuation(text);
  const month = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
  return new RegExp(`^\\d{1,2}(?:st|nd|rd|th)?\\s+${month}(?:\\s|$)`, 'i').test(t) ||
    /^\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}\b/.test(t) ||
    /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/.test(t) ||
    new RegExp(`^${month}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`, 'i').test(t);
}

const LEAD_SEPARATOR = /\s*(?::|\s[-–—]\s|[–—]|,)\s*/g;

/** "13 Aug 2024: text", "18 Sep 2025 — 10:05 text", "8 January 2026 - text": the date and the rest, or null. */
export function splitLeadingDate(text: string, context: DateContext): { dateText: string; range: Extract<ReadRange, { ok: true }>; rest: string } | null {
  let best: { dateText: string; range: Extract<ReadRange, { ok: true }>; rest: string } | null = null;
  if (!DATE_START.test(text.trim())) return null;
  for (const m of text.matchAll(LEAD_SEPARATOR)) {
    if (m.index > 2 * MAX_DATE_LENGTH) break;
    const dateText = text.slice(0, m.index);
    const rest = text.slice(m.index + m[0].length).trim();
    if (rest === '') continue;
    const range = readDateRange(dateText, context);
    // The longest date prefix wins, so "13 Aug 2024 - 15 Aug 2024: text" keeps its range.
    if (range.ok) best = { dateText: dateText.trim(), range, rest };
  }
  return best;
}
