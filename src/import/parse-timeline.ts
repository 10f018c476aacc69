import type { Block } from './markdown.js';
import { spanOf, textOf } from './markdown.js';
import { addDays, findTimes, looksLikeDayDate, parseDayDate, splitDateRange } from './dates.js';
import type { ProblemList } from './problems.js';
import type { ParsedParagraph, ParsedTimelineEntry, SourceSpan } from './report-types.js';

// Reports often run a week past the header period (follow-up, closure); anything further is probably a typo.
const DAYS_BEFORE_PERIOD = 31;
const DAYS_AFTER_PERIOD = 92;

interface Period {
  start: string;
  end: string;
}

function paragraph(text: string, span: SourceSpan): ParsedParagraph {
  return { text, span, times: findTimes(text) };
}

function readDateHeader(
  text: string,
  span: SourceSpan,
  problems: ProblemList,
): { startDate: string; endDate: string } | null | 'invalid' {
  const range = splitDateRange(text);
  if (!range) return looksLikeDayDate(text) && text.length < 40 ? readBroken(text, span, problems) : null;
  const start = parseDayDate(range.start);
  const end = parseDayDate(range.end);
  let bad = false;
  for (const r of [start, end]) {
    if (!r.ok) {
      problems.add('INVALID_DATE', span.startLine, `Line ${span.startLine}: ${r.reason}`);
      bad = true;
    }
  }
  if (bad || !start.ok || !end.ok) return 'invalid';
  if (end.iso < start.iso) {
    problems.add('DATE_ORDER', span.startLine, `Line ${span.startLine}: "${text}" ends before it starts`);
    return 'invalid';
  }
  return { startDate: start.iso, endDate: end.iso };
}

function readBroken(text: string, span: SourceSpan, problems: ProblemList): 'invalid' {
  problems.add('INVALID_DATE', span.startLine, `Line ${span.startLine}: "${text}" is not a date or date range like "13 Aug 2024"`);
  return 'invalid';
}

/** Walks the description: each dated bullet (or dated heading) opens an entry, the blocks after it are its paragraphs. */
export function parseTimeline(blocks: Block[], period: Period | null, problems: ProblemList): ParsedTimelineEntry[] {
  const entries: ParsedTimelineEntry[] = [];
  let current: ParsedTimelineEntry | null = null;
  let skipping = false;

  const open = (text: string, span: SourceSpan): boolean => {
    const header = readDateHeader(text, span, problems);
    if (header === null) return false;
    if (header === 'invalid') {
      current = null;
      skipping = true;
      return true;
    }
    skipping = false;
    current = { order: entries.length + 1, ...header, dateText: text, span: { ...span }, paragraphs: [] };
    entries.push(current);
    return true;
  };

  const addText = (text: string, span: SourceSpan): void => {
    if (text === '') return;
    if (current) {
      current.paragraphs.push(paragraph(text, span));
      current.span.endLine = Math.max(current.span.endLine, span.endLine);
    } else if (!skipping) {
      problems.add('UNDATED_TEXT', span.startLine, `Line ${span.startLine}: description text before the first dated entry`);
      skipping = true;
    }
  };

  for (const block of blocks) {
    if (block.type === 'list') {
      for (const item of block.children) {
        const [first, ...rest] = item.children;
        const firstText = first ? textOf(first) : '';
        if (first && first.type === 'paragraph' && open(firstText, spanOf(first))) {
          for (const child of rest) addText(textOf(child), spanOf(child));
        } else {
          addText(textOf(item), spanOf(item));
        }
      }
    } else if (block.type === 'heading' || block.type === 'paragraph') {
      const text = textOf(block);
      if (!open(text, spanOf(block))) addText(text, spanOf(block));
    } else if (block.type !== 'thematicBreak' && block.type !== 'definition') {
      addText(textOf(block), spanOf(block));
    }
  }

  checkOrder(entries, period, problems);
  for (const e of entries) {
    if (e.paragraphs.length === 0) problems.warn('EMPTY_TIMELINE_ENTRY', e.span.startLine, `Entry "${e.dateText}" has no text`);
  }
  return entries;
}

function checkOrder(entries: ParsedTimelineEntry[], period: Period | null, problems: ProblemList): void {
  let previous: ParsedTimelineEntry | null = null;
  for (const e of entries) {
    const line = e.span.startLine;
    if (previous && e.startDate < previous.startDate) {
      problems.add(
        'DATE_ORDER',
        line,
        `Line ${line}: entry "${e.dateText}" comes after "${previous.dateText}" (line ${previous.span.startLine}) but is earlier`,
      );
    }
    if (period) {
      const earliest = addDays(period.start, -DAYS_BEFORE_PERIOD);
      const latest = addDays(period.end, DAYS_AFTER_PERIOD);
      if (e.startDate < earliest || e.endDate > latest) {
        problems.add(
          'DATE_OUT_OF_RANGE',
          line,
          `Line ${line}: entry "${e.dateText}" is far outside the incident period ${period.start} to ${period.end}`,
        );
      }
    }
    previous = e;
  }
}
