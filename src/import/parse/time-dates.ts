import * as chrono from 'chrono-node';
import { addDays } from './dates.js';
import type { DateContext } from './date-settings.js';
import type { ProblemList } from './problems.js';
import type { ParsedTime, ParsedTimelineEntry } from './report-types.js';
import { sentences } from './text-units.js';

// A date written beside a time may sit this far around the entry (the same window as timeline entries).
const DAYS_BEFORE_ENTRY = 31;
const DAYS_AFTER_ENTRY = 92;
const NOON = '12:00';
const MAX_SENTENCE = 600;
// A digit near a month name, a numeric date, or words that move the day: what chrono could read as a day here.
const DAY_WORDS = /\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}|\b\d{1,2}\/\d{1,2}\b|\b(?:next|following|tomorrow|day after)\b/i;

const NEXT_DAY_TAG = 'import/nextDay';
// Where a day-moving phrase starts the telling: the sentence's start, after a comma or "and" / "then", with "On" or not.
const CLAUSE_START = /(?:^|[,;:–—]\s*|\b(?:and|then)\s+)(?:on\s+)?$/i;
// Chrono reads "next day" and "tomorrow"; reports also say "the next morning" or "the following day".
const nextDayWords: chrono.Parser = {
  pattern: () => /\b(?:the\s+)?(?:next|following)\s+(?:day|morning|afternoon|evening|night)\b/i,
  extract: (context) => {
    const day = new Date(context.reference.instant.getTime() + 24 * 3600 * 1000);
    const components = context.createParsingComponents({ day: day.getUTCDate(), month: day.getUTCMonth() + 1, year: day.getUTCFullYear() });
    components.addTag(NEXT_DAY_TAG);
    return components;
  },
};

function reader(order: DateContext['order']): chrono.Chrono {
  const base = order === 'day-first' ? chrono.en.GB : chrono.en.casual;
  const r = base.clone();
  r.parsers.push(nextDayWords);
  return r;
}
const readers = { 'day-first': reader('day-first'), 'month-first': reader('month-first') };

// "after midnight", "past midnight": the text has crossed into the next day when it was in the evening before.
const AFTER_MIDNIGHT = /\b(?:after|past|just after|shortly after)\s+midnight\b/i;
// The word just before a date that makes it the day something happened ("on 18 Mar", "On 7 May, ...").
const EVENT_DATE_BEFORE = /(?:^|\bon\s+(?:the\s+)?|[,;:–—-]\s*)$/i;

// Two times joined into a span: "16:05 and 21:15", "10:00 to 11:30", "14:00–15:00".
const TIME_JOINER = /^\s*(?:and|to|until|till|[-–—])\s*$/i;

// "since 01.00 on Sunday", "at 23:10 last Friday": a weekday right after the time names the day it happened.
const WEEKDAY_AFTER = /^\s*(?:on\s+|last\s+|on\s+last\s+)(sun|mon|tue|wed|thu|fri|sat)(?:day|sday|nesday|rsday|urday|s|r|rs)?\.?(?![a-z])/i;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

// "on Tuesday from 10:00", "finished Thu 05:55": a weekday right before the time.
const WEEKDAY_BEFORE = /\b(sun|mon|tue|wed|thu|fri|sat)(?:day|sday|nesday|rsday|urday|s|r|rs)?\.?,?\s+(?:at\s+|from\s+|around\s+|about\s+|by\s+)?$/i;

/**
 * The day a weekday names: the day of the entry that falls on it ("on Tuesday" under "Monday 13th & Tuesday 14th
 * July"), else the nearest such day to the running day, three days either way ("since 01.00 on Sunday" under Monday,
 * "finished Thu 05:55" under Wednesday).
 */
function weekdayNear(running: string, weekday: string, entry: ParsedTimelineEntry): string {
  const want = WEEKDAYS.indexOf(weekday.slice(0, 3).toLowerCase());
  for (let day = entry.startDate; day <= entry.endDate; day = addDays(day, 1)) if (noonOf(day).getUTCDay() === want) return day;
  const forward = (want - noonOf(running).getUTCDay() + 7) % 7;
  return addDays(running, forward <= 3 ? forward : forward - 7);
}

const pad = (n: number) => String(n).padStart(2, '0');
const isoOf = (d: chrono.ParsedComponents) => `${d.get('year')}-${pad(d.get('month') ?? 0)}-${pad(d.get('day') ?? 0)}`;
const noonOf = (iso: string) => new Date(`${iso}T12:00:00Z`);

interface DateMark {
  index: number;
  end: number;
  iso: string;
  relative: boolean;
  /** Where the date part of the reading starts: the time may come first ("02:40 on 7 May"). */
  dateIndex: number;
}

/** Dates and day moves a sentence states, read by chrono with the running day as reference. */
function dateMarks(sentence: string, runningDay: string, order: DateContext['order']): DateMark[] {
  const out: DateMark[] = [];
  // Only a sentence that could name a day is worth a full parse; a sentence this long is not one a person wrote.
  if (sentence.length > MAX_SENTENCE || !DAY_WORDS.test(sentence)) return out;
  for (const r of readers[order].parse(sentence, { instant: noonOf(runningDay), timezone: 0 })) {
    const s = r.start;
    if (!s.isCertain('day') || !s.isCertain('month')) continue;
    const tags = [...(r.tags?.() ?? [])];
    const relative = tags.includes(NEXT_DAY_TAG) || tags.includes('result/relativeDate');
    // "The next morning all doors were checked" moves the story on; "ETA next afternoon" or "the earliest slot was
    // still the next morning" tells of a plan, and the story stays on its day.
    if (relative && !CLAUSE_START.test(sentence.slice(0, r.index))) continue;
    // Where the date words begin: after a leading "on", or after the time's "on" when the time leads ("02:40 on 7 May").
    const on = /\bon\s+/i.exec(r.text);
    const dateIndex = r.index + (on && (on.index === 0 || (s.isCertain('hour') && !relative)) ? on.index + (on.index === 0 ? on[0].length : 0) : 0);
    out.push({ index: r.index, end: r.index + r.text.length, iso: isoOf(s), relative, dateIndex });
  }
  return out;
}

/** Where each time's phrase sits in its sentence, found in order. */
function timePositions(sentence: string, times: ParsedTime[]): number[] {
  let from = 0;
  return times.map((t) => {
    const at = sentence.indexOf(t.phrase, from);
    if (at < 0) return from;
    from = at + t.phrase.length;
    return at;
  });
}

function lineOf(paragraphText: string, paragraphLine: number, sentence: string): number {
  const found = sentences(paragraphText, { startLine: paragraphLine, endLine: paragraphLine }).find((s) => s.text === sentence);
  return found?.span.startLine ?? paragraphLine;
}

/**
 * Gives every time of an entry its day. A time takes the date written beside it ("at 02:40 on 7 May",
 * "around 1 am on 18 Mar"); otherwise the day the text has moved to ("the next morning", "On 7 May",
 * "after midnight" following an evening), else the entry's first day. A reading that is not sure — a date
 * beside the time that is not the day it happened ("the backup of 16 Mar at 16:30"), a date far from the
 * entry, a time earlier than the evening time before it with nothing saying the day changed — keeps the
 * running day and is a warning on its line.
 */
export function dateEntryTimes(entry: ParsedTimelineEntry, context: DateContext, problems: ProblemList): void {
  let running = entry.startDate;
  let lastTime: string | null = null;
  // The text was last in the evening, so "after midnight" or a morning time may be the next day.
  const inEvening = () => lastTime !== null && lastTime >= NOON;
  const earliest = addDays(entry.startDate, -DAYS_BEFORE_ENTRY);
  const latest = addDays(entry.endDate, DAYS_AFTER_ENTRY);
  // The entry's days and the night after its last one ("around 1 am on 18 Mar" under 17 Mar).
  const withinEntry = (iso: string) => iso >= entry.startDate && iso <= addDays(entry.endDate, 1);

  for (const paragraph of entry.paragraphs) {
    for (const sentence of sentences(paragraph.text, { startLine: 1, endLine: 1 }).map((s) => s.text)) {
      const times = paragraph.times.filter((t) => t.sentence === sentence && t.date === undefined);
      const line = () => lineOf(paragraph.text, paragraph.span.startLine, sentence);
      const marks = dateMarks(sentence, running, context.order);
      const positions = timePositions(sentence, times);
      const warn = (message: string) => problems.warn('TIME_DATE_UNSURE', line(), `Line ${line()}: ${message}`);
      let markAt = 0;
      let crossedMidnight = false;
      let sentenceDay: string | null = null;
      const ownDated = new Set<ParsedTime>();
      const moveTo = (iso: string) => {
        if (iso !== running) lastTime = null;
        running = iso;
      };

      /** Applies the readings that end before the time; returns the one holding the time, if any. */
      const readMarksUpTo = (start: number, end: number): DateMark | null => {
        while (markAt < marks.length && (marks[markAt]?.index ?? 0) < end) {
          const mark = marks[markAt] as DateMark;
          markAt++;
          if (mark.end > start) return mark;
          if (mark.relative) moveTo(mark.iso);
          else if (EVENT_DATE_BEFORE.test(sentence.slice(0, mark.dateIndex)) && withinEntry(mark.iso)) moveTo(mark.iso);
        }
        return null;
      };

      times.forEach((time, i) => {
        const position = positions[i] ?? 0;
        if (!crossedMidnight && AFTER_MIDNIGHT.test(sentence.slice(0, position)) && inEvening()) {
          moveTo(addDays(running, 1));
          crossedMidnight = true;
        }
        const own = readMarksUpTo(position, position + time.phrase.length);
        let day = sentenceDay ?? running;
        if (own) {
          const timeLeads = own.dateIndex > position;
          const linked = own.relative || timeLeads || EVENT_DATE_BEFORE.test(sentence.slice(0, own.dateIndex));
          if (!linked) {
            if (own.iso !== running) warn(`"${time.phrase.trim()}" is read as on ${running}; the date beside it (${own.iso}) may be the day it happened`);
          } else if (own.iso < earliest || own.iso > latest) {
            warn(`"${time.phrase.trim()}" is read as on ${running}; the date beside it (${own.iso}) is far from the entry`);
          } else {
            day = own.iso;
            // A day outside the entry ("a snapshot taken at 16:05 on 11 Feb" under 12 Feb) holds for its sentence only.
            if (withinEntry(own.iso)) moveTo(own.iso);
            else sentenceDay = own.iso;
          }
        } else if (WEEKDAY_AFTER.test(sentence.slice(position + time.phrase.length)) || WEEKDAY_BEFORE.test(sentence.slice(0, position))) {
          const weekday = WEEKDAY_AFTER.exec(sentence.slice(position + time.phrase.length))?.[1] ?? WEEKDAY_BEFORE.exec(sentence.slice(0, position))?.[1] ?? '';
          day = weekdayNear(running, weekday, entry);
          // A day of the entry moves the story on; a day outside it ("since 01.00 on Sunday" under Monday) holds
          // for this time only.
          if (withinEntry(day)) moveTo(day);
        } else if (inEvening() && time.time < NOON) {
          warn(`"${time.phrase.trim()}" comes after ${lastTime} but is earlier; read as on ${running}, it may be the next day`);
        }
        // "between 16:05 and 21:15 on 11 Feb": a time joined to the next one shares the date written after it.
        const previous = times[i - 1];
        const gap = sentence.slice((positions[i - 1] ?? 0) + (previous?.phrase.length ?? 0), position);
        if (own && previous && !ownDated.has(previous) && TIME_JOINER.test(gap)) previous.date = day;
        if (own) ownDated.add(time);
        time.date = day;
        if (day === running) lastTime = time.time;
      });
      readMarksUpTo(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
      if (times.length === 0 && AFTER_MIDNIGHT.test(sentence) && inEvening()) moveTo(addDays(running, 1));
    }
  }
}
