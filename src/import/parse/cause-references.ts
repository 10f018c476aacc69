/**
 * Causes a recommendation names itself: tags (`[cause a]`, `(Root cause 1)`, `→ 2`, `(RC1)`), wording
 * (`addresses cause 2`, `for causes 1 and 3`), group lines (`Against cause 2:`) and words (`both causes`,
 * `the first two causes`). Read here as written; which causes they are is decided against the report's causes
 * when the facts are read (`extract/recommendation-links.ts`).
 */

/** What one reference points at: causes by number (letters a, b, c are read as 1, 2, 3), by label, or by a phrase. */
export interface CauseReference {
  /** The reference as the author wrote it, for the rule and warnings. */
  written: string;
  line: number;
  numbers: number[];
  /** Labels such as `RC1`, upper-cased without spaces or dashes. */
  labels: string[];
  /** `all causes` (count null) or `all three causes`, `both causes` (count 2). */
  all: { count: number | null } | null;
  /** True for a tag standing apart from the sentence (after its full stop, in square brackets, or an arrow). */
  standsApart: boolean;
}

const NUMBER_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6 };
// `last` counts from the end: resolved against the report's causes.
const ORDINALS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, last: -1 };

// One item of a list of references: a number, a single letter, or a label like RC1 / CF-2.
// "#1" as some number them.
// Roman numerals i to viii, as causes marked "(i)" … "(iv)" are referred to ("-> ii", "i, ii").
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, v: 5, vi: 6, vii: 7, viii: 8 };
// "RC" alone is the root cause, beside numbered contributing factors ("(RC, CF1)").
// "4.1" is a cause numbered by its place in an outline ("4.1 The carrier moved …").
// "RC#1"; "(causes one and four)": a number in words.
const ITEM = String.raw`#?(?:[A-Z]{1,3}#?-?\d{1,2}|\d{1,2}\.\d{1,2}(?!\d)|\d{1,2}|RC|one|two|three|four|five|six|viii|vii|vi|iv|v|iii|ii|i|[a-h])\b`;
// Each way of joining two items matches in one way only, so a long run of near-joins cannot backtrack without end.
// "RC#1 RC#3": labels side by side with only a space between them.
const JOIN = String.raw`(?:[ \t]*[,&\/+–-][ \t]*(?:and[ \t]+)?|[ \t]+(?:and|or|to|through)[ \t]+|[ \t]+(?=[A-Z]{1,3}#?\d))`;
const LIST = `${ITEM}(?:${JOIN}${ITEM})*`;
// "Why #1" in a report whose causes are its whys; "RC 1, 3" spaced (unspaced "RC1" is a label).
// "→ Issue 3" where the causes are listed as "Issue 1:", "Issue 2:" (as minutes list them).
const CAUSE_WORD = String.raw`(?:(?:(?:root|contributing)\s+)?(?:causes?|factors?|whys?|issues?(?=\s+#?\d))|RCs?(?=\s+#?\d))`;

/** Reads a list like `1 to 3`, `a, c`, `1 and 2`, `RC1/RC2` into numbers and labels; null when an item is none of them. */
function readList(list: string): { numbers: number[]; labels: string[] } | null {
  const numbers: number[] = [];
  const labels: string[] = [];
  const joined = list.replace(/\b([A-Z]{1,3})-(\d)/gi, '$1$2').replace(/#(?=[\dA-Za-z])/g, '');
  const pieces = joined.split(/\s*(,|\band\b|&|\/|\+|\bor\b|\bto\b|\bthrough\b|–|-)\s*|\s+(?=[A-Z]{1,3}\d)/i).filter((p) => p !== undefined);
  let range = false;
  for (const raw of pieces) {
    const piece = raw.trim();
    if (piece === '' || /^(?:,|and|&|\/|\+|or)$/i.test(piece)) continue;
    if (/^(?:to|through|–|-)$/i.test(piece)) {
      range = true;
      continue;
    }
    if (/^\d{1,2}\.\d{1,2}$/.test(piece)) {
      labels.push(piece);
      range = false;
      continue;
    }
    if (/^rc$/i.test(piece)) {
      labels.push('RC');
      range = false;
      continue;
    }
    let n: number | null = NUMBER_WORDS[piece.toLowerCase()] ?? null;
    if (/^\d{1,2}$/.test(piece)) n = Number(piece);
    else if (/^[a-h]$/i.test(piece)) n = piece.toLowerCase().charCodeAt(0) - 96;
    else if (ROMAN[piece.toLowerCase()] !== undefined) n = ROMAN[piece.toLowerCase()] ?? null;
    if (n === null) {
      if (!/^[A-Z]{1,3}\d{1,2}$/i.test(piece)) return null;
      labels.push(piece.toUpperCase());
      range = false;
      continue;
    }
    const from = numbers[numbers.length - 1];
    if (range && from !== undefined && n > from) for (let k = from + 1; k < n; k++) numbers.push(k);
    numbers.push(n);
    range = false;
  }
  return numbers.length + labels.length > 0 ? { numbers, labels } : null;
}

// A tag after the sentence: bracketed, or an arrow, at the very end of the item.
// "(Ref: a)", "(fixes 1, 2)", "(→ 2, 3)": a word or arrow that makes the tag a pointer, as a cause word does.
// "[Root cause: b]", "(This addresses causes 1 and 3.)": a colon after the cause word, a sentence in brackets.
// "(re #1)", "(see 2)": the pointer word makes the list a reference as a cause word does.
const BRACKETED_TAG = new RegExp(String.raw`\s*([\[(])\s*((?:see|re:?)\s+(?=#?\d)|(?:see|re:?|this)\s+)?(${CAUSE_WORD}\s*[:：]?\s*(?:no\.?\s*|number\s+)?|(?:ref(?:s|erence)?\.?|fixes|addresses|answers|covers|for|→|->|=>)\s*[:：]?\s*(?:${CAUSE_WORD}\s*)?)?(${LIST})\s*\.?\s*[\])]\s*\.?$`, 'i');
const WORDED_TAG = /\s*\(\s*(?:see\s+|for\s+|re:?\s+|answers\s+|addresses\s+)?(?:the\s+)?((?:first|second|third|fourth|fifth|sixth|last)(?:\s*(?:,|and|&)\s*(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|last))+\s+(?:root\s+)?causes|(?:first|second|third|fourth|fifth|sixth|last)(?:\s+(?:two|three|four|five))?\s+(?:root\s+)?causes?|all(?:\s+(?:one|two|three|four|five|six))?(?:\s+(?:of\s+)?the)?\s+(?:root\s+)?causes|both(?:\s+of\s+the)?\s+(?:root\s+)?causes)\s*\)\s*\.?$/i;
// "-> (a)": the list after an arrow may stand in brackets.
// "…; this addresses the second cause.": a closing clause of its own that only points. (", which covers the last
// cause" is part of the sentence and stays; its reference is read from the wording.)
const POINTER_CLAUSE = /\s*;\s*(?:this|it|which)\s+(?:addresses|fixes|covers|answers|targets|mitigates)\s+(?:the\s+)?((?:first|second|third|fourth|fifth|sixth|last)(?:\s*(?:,|and|&)\s*(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|last))*\s+(?:root\s+)?causes?|(?:first|last)\s+(?:two|three|four|five)\s+(?:root\s+)?causes|(?:all|both)(?:\s+(?:two|three|four|five|six))?\s+(?:root\s+)?causes)\s*\.?$/i;
const ARROW_TAG = new RegExp(String.raw`\s*(?:→|->|=>)\s*(?:(?:fixes|addresses|answers|covers|for|see)\s+)?(${CAUSE_WORD}\s*)?\(?\s*(${LIST})\s*\)?\s*\.?$`, 'i');
// "… in 15 minutes. Addresses C1, C2": a pointer sentence of its own after the full stop, naming causes by label or
// after a cause word ("Fixes cause 2."). Bare numbers are not enough here ("See 2 below" is prose).
const POINTER_SENTENCE = new RegExp(String.raw`(?<=[.!?])\s*(?:(?:this\s+)?(?:addresses|fixes|answers|covers|mitigates|targets|see|re:?|for)\s+)(?:(${CAUSE_WORD})\s*)?(${LIST})\s*\.?$`, 'i');
// "(1+2)", "(3)" at the very end: read as causes only when the section writes them on most of its items.
const BARE_NUMBER_TAG = /\s*\(\s*(\d{1,2}(?:\s*(?:[,&+\/]|and)\s*\d{1,2})*)\s*\)\s*\.?$/i;
// A reference in the wording: `root cause 2`, `RC1`, or `cause(s) N` after a word that makes it one.
const WORDED = new RegExp(
  String.raw`(?:\b(?:for|to|against|addresses|address|addressing|covers|fixes|answers|tackles|see|re|under|per|about|targets|mitigates|both)\s+(?:the\s+)?${CAUSE_WORD}|\b(?:root|contributing)\s+(?:causes?|factors?))\s*\(?(${LIST})\)?(?=\s*(?:$|[.,;:)\]]|\s(?:and|by|with|as|also|too|first|which)\b))`,
  'gi',
);
// A label in brackets (`(RC1)`, `(C2)`), or a distinctive one in the wording (`per RC2`).
const LABEL_ONLY = /\(\s*((?:RC|CF|C)-?\d{1,2}(?:\s*(?:,|\/|&|and)\s*(?:RC|CF|C)-?\d{1,2})*)\s*\)|\b((?:RC|CF)-?\d{1,2}(?:\s*(?:,|\/|&|and)\s*(?:RC|CF)-?\d{1,2})*)\b/g;

// A cause that opens with its own label (`RC1: …`, `CF-2 – …`): the label is a mark like a number, not text.
// "**C1** The primary …" in bold: the label with only a space after it, before a capital.
const CAUSE_LABEL = /^(?:RC|CF|C)-?(\d{1,2})(?:\s*[:.)–—-]\s+|\s+(?=\p{Lu}))/u;

/** A cause's leading label and its text without it; label null when it has none. */
export function causeLabel(text: string): { label: string | null; text: string } {
  const m = CAUSE_LABEL.exec(text);
  if (!m) return { label: null, text };
  return { label: m[0].replace(/[\s:.)–—-]+$/, '').replace('-', '').toUpperCase(), text: text.slice(m[0].length) };
}
// Causes named in words: `all causes`, `all three causes`, `both causes`, `the first two causes`, `the second cause`.
const ALL_CAUSES = /\b(?:addresses\s+|covers\s+)?(all(?:\s+(one|two|three|four|five|six))?(?:\s+(?:of\s+)?the)?(?:\s+(?:above|listed))?\s+(?:root\s+)?causes|both(?:\s+of\s+the)?\s+(?:root\s+)?causes)\b(?!\s+of\b)/i;
const FIRST_N = /\bthe\s+(first|last)\s+(two|three|four|five)\s+(?:root\s+)?causes\b/i;
// "the third and fourth causes", "the first, second and fifth causes".
const ORDINAL_LIST = /\bthe\s+((?:first|second|third|fourth|fifth|sixth|last)(?:\s*(?:,|and|&)\s*(?:the\s+)?(?:first|second|third|fourth|fifth|sixth|last))+)\s+(?:root\s+)?causes\b/i;
const NTH = /\bthe\s+(first|second|third|fourth|fifth|sixth|last)\s+(?:root\s+)?cause\b(?!\s+of\b)/i;

const TAIL = 160;

function reference(written: string, line: number, list: { numbers: number[]; labels: string[] }, standsApart: boolean): CauseReference {
  return { written: written.trim(), line, numbers: list.numbers, labels: list.labels, all: null, standsApart };
}

/**
 * The references of one recommendation and its text with a standing-apart tag removed. A bracketed tag counts
 * as standing apart when it follows the full stop or is in square brackets; a parenthesis before the full stop
 * is part of the sentence and stays. Bare letters and numbers are read only in square brackets or after an arrow,
 * or, when `bareNumbersAreTags` (the section ends most items so), in round brackets at the very end.
 */
export function readCauseReferences(text: string, line: number, bareNumbersAreTags = false): { text: string; references: CauseReference[] } {
  const references: CauseReference[] = [];
  // "… headcount change. [1][4]": brackets side by side are one list.
  let kept = text.replace(/\[(\d{1,2})\](?=\[\d{1,2}\]\s*$)/g, '[$1,').replace(/,\[(\d{1,2})\]\s*$/, ',$1]').replace(/\[(\d{1,2}(?:,\d{1,2})*),\[/g, '[$1,');
  // Tags stand at the end: only the tail is searched, so a very long item costs no more than a short one.
  const tailStart = Math.max(0, kept.length - TAIL);
  const bracketed = BRACKETED_TAG.exec(kept.slice(tailStart));
  if (bracketed) {
    const [whole, open, pointerWord, causeWord, listText] = bracketed;
    const before = kept.slice(0, tailStart + bracketed.index);
    const list = readList(listText ?? '');
    const labelled = list !== null && list.labels.length > 0 && list.numbers.length === 0;
    const named = causeWord !== undefined || labelled || (pointerWord !== undefined && /^(?:see|re)/i.test(pointerWord) && /#|\d/.test(listText ?? ''));
    // A tag that names causes (`(cause 1)`, `(see RC2)`) is a pointer wherever it stands: the numbers mean
    // nothing outside the report, so it becomes the link and leaves the text.
    const apart = named || /[.!?]$/.test(before.trim()) || (open === '[' && !whole.trim().endsWith('.'));
    // "… not string match. (1, 2)": bare numbers in brackets after the full stop point at causes too.
    const numbersAfterStop = list !== null && open === '(' && /[.!?]$/.test(before.trim()) && list.labels.length === 0 && /^[\d\s,&+and-]+$/i.test(listText ?? '');
    if (list && (named || open === '[' || numbersAfterStop)) {
      references.push(reference(whole, line, list, apart));
      if (apart) kept = `${before.trim()}${whole.trim().endsWith('.') && !/[.!?]$/.test(before.trim()) ? '.' : ''}`;
    }
  }
  if (references.length === 0) {
    // A pointer in words at the end: `(for the first two causes)`, `(third cause)`, `(all causes)`.
    const worded = WORDED_TAG.exec(kept.slice(tailStart));
    const found = worded ? wordedCauses(`the ${worded[1] ?? ''}`, line) : [];
    if (worded && found.length > 0) {
      references.push(...found.map((r) => ({ ...r, written: worded[0].trim(), standsApart: true })));
      kept = `${kept.slice(0, tailStart + worded.index).trim()}${worded[0].trim().endsWith('.') ? '.' : ''}`;
    }
  }
  if (references.length === 0) {
    const clause = POINTER_CLAUSE.exec(kept.slice(tailStart));
    const found = clause ? wordedCauses(`the ${clause[1] ?? ''}`, line) : [];
    if (clause && found.length > 0) {
      references.push(...found.map((r) => ({ ...r, written: clause[0].trim(), standsApart: true })));
      kept = `${kept.slice(0, tailStart + clause.index).trim()}.`;
    }
  }
  if (references.length === 0) {
    const pointer = POINTER_SENTENCE.exec(kept.slice(tailStart));
    const list = pointer ? readList(pointer[2] ?? '') : null;
    if (pointer && list && (pointer[1] !== undefined || (list.labels.length > 0 && list.numbers.length === 0))) {
      references.push(reference(pointer[0], line, list, true));
      kept = kept.slice(0, tailStart + pointer.index).trim();
    }
  }
  if (references.length === 0 && bareNumbersAreTags) {
    const bare = BARE_NUMBER_TAG.exec(kept.slice(tailStart));
    const list = bare ? readList(bare[1] ?? '') : null;
    if (bare && list) {
      references.push(reference(bare[0], line, list, true));
      kept = `${kept.slice(0, tailStart + bare.index).trim()}${bare[0].trim().endsWith('.') ? '.' : ''}`;
    }
  }
  if (references.length === 0) {
    const arrow = ARROW_TAG.exec(kept.slice(tailStart));
    const list = arrow ? readList(arrow[2] ?? '') : null;
    if (arrow && list) {
      references.push(reference(arrow[0], line, list, true));
      kept = kept.slice(0, tailStart + arrow.index).trim();
    }
  }
  const inside = references.length > 0 && !references[0]?.standsApart ? '' : kept;
  for (const m of inside.matchAll(WORDED)) {
    const list = readList(m[1] ?? '');
    if (list) references.push(reference(m[0], line, list, false));
  }
  if (references.length === 0) {
    for (const m of inside.matchAll(LABEL_ONLY)) {
      const list = readList(m[1] ?? m[2] ?? '');
      if (list) references.push(reference(m[0], line, list, false));
    }
  }
  if (references.length === 0) references.push(...wordedCauses(kept, line));
  return { text: kept, references };
}

// "Causes: 1, 3" on a line of its own under the recommendation (beside "Owner: …"): a labelled field, not text.
const LABELLED_FIELD = new RegExp(String.raw`(?:^|\s)(?:(?:root\s+)?causes?|addresses|fixes|linked\s+causes?)\s*[:：]\s*(${LIST})\s*\.?$`, 'i');

/** A trailing "Causes: 1, 3" field: the text without it and the reference, or null when the item has none. */
export function readLabelledCauses(text: string, line: number): { text: string; reference: CauseReference } | null {
  const tailStart = Math.max(0, text.length - TAIL);
  const m = LABELLED_FIELD.exec(text.slice(tailStart));
  const list = m ? readList(m[1] ?? '') : null;
  if (!m || !list) return null;
  const kept = text.slice(0, tailStart + m.index).trim();
  return kept === '' ? null : { text: kept, reference: reference(m[0], line, list, true) };
}

function wordedCauses(text: string, line: number): CauseReference[] {
  const all = ALL_CAUSES.exec(text);
  if (all) {
    const phrase = all[1] ?? '';
    const count = /^both/i.test(phrase) ? 2 : all[2] ? (NUMBER_WORDS[all[2].toLowerCase()] ?? null) : null;
    return [{ written: phrase, line, numbers: [], labels: [], all: { count }, standsApart: false }];
  }
  const listed = ORDINAL_LIST.exec(text);
  if (listed) {
    const numbers = (listed[1] ?? '').toLowerCase().split(/\s*(?:,|and|&)\s*(?:the\s+)?/).map((w) => ORDINALS[w.trim()] ?? 0).filter((n) => n !== 0);
    if (numbers.length > 1) return [{ written: listed[0], line, numbers, labels: [], all: null, standsApart: false }];
  }
  const first = FIRST_N.exec(text);
  if (first) {
    const n = NUMBER_WORDS[(first[2] ?? '').toLowerCase()] ?? 0;
    // "The last two" is resolved against the count of causes; written here as negative positions.
    const numbers = first[1]?.toLowerCase() === 'first' ? Array.from({ length: n }, (_, i) => i + 1) : Array.from({ length: n }, (_, i) => -(n - i));
    return [{ written: first[0], line, numbers, labels: [], all: null, standsApart: false }];
  }
  const nth = NTH.exec(text);
  if (nth) return [{ written: nth[0], line, numbers: [ORDINALS[(nth[1] ?? '').toLowerCase()] ?? 0], labels: [], all: null, standsApart: false }];
  return [];
}

// A group line: `Against cause 2:`, `For root cause 1:`, `Cause 3 —`, `Addresses causes 1 and 2:`, optionally with a short name after a dash or colon.
const GROUP_LINE = new RegExp(
  String.raw`^(?:(?:against|for|addressing|re:?|on|to\s+address|tackling)\s+)?(?:the\s+)?(${CAUSE_WORD}|RC)\s*\(?(${LIST})\)?\s*(?:[:—–-]\s*(?:[^.:]{0,60}?)\s*:?)?\s*$`,
  'i',
);

/** A line that heads a group of recommendations by the cause they answer; null when the line is anything else. */
export function readGroupLine(text: string, line: number): CauseReference | null {
  // A group line is short; a long paragraph is never one, and is not searched.
  if (text.length > 200) return null;
  const plain = text.replace(/^[*_#\s]+|[*_\s]+$/g, '').trim();
  if (plain.split(/\s+/).length > 12) return null;
  const m = GROUP_LINE.exec(plain);
  if (!m) return null;
  // A group line is set apart: it ends in a colon or dash, or is only the reference.
  if (!/[:—–-]\s*$/.test(plain) && !/[:—–-]/.test(plain.slice((m[1] ?? '').length)) && plain.split(/\s+/).length > 3) return null;
  const list = readList(m[1]?.toUpperCase() === 'RC' ? `RC${m[2] ?? ''}` : (m[2] ?? ''));
  return list ? reference(plain, line, list, true) : null;
}

/** The causes a table cell names (`1`, `a, c`, `RC2`, `Causes 1 and 3`); null when the cell is empty or says something else. */
export function readReferenceCell(cell: string, line: number): CauseReference | null {
  const m = new RegExp(String.raw`^(?:${CAUSE_WORD}\s*)?(${LIST})\.?$`, 'i').exec(cell.trim());
  const list = m ? readList(m[1] ?? '') : null;
  return list ? reference(cell, line, list, true) : null;
}

/** True when most items of a list end in round brackets holding only numbers ("… (1+2)", "… (3)"): the author's tags. */
export function endsInNumberTags(texts: readonly string[]): boolean {
  const tagged = texts.filter((t) => BARE_NUMBER_TAG.test(t.slice(-TAIL))).length;
  return tagged >= 2 && tagged * 2 > texts.length;
}
