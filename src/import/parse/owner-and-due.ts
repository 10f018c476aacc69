import type { DateContext } from './date-settings.js';
import { readDate } from './read-dates.js';
import type { ParsedItem } from './report-types.js';

// "Owner: Raymond Ho, due 30/06/2026", "(Owner: IT Ops; Due: 2026-06-30)", "— Due by 15 May 2026": who carries a
// recommendation out and by when, written after it. It says who and when, not what to do, so it leaves the text.
// It stands apart: after a full stop, in brackets or after a dash.
const OWNER_AND_DUE = /(?:(?<=[.!?)])\s+|\s*[—–-]\s+|\s*\()\s*(?:(?:owner|owned by|responsible|assigned to|action by)\s*[:：]?\s*([^,;()]{2,60}?)\s*(?:[,;]\s*|\s+)?)?(?:(?:due(?:\s+date)?|target(?:\s+date)?|deadline)\s*(?:by\s*)?[:：]?\s*([^,;()]{4,30}?))?\s*\)?\s*\.?$/i;

// "… (cause #1) - @Carmen Lau": a mention after a dash at the end names who carries it out.
const MENTIONED_OWNER = /\s+[-–—]\s+@(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s*\.?$/u;

function withMentionedOwner(item: ParsedItem): ParsedItem {
  const mention = MENTIONED_OWNER.exec(item.text);
  return mention && mention.index > 0 ? { ...item, text: item.text.slice(0, mention.index).trim(), owner: item.owner ?? (mention[1] ?? '').trim() } : item;
}

/** A recommendation with its owner and due date taken out of its text; the item as it was when it names neither. */
export function withOwnerAndDue(item: ParsedItem, context: DateContext): ParsedItem {
  // The mention may come before the due date ("- @Carmen Lau - due 31 Jul 2026") or after it.
  return withMentionedOwner(ownerAndDue(withMentionedOwner(item), context));
}

function ownerAndDue(item: ParsedItem, context: DateContext): ParsedItem {
  // Only the tail is searched: an owner line is short, and a long item costs no more than a short one.
  const tailStart = Math.max(0, item.text.length - 120);
  const m = OWNER_AND_DUE.exec(item.text.slice(tailStart));
  if (!m || (m[1] === undefined && m[2] === undefined) || m[0].trim() === '') return item;
  const due = m[2] === undefined ? null : readDate(m[2], context);
  // A due date that is not a date ("due to the firmware") means the words were a sentence, not a label.
  if (m[2] !== undefined && !due?.ok) return item;
  const text = item.text.slice(0, tailStart + m.index).trim();
  if (text === '') return item;
  return { ...item, text, ...(m[1] !== undefined ? { owner: m[1].trim() } : {}), ...(due?.ok ? { due: due.iso } : {}) };
}
