import type { Block } from './markdown.js';
import { spanOf, textOf } from './markdown.js';
import { addDays } from './dates.js';
import type { DateContext } from './date-settings.js';
import { dateInSentence, readDateRange, splitLeadingDate, startsLikeDate } from './read-dates.js';
import { sentences } from './text-units.js';
import { ProblemList } from './problems.js';
import type { ParsedParagraph, ParsedTimelineEntry, SourceSpan } from './report-types.js';
import { findTimes, unreadableTimes } from './times.js';
import { dateEntryTimes } from './time-dates.js';
import { readTimelineTable } from './timeline-table.js';

// Reports often run a week past the header period (follow-up, closure); anything further is probably a typo.
const DAYS_BEFORE_PERIOD = 31;
const DAYS_AFTER_PERIOD = 92;
const MAX_DATE_HEADER = 60;
// "16:30 – text", "9:40 pm: text", "2300 hrs - text": a bullet led by a time of day.
const TIME_LED_SEPARATED = /^(?:at\s+)?(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?\s?m\.?)?|\d{1,2}\s*[ap]\.?\s?m\.?|\d{4}\s*hrs)\s*[-–—:]\s+\S/i;
// "09:10 Tsang Kwok Wo reported …": a clock time with a colon, then a capitalised word, needs no separator.
const TIME_LED_BARE = /^(?:\d{1,2}:\d{2}(?:\s*[aApP]\.?\s?[mM]\.?)?|(?:[01]\d|2[0-3])[0-5]\d)\s+\p{Lu}/u;
const TIME_LED = { test: (text: string) => TIME_LED_SEPARATED.test(text) || TIME_LED_BARE.test(text) };

// What may stand before a date that opens a prose entry: "On", "Early on", "By the morning of", "During", and a
// relative day the date then names ("The following day, 10 April, …").
const PROSE_DATE_LEAD = /^\s*(?:the\s+(?:following|next)\s+(?:day|morning|afternoon|evening)\s*[,(–—-]?\s*)?(?:(?:early|late|later|then)\s+)?(?:on|by|during|from|at)?\s*(?:the\s+(?:morning|afternoon|evening|night)\s+of\s+)?$/i;

const MAX_LEAD_LENGTH = 60;
const MAX_PROSE_LOOKUP = 300;

interface Period {
  start: string;
  end: string;
}

function paragraph(text: string, span: SourceSpan): ParsedParagraph {
  return { text, span, times: findTimes(text) };
}

type Opened = { kind: 'entry'; startDate: string; endDate: string; dateText: string; rest: string; restOnSameLine: boolean } | { kind: 'invalid' } | null;

/**
 * Reads the start of a block as an entry date: the whole first line ("13 Aug 2024", "**1st Oct 2025**",
 * "14th Jan 2026 – 15th Jan 2026") or a date leading a one-line entry ("- 13 Aug 2024: text").
 */
function readEntryStart(text: string, line: number, context: DateContext, problems: ProblemList): Opened {
  const [firstLine = '', ...more] = text.split('\n');
  const whole = readDateRange(firstLine, context);
  if (whole.ok) {
    if (whole.end < whole.start) {
      problems.warn('DATE_ORDER', line, `Line ${line}: "${firstLine.trim()}" ends before it starts; the entry and its text are not read`);
      return { kind: 'invalid' };
    }
    return { kind: 'entry', startDate: whole.start, endDate: whole.end, dateText: firstLine.trim(), rest: more.join('\n').trim(), restOnSameLine: false };
  }
  const lead = splitLeadingDate(text, context);
  if (lead) {
    if (lead.range.end < lead.range.start) {
      problems.warn('DATE_ORDER', line, `Line ${line}: "${lead.dateText}" ends before it starts; the entry and its text are not read`);
      return { kind: 'invalid' };
    }
    return { kind: 'entry', startDate: lead.range.start, endDate: lead.range.end, dateText: lead.dateText, rest: lead.rest, restOnSameLine: true };
  }
  if (startsLikeDate(firstLine) && firstLine.trim().length < MAX_DATE_HEADER && !/[.!?]\s/.test(firstLine)) {
    problems.warn('INVALID_DATE', line, `Line ${line}: "${firstLine.trim()}" is not a date or date range like "13 Aug 2024" (${whole.reason}); the entry and its text are not read`);
    return { kind: 'invalid' };
  }
  return null;
}

/** "On Saturday 8th August, at 11 a.m., …": a line of prose that opens with its day, as the next line of a paragraph. */
function opensOnItsDay(line: string, context: DateContext): boolean {
  if (!/^\s*on\s+/i.test(line)) return false;
  const found = dateInSentence(line.slice(0, MAX_LEAD_LENGTH), context);
  return found !== null && PROSE_DATE_LEAD.test(line.slice(0, found.index));
}

/**
 * Splits a paragraph at each line that starts a dated entry: a word processor's plain text keeps
 * "3 Feb 2026 - text" lines of the same day, or "On Monday 10th August, …" lines, together with no blank line
 * between them.
 */
function datedSegments(text: string, span: SourceSpan, context: DateContext): { text: string; span: SourceSpan }[] {
  const lines = text.split('\n');
  if (lines.length < 2) return [{ text, span }];
  const starts = [0];
  lines.forEach((line, i) => {
    if (i > 0 && (readEntryStart(line, 0, context, new ProblemList())?.kind === 'entry' || opensOnItsDay(line, context))) starts.push(i);
  });
  return starts.map((from, k) => {
    const to = (starts[k + 1] ?? lines.length) - 1;
    return { text: lines.slice(from, to + 1).join('\n').trim(), span: { startLine: span.startLine + from, endLine: Math.min(span.endLine, span.startLine + to) } };
  });
}

/**
 * Walks the description: a dated bullet, heading or line opens an entry and the blocks after it are its
 * paragraphs; a date leading a line of text is an entry of its own, so several entries on one day stay apart.
 */
export function parseTimeline(blocks: Block[], context: DateContext, problems: ProblemList): ParsedTimelineEntry[] {
  const entries: ParsedTimelineEntry[] = [];
  let current: ParsedTimelineEntry | null = null;
  let skipping = false;

  const addText = (text: string, span: SourceSpan): void => {
    if (text === '') return;
    for (const t of findTimes(text)) {
      // Midnight ends one day and starts the next; the reading takes the start of the entry's day.
      if (t.assumed) problems.warn('TIME_UNSURE', span.startLine, `Line ${span.startLine}: "${t.phrase.trim()}" says neither morning nor afternoon; ${t.assumed}`);
      if (/midnight/i.test(t.phrase)) problems.warn('TIME_MIDNIGHT', span.startLine, `Line ${span.startLine}: "${t.phrase.trim()}" is read as 00:00 of the entry's day; check which day is meant`);
    }
    for (const phrase of unreadableTimes(text)) {
      problems.warn('UNREADABLE_TIME', span.startLine, `Line ${span.startLine}: "${phrase}" looks like a time but is not one; no time was read from it`);
    }
    if (current) {
      current.paragraphs.push(paragraph(text, span));
      current.span.endLine = Math.max(current.span.endLine, span.endLine);
    } else if (!skipping) {
      problems.warn('UNDATED_TEXT', span.startLine, `Line ${span.startLine}: description text before the first dated entry is not read`);
      skipping = true;
    }
  };

  /** Opens an entry when the block starts with a date; its remaining text becomes the entry's first paragraph. */
  const open = (text: string, span: SourceSpan): boolean => {
    const opened = readEntryStart(text, span.startLine, context, problems);
    if (opened === null) return false;
    if (opened.kind === 'invalid') {
      current = null;
      skipping = true;
      return true;
    }
    skipping = false;
    current = { order: entries.length + 1, startDate: opened.startDate, endDate: opened.endDate, dateText: opened.dateText, span: { ...span }, paragraphs: [] };
    entries.push(current);
    if (opened.rest !== '') {
      const restStart = opened.restOnSameLine ? span.startLine : span.startLine + 1;
      addText(opened.rest, { startLine: restStart, endLine: Math.max(restStart, span.endLine) });
    }
    return true;
  };

  /**
   * A timeline written as prose: a paragraph whose first sentence opens with a date ("On Tuesday 4th November at
   * about 8.30 …") starts an entry holding the whole paragraph. Before any entry, a date anywhere in the first
   * sentence does too, with a warning, since a sentence can name a day for something other than the event.
   */
  const openFromProse = (text: string, span: SourceSpan): boolean => {
    // Only the start of a long paragraph can hold its date; a whole page of text is never handed to the date parser.
    const first = (sentences(text.slice(0, MAX_PROSE_LOOKUP), span)[0]?.text ?? text).slice(0, current ? MAX_LEAD_LENGTH : MAX_PROSE_LOOKUP);
    const found = dateInSentence(first, context);
    if (!found) return false;
    const leading = PROSE_DATE_LEAD.test(first.slice(0, found.index));
    if (!leading && current) return false;
    if (!leading) {
      problems.warn('ENTRY_DATE_FROM_SENTENCE', span.startLine, `Line ${span.startLine}: the entry's date ${found.iso} is read from "${found.text}" inside the sentence; check it is the day of the event`);
    }
    skipping = false;
    current = { order: entries.length + 1, startDate: found.iso, endDate: found.iso, dateText: found.text.trim(), span: { ...span }, paragraphs: [] };
    entries.push(current);
    addText(text, span);
    return true;
  };

  for (const block of blocks) {
    if (block.type === 'list') {
      for (const item of block.children) {
        const [first, ...rest] = item.children;
        const [head, ...more] = first && (first.type === 'paragraph' || first.type === 'heading') ? datedSegments(textOf(first), spanOf(first), context) : [];
        if (head && current && TIME_LED.test(head.text) && rest.length === 0 && more.length === 0) {
          // A time-led bullet under a dated entry is part of that entry's day: its text (and times) stay in it.
          addText(head.text, head.span);
        } else if (head && open(head.text, head.span)) {
          for (const segment of more) if (!open(segment.text, segment.span)) addText(segment.text, segment.span);
          for (const child of rest) addText(textOf(child), spanOf(child));
        } else {
          addText(textOf(item), spanOf(item));
        }
      }
    } else if (block.type === 'paragraph' && readTimelineTable(textOf(block), spanOf(block).startLine, context, new ProblemList())) {
      for (const row of readTimelineTable(textOf(block), spanOf(block).startLine, context, problems) ?? []) {
        const span = { startLine: row.line, endLine: row.line };
        if (row.dateText !== null && row.range === null) {
          current = null;
          skipping = true;
          continue;
        }
        if (row.range) {
          skipping = false;
          current = { order: entries.length + 1, startDate: row.range.start, endDate: row.range.end, dateText: row.dateText ?? '', span, paragraphs: [] };
          entries.push(current);
        } else if (current) {
          // A row with an empty date cell is another event of the day above.
          const day: ParsedTimelineEntry = current;
          current = { ...day, order: entries.length + 1, span, paragraphs: [] };
          entries.push(current);
        }
        addText(row.text, span);
      }
    } else if (block.type === 'heading' || block.type === 'paragraph') {
      for (const segment of datedSegments(textOf(block), spanOf(block), context)) {
        if (open(segment.text, segment.span)) continue;
        if (block.type === 'paragraph' && openFromProse(segment.text, segment.span)) continue;
        addText(segment.text, segment.span);
      }
    } else if (block.type !== 'thematicBreak' && block.type !== 'definition') {
      addText(textOf(block), spanOf(block));
    }
  }

  const kept = checkOrder(entries, context.period, problems);
  kept.forEach((e, i) => {
    e.order = i + 1;
  });
  for (const e of kept) dateEntryTimes(e, context, problems);
  for (const e of kept) {
    if (e.paragraphs.length === 0) problems.warn('EMPTY_TIMELINE_ENTRY', e.span.startLine, `Entry "${e.dateText}" has no text`);
  }
  return kept;
}

/**
 * Dates out of order are kept with a warning (a report may look back); an entry far outside the period is
 * more likely a typo than a fact, so it is dropped (its lines stay unread) with a warning.
 */
function checkOrder(entries: ParsedTimelineEntry[], period: Period | null, problems: ProblemList): ParsedTimelineEntry[] {
  const kept: ParsedTimelineEntry[] = [];
  let previous: ParsedTimelineEntry | null = null;
  for (const e of entries) {
    const line = e.span.startLine;
    if (period) {
      const earliest = addDays(period.start, -DAYS_BEFORE_PERIOD);
      const latest = addDays(period.end, DAYS_AFTER_PERIOD);
      if (e.startDate < earliest || e.endDate > latest) {
        problems.warn(
          'DATE_OUT_OF_RANGE',
          line,
          `Line ${line}: entry "${e.dateText}" is far outside the incident period ${period.start} to ${period.end}; the entry and its text are not read`,
        );
        continue;
      }
    }
    if (previous && e.startDate < previous.startDate) {
      problems.warn(
        'DATE_ORDER',
        line,
        `Line ${line}: entry "${e.dateText}" comes after "${previous.dateText}" (line ${previous.span.startLine}) but is earlier; kept as written`,
      );
    }
    kept.push(e);
    previous = e;
  }
  return kept;
}
