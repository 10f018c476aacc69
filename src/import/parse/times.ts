import type { ParsedTime } from './report-types.js';
import { sentences } from './text-units.js';

const QUALIFIER = '(?:(at\\s+around|at\\s+about|at\\s+approx\\.?|around|about|approximately|approx\\.?|at|by)\\s+)?';
const MERIDIEM = '([ap])\\.?\\s?m\\.?(?![a-z])';
// "8.30 in the morning", "2 in the afternoon", "11 at night": the part of the day is the meridiem.
// One alternation so overlapping readings of the same digits cannot both count:
// "8.30 in the morning" / "2 in the afternoon" | "23:00" / "14:07:30" / "9:40 pm" / "9:40 p.m." / "23.00" |
// "11 am" / "9am" | "2300 hrs" | "21h15" | "noon" / "midnight".
const TIME = new RegExp(
  `\\b${QUALIFIER}(?:(\\d{1,2})(?:[:.](\\d{2}))?(?:\\s+in\\s+the\\s+(morning|afternoon|evening)|\\s+at\\s+(night))|(\\d{1,2})([:.])(\\d{2})(?::[0-5]\\d)?(?:\\s*${MERIDIEM})?|(\\d{1,2})\\s*${MERIDIEM}|([01]\\d|2[0-3])([0-5]\\d)\\s*(?:hrs|hours|hr|h)\\b|([01]?\\d|2[0-3])h([0-5]\\d)\\b|(noon|midday|midnight)\\b)(?!\\s*(?:GB|MB|TB|%|ms\\b|s\\b))`,
  'gi',
);

const DATE_BEFORE = /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?,?\s*$/i;
const LEADING_FOUR_DIGITS = /^([01]\d|2[0-3])([0-5]\d)(?=\s*[-–—]\s+\S|\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[a-zA-Z]*\b)\p{Lu})/u;

// Where a text already writes dot times plainly ("at 9.40", "08.45 found …"), a dot time after a word that places an
// event in time is one too: "a booking for 10.30", "since 01.00", "until 15.50", "Closed 16.30".
const PLAIN_DOT_TIME = /(?:\b(?:at|around|about|approx\.?|by)\s+|^\s*|[-–—]\s+)(?:[01]?\d|2[0-3])\.[0-5]\d(?![\d.])/im;
const PLACING_WORD = /\b(?:for|since|until|till|before|after|between|and|closed|opened|resolved|restored|finished|completed|ended|started|done)\s+$/i;

const RELATIVE_TO_HOUR = /\b(?:after|past|before|until|till|since|towards?)\s+$/i;

function clock(hour: number, minute: number, meridiem: string | undefined): string | null {
  if (minute > 59) return null;
  let h = hour;
  if (meridiem) {
    if (h < 1 || h > 12) return null;
    h = meridiem.toLowerCase() === 'p' ? (h % 12) + 12 : h % 12;
  } else if (h > 23) {
    return null;
  }
  return `${String(h).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

function qualifierOf(word: string): ParsedTime['qualifier'] {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w === '') return null;
  if (w.includes('around') || w.includes('about') || w.includes('approx')) return 'around';
  return w === 'by' ? 'by' : 'at';
}

const HOUR_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const MINUTE_WORDS: Record<string, number> = { five: 5, ten: 10, quarter: 15, 'a quarter': 15, twenty: 20, 'twenty-five': 25, 'twenty five': 25, half: 30 };
const HOUR = '(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|1[0-2]|[1-9])';
const PART = `(?:\\s+in\\s+the\\s+(morning|afternoon|evening)|\\s+at\\s+(night)|\\s*${MERIDIEM})?`;
// "half past nine", "ten past eleven", "quarter to three in the afternoon", "ten o'clock", "quarter past 8".
const WORD_TIME = new RegExp(
  `\\b${QUALIFIER}(?:(a\\s+quarter|quarter|half|twenty[- ]five|twenty|ten|five)\\s+(past|after|to)\\s+${HOUR}|${HOUR}\\s+o['’]?\\s?clock)${PART}(?![\\w-])`,
  'gi',
);

/**
 * Times written in words. Without a part of the day the hour is placed after the time before it in the entry
 * ("quarter past 8" after 19:00 is 20:15), or in the working day when it is the first; either way `assumed` says so.
 */
function wordTimes(sentence: string, before: string | null): { index: number; time: ParsedTime }[] {
  const out: { index: number; time: ParsedTime }[] = [];
  let previous = before;
  for (const m of sentence.matchAll(WORD_TIME)) {
    const [phrase, word = '', minuteWord, direction, hourWord, clockHour, part, night, meridiem] = m;
    const hourText = (hourWord ?? clockHour ?? '').toLowerCase();
    let hour = HOUR_WORDS[hourText] ?? Number(hourText);
    let minute = minuteWord ? (MINUTE_WORDS[minuteWord.toLowerCase().replace(/\s+/g, ' ')] ?? 0) : 0;
    if (direction?.toLowerCase() === 'to') {
      hour = hour === 1 ? 12 : hour - 1;
      minute = 60 - minute;
    }
    const said = meridiem ?? (part ? (part.toLowerCase() === 'morning' ? 'a' : 'p') : night ? (hour === 12 ? 'a' : 'p') : undefined);
    let time = clock(hour, minute, said);
    let assumed: string | undefined;
    if (!said) {
      const morning = clock(hour, minute, 'a');
      const afternoon = clock(hour, minute, 'p');
      const after = previous ? [morning, afternoon].find((t) => t !== null && t >= (previous ?? '')) : null;
      time = after ?? (hour >= 7 && hour <= 11 ? morning : afternoon);
      assumed = previous && after ? `read as ${time ?? ''}, the first reading after ${previous}` : `read as ${time ?? ''}, in the working day`;
    }
    if (!time) continue;
    out.push({ index: m.index, time: { time, qualifier: qualifierOf(word), phrase, sentence, ...(assumed ? { assumed } : {}) } });
    previous = time;
  }
  return out;
}

/** Every time of day the text states, in order, each with the sentence it belongs to. */
export function findTimes(text: string): ParsedTime[] {
  const out: ParsedTime[] = [];
  const dotTimesInUse = PLAIN_DOT_TIME.test(text);
  for (const sentence of sentences(text, { startLine: 1, endLine: 1 })) {
    const inWords = /o['’]?\s?clock|\b(?:past|after|to)\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d)/i.test(sentence.text)
      ? wordTimes(sentence.text, out[out.length - 1]?.time ?? null)
      : [];
    const start = out.length;
    const indices: number[] = [];
    // "0715   Priya sees …", "0715 – Priya …": four digits leading a log line, then a capitalised word, are a 24-hour clock time.
    const led = LEADING_FOUR_DIGITS.exec(sentence.text);
    if (led) {
      out.push({ time: `${led[1]}:${led[2]}`, qualifier: null, phrase: `${led[1]}${led[2]}`, sentence: sentence.text });
      indices.push(0);
    }
    for (const m of sentence.text.matchAll(TIME)) {
      // A digit inside a time written in words ("quarter past 8") is that time's, not one of its own.
      if (inWords.some((w) => m.index >= w.index && m.index < w.index + w.time.phrase.length)) continue;
      const [, word = '', hp, mp, part, night, h1, sep, m1, mer1, h2, mer2, h3, m3, h4, m4, named] = m;
      let time: string | null = null;
      if (hp !== undefined) {
        // Morning is before noon; afternoon, evening and night after it ("12 at night" is midnight).
        const meridiem = part?.toLowerCase() === 'morning' ? 'a' : night && Number(hp) === 12 ? 'a' : 'p';
        time = clock(Number(hp), Number(mp ?? 0), meridiem);
      } else if (h1 !== undefined) {
        // A dot separator needs a qualifier or am/pm, so "4.5" or "v2.10" is not read as a time.
        // A log line led by its time ("18.30 Change started", "9.30 - Oscar moves …") states it as plainly as "18:30" would.
        const leads = m.index === 0 && /^(?:\s+|\s*[-–—]\s+)\p{L}/u.test(sentence.text.slice(m[0].length));
        // So does one written right after a date ("last good backup 2 Mar, 22.00").
        const afterDate = DATE_BEFORE.test(sentence.text.slice(0, m.index));
        const placed = dotTimesInUse && PLACING_WORD.test(sentence.text.slice(0, m.index)) && /^\d{2}$/.test(m1 ?? '');
        if (sep === '.' && word === '' && !mer1 && !leads && !afterDate && !placed) continue;
        time = clock(Number(h1), Number(m1), mer1);
      } else if (h2 !== undefined) {
        time = clock(Number(h2), 0, mer2);
      } else if (h3 !== undefined) {
        time = clock(Number(h3), Number(m3), undefined);
      } else if (h4 !== undefined) {
        time = clock(Number(h4), Number(m4), undefined);
      } else if (named !== undefined) {
        // "after midnight", "until noon" place an event around the hour, they do not state a time of it.
        if (RELATIVE_TO_HOUR.test(sentence.text.slice(0, m.index))) continue;
        time = named.toLowerCase() === 'midnight' ? '00:00' : '12:00';
      }
      if (time) {
        out.push({ time, qualifier: qualifierOf(word), phrase: m[0], sentence: sentence.text });
        indices.push(m.index);
      }
    }
    // Times in words join the others in the order the sentence gives them.
    for (const w of inWords) {
      const at = indices.findIndex((i) => i > w.index);
      const position = at < 0 ? out.length : start + at;
      out.splice(position, 0, w.time);
      indices.splice(at < 0 ? indices.length : at, 0, w.index);
    }
  }
  return out;
}

// Looks like a clock time but is not one: "25:00", "9:75", "13 pm", "14:30 pm".
const CLOCK_LIKE = /(?<![\d.:])(\d{1,2})(?::(\d{2})(?:\s*([ap])\.?\s?m\.?(?![a-z]))?|\.(\d{2})\s*([ap])\.?\s?m\.?(?![a-z]))|(?<![\d.:])(\d{1,2})\s*([ap])\.?\s?m\.?(?![a-z])/gi;

/** Time-like phrases the text states that cannot be read as a time of day, so they can be warned about. */
export function unreadableTimes(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(CLOCK_LIKE)) {
    const [phrase, h1, colonMinutes, colonMeridiem, dotMinutes, dotMeridiem, h2, mer2] = m;
    const ok = h1 !== undefined
      ? clock(Number(h1), Number(colonMinutes ?? dotMinutes), colonMeridiem ?? dotMeridiem)
      : clock(Number(h2), 0, mer2);
    if (!ok) out.push(phrase.trim());
  }
  return out;
}
