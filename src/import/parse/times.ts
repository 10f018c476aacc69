import type { ParsedTime } from './report-types.js';
import { sentences } from './text-units.js';

const QUALIFIER = '(?:(at\\s+around|at\\s+about|around|about|approximately|at|by)\\s+)?';
const MERIDIEM = '([ap])\\.?\\s?m\\.?(?![a-z])';
// "8.30 in the morning", "2 in the afternoon", "11 at night": the part of the day is the meridiem.
// One alternation so overlapping readings of the same digits cannot both count:
// "8.30 in the morning" / "2 in the afternoon" | "23:00" / "14:07:30" / "9:40 pm" / "9:40 p.m." / "23.00" |
// "11 am" / "9am" | "2300 hrs" | "21h15" | "noon" / "midnight".
const TIME = new RegExp(
  `\\b${QUALIFIER}(?:(\\d{1,2})(?:[:.](\\d{2}))?(?:\\s+in\\s+the\\s+(morning|afternoon|evening)|\\s+at\\s+(night))|(\\d{1,2})([:.])(\\d{2})(?::[0-5]\\d)?(?:\\s*${MERIDIEM})?|(\\d{1,2})\\s*${MERIDIEM}|([01]\\d|2[0-3])([0-5]\\d)\\s*(?:hrs|hours|hr|h)\\b|([01]?\\d|2[0-3])h([0-5]\\d)\\b|(noon|midday|midnight)\\b)(?!\\s*(?:GB|MB|TB|%|ms\\b|s\\b))`,
  'gi',
);

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
  if (w.includes('around') || w.includes('about') || w === 'approximately') return 'around';
  return w === 'by' ? 'by' : 'at';
}

/** Every time of day the text states, in order, each with the sentence it belongs to. */
export function findTimes(text: string): ParsedTime[] {
  const out: ParsedTime[] = [];
  for (const sentence of sentences(text, { startLine: 1, endLine: 1 })) {
    for (const m of sentence.text.matchAll(TIME)) {
      const [, word = '', hp, mp, part, night, h1, sep, m1, mer1, h2, mer2, h3, m3, h4, m4, named] = m;
      let time: string | null = null;
      if (hp !== undefined) {
        // Morning is before noon; afternoon, evening and night after it ("12 at night" is midnight).
        const meridiem = part?.toLowerCase() === 'morning' ? 'a' : night && Number(hp) === 12 ? 'a' : 'p';
        time = clock(Number(hp), Number(mp ?? 0), meridiem);
      } else if (h1 !== undefined) {
        // A dot separator needs a qualifier or am/pm, so "4.5" or "v2.10" is not read as a time.
        // A log line led by its time ("18.30 Change started") states it as plainly as "18:30" would.
        const leads = m.index === 0 && /^\s+\p{L}/u.test(sentence.text.slice(m[0].length));
        if (sep === '.' && word === '' && !mer1 && !leads) continue;
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
      if (time) out.push({ time, qualifier: qualifierOf(word), phrase: m[0], sentence: sentence.text });
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
