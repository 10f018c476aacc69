import type { List } from 'mdast';
import { sourceOf, spanOf, textOf } from './markdown.js';
import { hasTitleWord, looksLikeName, readPartyLine } from './party-line.js';
import { normalisePersonKey } from './normalise.js';
import type { ProblemList } from './problems.js';
import type { ParsedParty } from './report-types.js';
import { cellsOf, TABLE_RULE } from './pipe-table.js';

export const MAX_FIELD_LENGTH = 200;

const LIST_MARKER = /^\s*\d+[.)]\s*/;

/** Name and title of a party line in the template order, for callers that only know "Name - Title". */
export function splitPartyLine(text: string): { name: string; title: string } {
  const { name, title } = readPartyLine(text, new Set());
  return { name, title };
}

/** Reads one list of parties; `signers` are normalised names the report's sign-offs use, evidence for the order. */
export function parseParties(markdown: string, list: List, problems: ProblemList, signers: ReadonlySet<string> = new Set()): ParsedParty[] {
  const out: ParsedParty[] = [];
  const start = list.start ?? 1;
  list.children.forEach((item, index) => {
    const span = spanOf(item);
    const first = item.children[0];
    // "- **Network**" over "  - Anson Tsang – Network Architect": a team heading its people, read from the nested list.
    const nested = item.children.find((c): c is List => c.type === 'list');
    if (nested && first?.type === 'paragraph' && readPartyLine(textOf(first), signers).title === '') {
      for (const party of parseParties(markdown, nested, problems, signers)) out.push({ ...party, ordinal: out.length + 1 });
      return;
    }
    // "3. - Title" becomes a nested bullet list in mdast, so the typed text is read from source instead.
    const text =
      first?.type === 'paragraph'
        ? textOf(item).split('\n')[0] ?? ''
        : sourceOf(markdown, item).split(/\r\n|\r|\n/)[0]?.replace(LIST_MARKER, '') ?? '';
    const ordinal = list.ordered ? start + index : index + 1;
    const line = readPartyLine(text, signers);
    const { name, title } = line;
    if (name === '') {
      problems.warn('EMPTY_PARTY', span.startLine, `Party ${ordinal} on line ${span.startLine} has no name; the line is not read`);
      return;
    }
    if (title === '') {
      problems.warn(
        'PARTY_WITHOUT_TITLE',
        span.startLine,
        `Party "${name}" on line ${span.startLine} has no title (expected "Name - Title"); the line is not read`,
      );
      return;
    }
    if (name.length > MAX_FIELD_LENGTH || title.length > MAX_FIELD_LENGTH) {
      problems.warn('FIELD_TOO_LONG', span.startLine, `Party line ${span.startLine} is longer than ${MAX_FIELD_LENGTH} characters; the line is not read`);
      return;
    }
    if (line.evidence === null) {
      problems.warn(
        'AMBIGUOUS_PARTY_ORDER',
        span.startLine,
        `Line ${span.startLine}: cannot tell which of "${name}" and "${title}" is the name; read as "Name ${line.separator} Title"`,
      );
    }
    if (out.some((p) => p.name.toLowerCase() === name.toLowerCase())) {
      problems.warn('DUPLICATE_PARTY', span.startLine, `Party "${name}" is listed twice`);
    }
    out.push({ ordinal, name, title, span });
  });
  return out;
}

/** "A / Title; B / Title": several parties on one line, read only when every piece is a confident party. */
// "Present:", "Attendees:", "Involved:": a label before a sentence listing the people.
const LIST_LABEL = /^(?:present|attendees?|participants?|involved|people involved|in attendance|parties)\s*[:：]\s*/i;

/** The pieces of a list of people: split on semicolons, or on commas outside brackets ("A (Chairman, ERG), B (CFO)"). */
function peopleList(text: string): string[] {
  if (text.includes(';')) return text.split(/\s*;\s*/);
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ',' && depth === 0) {
      pieces.push(text.slice(start, i));
      start = i + 1;
    }
  }
  pieces.push(text.slice(start));
  // Only "Name (Title)" pieces make a comma list: a comma also separates a name from its title.
  return pieces.every((p) => /\([^()]+\)\s*\.?\s*$/.test(p.trim()) || p.trim() === '') ? pieces : [text];
}

function severalOnOneLine(text: string, signers: ReadonlySet<string>): { name: string; title: string }[] | null {
  const pieces = peopleList(text.replace(LIST_LABEL, '').replace(/\.\s*$/, '')).map((p) => p.trim().replace(/^and\s+/i, '')).filter((p) => p !== '');
  if (pieces.length < 2) return null;
  const read = pieces.map((p) => readPartyLine(p, signers));
  const confident = read.every((r) => r.evidence !== null && r.name !== '' && r.title !== '' && r.name.length <= MAX_FIELD_LENGTH && r.title.length <= MAX_FIELD_LENGTH && looksLikeName(r.name));
  return confident ? read : null;
}

// "… with the help of Ivan Cheung (Cloud and Infrastructure Administrator), who led …": a name shaped as a person's,
// then a title in brackets, inside a sentence of the parties section.
const NAME_THEN_TITLE = /((?:\p{Lu}[\p{L}'’-]+\s+){1,2}\p{Lu}[\p{L}'’-]+)\s*\(([^()]{3,80})\)/gu;

function partiesInProse(sentence: string): { name: string; title: string }[] {
  if (sentence.split(/\s+/).length < 8) return [];
  return [...sentence.matchAll(NAME_THEN_TITLE)]
    .map((m) => ({ name: (m[1] ?? '').trim(), title: (m[2] ?? '').trim() }))
    .filter((p) => looksLikeName(p.name) && hasTitleWord(p.title));
}

const NAME_HEADER = /^(?:(?:full )?names?|person|party|staff|member)$/i;
const TITLE_HEADER = /^(?:(?:job )?titles?|roles?|position|post|designation)$/i;

const NOT_PRESENT = /^(?:apologies|absent|regrets|not present|unable to attend)\s*[*_]*\s*[:：]/i;

/**
 * Party lines written as plain lines (a word processor's "Name<TAB>Title") or as a Markdown table. Each line
 * is a party only when the evidence decides which side is the name; otherwise it is warned about and left unread.
 */
export function parsePartyParagraph(
  text: string,
  firstLine: number,
  signers: ReadonlySet<string>,
  problems: ProblemList,
  firstOrdinal: number,
): { parties: ParsedParty[]; readLines: number[] } {
  const parties: ParsedParty[] = [];
  const readLines: number[] = [];
  let columns: { name: number; title: number } | null = null;
  // "A – Title; B – DC\nSupport Engineer; …": a list of people separated by semicolons runs over the line breaks.
  const written = text.split('\n');
  const runOn = text.includes(';') && !text.trim().startsWith('|') && written.length > 1;
  const lines = runOn ? [written.map((l) => l.trim()).join(' ')] : written;
  if (runOn) for (let i = 1; i < written.length; i++) readLines.push(firstLine + i);
  lines.forEach((raw, i) => {
    const line = firstLine + i;
    const trimmed = raw.trim();
    if (trimmed === '') return;
    // "Apologies: Nick Huang", "Absent: …": people who did not take part; the line is left unread, with its reason.
    if (NOT_PRESENT.test(trimmed.replace(/^[*_]+/, ''))) return;
    const several = severalOnOneLine(trimmed, signers);
    if (several) {
      for (const read of several) parties.push({ ordinal: firstOrdinal + parties.length, name: read.name, title: read.title, span: { startLine: line, endLine: line } });
      readLines.push(line);
      return;
    }
    const isTableRow = trimmed.startsWith('|');
    if (isTableRow && TABLE_RULE.test(trimmed)) {
      readLines.push(line);
      return;
    }
    const cells = isTableRow ? cellsOf(trimmed) : [];
    if (isTableRow && cells.some((c) => NAME_HEADER.test(c)) && cells.some((c) => TITLE_HEADER.test(c))) {
      columns = { name: cells.findIndex((c) => NAME_HEADER.test(c)), title: cells.findIndex((c) => TITLE_HEADER.test(c)) };
      readLines.push(line);
      return;
    }
    const fromHeader = columns && isTableRow ? { name: cells[columns.name] ?? '', title: cells[columns.title] ?? '', evidence: 'table header' } : null;
    const read = fromHeader ?? readPartyLine(isTableRow && cells.length === 2 ? `${cells[0]} - ${cells[1]}` : trimmed, signers);
    // Outside a list a line must also have a side shaped like a name (or signing the report) to count as a party.
    const nameLike = looksLikeName(read.name) || signers.has(normalisePersonKey(read.name)) || fromHeader !== null;
    if (!nameLike || read.name === '' || read.title === '' || read.evidence === null || read.evidence === 'empty side' || read.evidence === 'no separator') {
      const inProse = partiesInProse(trimmed);
      if (inProse.length > 0) {
        problems.warn('PARTIES_FROM_PROSE', line, `Line ${line}: ${inProse.map((p) => `"${p.name} (${p.title})"`).join(', ')} read as parties from a sentence; check nobody else in it took part`);
        for (const p of inProse) parties.push({ ordinal: firstOrdinal + parties.length, name: p.name, title: p.title, span: { startLine: line, endLine: line } });
        readLines.push(line);
        return;
      }
      problems.warn('UNEXPECTED_CONTENT', line, `Line ${line} in Related Parties is not a party line the importer can read with confidence`);
      return;
    }
    if (read.name.length > MAX_FIELD_LENGTH || read.title.length > MAX_FIELD_LENGTH) {
      problems.warn('FIELD_TOO_LONG', line, `Party line ${line} is longer than ${MAX_FIELD_LENGTH} characters; the line is not read`);
      return;
    }
    parties.push({ ordinal: firstOrdinal + parties.length, name: read.name, title: read.title, span: { startLine: line, endLine: line } });
    readLines.push(line);
  });
  return { parties, readLines };
}
