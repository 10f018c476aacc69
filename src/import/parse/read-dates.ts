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
// "── Sat 14 Mar 2026 ──": a chat export's day separator is drawn with box lines around the day.
const trimPunctuation = (text: string) => text.trim().replace(/^[*_─━═\s]+|[*_,.:;─━═\s]+$/g, '').trim();
// "Mon 21.09": a day and a month joined by a dot, which only a weekday before it makes a date rather than a time.
const WEEKDAY_DOTTED_START = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?,?\s+(\d{1,2})\.(\d{1,2})(?=\s|$)/i;
const WEEKDAY_DOTTED = new RegExp(`${WEEKDAY_DOTTED_START.source}$`, 'i');
// "Tuesday 12 May 2026", "Thursday, May 14", "Sat 14 – Sun 15 March": a weekday says nothing the date does not, and chrono's strict
// parser does not read every order of it, so it is dropped before the date is read.
const WEEKDAY = /\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\b\.?,?\s*/gi;
// "14 April 2026 (evening)", "2026-06-02 (Tuesday)": an aside in brackets with no digit qualifies the day, it is not part of it.
const ASIDE = /\s*\([^()\d]{0,30}\)/g;
// "3rd June '26": a year written with an apostrophe and two digits is this century's.
const SHORT_YEAR = /(\s)['’‘](\d{2})\b/g;
// "Saturday the 14th of March": the article and "of" around an ordinal day.
const ORDINAL_OF = /\b(?:the\s+)?(\d{1,2}(?:st|nd|rd|th))\s+of\s+(?=[A-Za-z]{3})/gi;
// "3.1 Tuesday, 16 June 2026": a heading's outline number before the day.
const OUTLINE_NUMBER = /^\d{1,2}(?:\.\d{1,2})+\.?\s+(?=[A-Za-z])/;
const withoutWeekdays = (text: string) =>
  text.replace(OUTLINE_NUMBER, '').replace(SHORT_YEAR, '$120$2').replace(ORDINAL_OF, '$1 ').replace(ASIDE, '').replace(WEEKDAY, (word, offset: number, all: string) => (/\d/.test(all) ? '' : word)).trim();

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
  const dotted = WEEKDAY_DOTTED.exec(trimPunctuation(text).replace(/\s+/g, ' '));
  if (dotted) {
    const [a, b] = [Number(dotted[1]), Number(dotted[2])];
    const [day, month] = context.order === 'day-first' ? [a, b] : [b, a];
    if (month < 1 || month > 12 || day < 1 || day > 31) return { ok: false, reason: `"${text.trim()}" is not a calendar day` };
    return placeInPeriod(month, day, context.period);
  }
  const t = trimPunctuation(withoutWeekdays(trimPunctuation(text)).replace(/\s+/g, ' '));
  if (t === '') return { ok: false, reason: 'is empty' };
  // A date is short and has a digit; anything else is not worth a full parse (timeline prose is long).
  if (t.length > MAX_DATE_LENGTH || !/\d/.test(t)) return { ok: false, reason: `"${t.slice(0, MAX_DATE_LENGTH)}" is not a date like "13 Aug 2024"` };
  // The template's own format keeps its strict reading (and its messages) so shipped reports read exactly as before.
  if (TEMPLATE_DATE.test(t)) {
    const r = parseDayDate(t);
    return r.ok ? { ok: true, iso: r.iso, yearInferred: false } : { ok: false, reason: r.reason };
  }
  const parser = context.order === 'day-first' ? dayFirst : monthFirst;
  // Only numeric dates depend on the order; "May 14" is a month name first whatever the setting says.
  const named = /[A-Za-z]{3}/.test(t);
  const ordered = parser.parse(t, REFERENCE);
  const results = ordered.length === 0 && named ? (parser === dayFirst ? monthFirst : dayFirst).parse(t, REFERENCE) : ordered;
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
  if (WEEKDAY_DOTTED.test(trimPunctuation(text).replace(/\s+/g, ' '))) {
    const day = readDate(text, context);
    return day.ok ? { ok: true, start: day.iso, end: day.iso, yearInferred: day.yearInferred, joiner: null } : day;
  }
  const t = trimPunctuation(withoutWeekdays(trimPunctuation(text)).replace(/\s+/g, ' '));
  if (t.length > 2 * MAX_DATE_LENGTH + 10 || !DATE_START.test(t)) return { ok: false, reason: `"${t.slice(0, MAX_DATE_LENGTH)}" is not a date like "13 Aug 2024"` };
  const single = readDate(t, context);
  if (single.ok) return { ok: true, start: single.iso, end: single.iso, yearInferred: single.yearInferred, joiner: null };
  for (const m of t.matchAll(JOINER)) {
    const left = t.slice(0, m.index);
    const right = t.slice(m.index + m[0].length);
    // "Mar. 14–15", "14 Mar – 15": a bare day after the joiner borrows the month and year of the date before it.
    const bareEnd = /^(\d{1,2})(?:st|nd|rd|th)?$/.exec(right.trim());
    if (bareEnd) {
      const first = readDate(left, context);
      const iso = first.ok ? `${first.iso.slice(0, 8)}${bareEnd[1]?.padStart(2, '0')}` : '';
      if (first.ok && readDate(iso, context).ok && iso > first.iso) return { ok: true, start: first.iso, end: iso, yearInferred: first.yearInferred, joiner: m[0].trim() };
      continue;
    }
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
  // "May 14-15, 2026": a range only chrono's own reading finds, tried last so a range written backwards is not reordered.
  return chronoRange(t, context) ?? { ok: false, reason: single.reason };
}

/** A range chrono reads as one phrase, "May 14-15, 2026": both ends must be calendar days with no time. */
function chronoRange(written: string, context: DateContext): ReadRange | null {
  // chrono reads a hyphen between the days, not the en or em dash typeset reports write ("March 12–15, 2026").
  const t = written.replace(/[–—]/g, '-');
  const parser = context.order === 'day-first' ? dayFirst : monthFirst;
  const ordered = parser.parse(t, REFERENCE);
  const results = ordered.length === 0 && /[A-Za-z]{3}/.test(t) ? (parser === dayFirst ? monthFirst : dayFirst).parse(t, REFERENCE) : ordered;
  const [only] = results;
  if (results.length !== 1 || !only?.end || only.index !== 0 || trimPunctuation(only.text).length !== t.length) return null;
  const ends = [only.start, only.end];
  if (ends.some((c) => !c.isCertain('day') || c.isCertain('hour'))) return null;
  const [start, end] = ends.map((c) => ({ month: c.get('month') ?? 0, day: c.get('day') ?? 0, year: c.isCertain('year') ? (c.get('year') ?? 0) : null }));
  if (!start || !end) return null;
  const year = end.year ?? start.year;
  const place = (d: { month: number; day: number }) => (year !== null ? { ok: true as const, iso: iso(year, d.month, d.day), yearInferred: false } : placeInPeriod(d.month, d.day, context.period));
  const a = place(start);
  const b = place(end);
  if (!a.ok || !b.ok) return null;
  return { ok: true, start: a.iso, end: b.iso, yearInferred: a.yearInferred || b.yearInferred, joiner: '-' };
}

/** True when the text begins with something a reader would take for a date, so a failure to read it is worth a problem. */
export function startsLikeDate(text: string): boolean {
  const t = withoutWeekdays(trimPunctuation(text));
  const month = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
  // "5 Mar 2026", "05-Mar-2026": a day then a month name, spaced or hyphenated.
  return new RegExp(`^\\d{1,2}(?:st|nd|rd|th)?(?:\\s+|-)${month}(?:[\\s,-]|$)`, 'i').test(t) ||
    // "13th & 14th July", "Monday 13th & Tuesday 14th July", "13 - 14 July": two days of one month.
    new RegExp(`^\\d{1,2}(?:st|nd|rd|th)?\\s*(?:&|and|to|-|–|—)\\s*(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+${month}(?:[\\s,-]|$)`, 'i').test(t) ||
    // "Mon 21.09 — …": a weekday before a dotted day and month.
    WEEKDAY_DOTTED_START.test(trimPunctuation(text)) ||
    // "9/3" alone, as a day heading writes it.
    /^\d{1,2}\/\d{1,2}$/.test(t) ||
    /^\d{1,2}\s+[A-Za-z]{3,9}\.?\s+\d{4}\b/.test(t) ||
    /^\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/.test(t) ||
    new RegExp(`^${month}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b`, 'i').test(t) ||
    // "24/08 06:50 Phishing e-mail …": a day and month leading a log line, before its time or its text.
    /^\d{1,2}\/\d{1,2}\s+(?=\d{1,2}[:.]\d{2}\b|\d{4}\s*h|noon\b|midday\b|\p{Lu})/u.test(t);
}

// A colon between digits is a clock time's ("Apr 14, 11:45PM"), not the end of the date.
const LEAD_SEPARATOR = /\s*(?::(?!\d{2})|\s[-–—]\s|[–—]|,)\s*|\s+(?=~?\d{1,2}[:.]\d{2}\b|(?:[01]\d|2[0-3])[0-5]\d\s+[–—-]\s|\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\b|\d{4}\s*h(?:rs?|ours)?\b|(?:noon|midday)\b)/gi;

const PLAUSIBLE_YEAR = (iso: string) => {
  const year = Number(iso.slice(0, 4));
  return year >= 1970 && year <= 2100;
};

/** "13 Aug 2024: text", "18 Sep 2025 — 10:05 text", "8 January 2026 - text": the date and the rest, or null. */
export function splitLeadingDate(text: string, context: DateContext): { dateText: string; range: Extract<ReadRange, { ok: true }>; rest: string } | null {
  let best: { dateText: string; range: Extract<ReadRange, { ok: true }>; rest: string } | null = null;
  if (!DATE_START.test(withoutWeekdays(text.trim())) && !WEEKDAY_DOTTED_START.test(text.trim())) return null;
  for (const m of text.matchAll(LEAD_SEPARATOR)) {
    if (m.index > 2 * MAX_DATE_LENGTH) break;
    const dateText = text.slice(0, m.index);
    const rest = text.slice(m.index + m[0].length).trim();
    if (rest === '') continue;
    const range = readDateRange(dateText, context);
    // The longest date prefix wins, so "13 Aug 2024 - 15 Aug 2024: text" keeps its range; "2 Nov (Mon) 0850" is a
    // day and a time, not a date in the year 850.
    if (range.ok && PLAUSIBLE_YEAR(range.start) && PLAUSIBLE_YEAR(range.end)) best = { dateText: dateText.trim(), range, rest };
  }
  return best;
}

/** A calendar day written inside a sentence ("On Tuesday 4th November at about 8.30 …"), with where it starts. */
export function dateInSentence(sentence: string, context: DateContext): { iso: string; index: number; text: string; yearInferred: boolean } | null {
  const parsers = context.order === 'day-first' ? [dayFirst, monthFirst] : [monthFirst, dayFirst];
  for (const parser of parsers) {
    for (const r of parser.parse(sentence, REFERENCE)) {
      const s = r.start;
      if (!s.isCertain('day') || !s.isCertain('month')) continue;
      // A bare "3/4" or "2/F" is a ratio or a floor more often than a date.
      if (!/[A-Za-z]{3}|\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}/.test(r.text)) continue;
      const month = s.get('month') ?? 0;
      const day = s.get('day') ?? 0;
      const placed: ReadDate = s.isCertain('year') ? { ok: true, iso: iso(s.get('year') ?? 0, month, day), yearInferred: false } : placeInPeriod(month, day, context.period);
      if (placed.ok) return { iso: placed.iso, index: r.index, text: r.text, yearInferred: placed.yearInferred };
    }
    if (context.order === 'day-first' && parser === dayFirst && /\d{1,2}[/.]\d{1,2}[/.]\d{2,4}/.test(sentence)) break;
  }
  return null;
}
