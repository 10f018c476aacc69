import type { Paragraph } from 'mdast';
import type { Block } from './markdown.js';
import { spanOf, textOf } from './markdown.js';
import { bareSignOffLabel, isSignOffLike, isSignOffText } from './parse-signoffs.js';
import { hasTitleWord, looksLikeName } from './party-line.js';
import type { ProblemList } from './problems.js';
import { startsLikeDate } from './read-dates.js';
import type { SectionId } from './sections.js';
import { readGroupLine } from './cause-references.js';
import { matchHeader, SECTION_PATTERNS } from './sections.js';
import type { LineLedger } from './line-ledger.js';
import { readPipeTable } from './pipe-table.js';
import { LETTERHEAD, PERIOD_LINE, REPORT_LABEL, SIGN_OFF_HEADING } from './report-labels.js';
import { normaliseSectionName, withoutPictographs } from './section-names.js';

export interface Section {
  id: SectionId;
  line: number;
  blocks: Block[];
  /** How surely the header names the section: 3 its name, 2 a near spelling or a word only that section uses, 1 a word others use too. */
  nameStrength?: number;
  /** The header as written, for warnings. */
  headerText?: string;
  endLine?: number;
}

// Words that name a section only loosely: "Summary of events" is as often a summary as the timeline.
const WEAK_WORDS = new Set(['events', 'event', 'log', 'history', 'actions', 'action', 'why']);
function nameStrength(header: { confidence: string; word: string }): number {
  if (header.confidence === 'exact') return 3;
  if (header.confidence === 'typo') return 2;
  return WEAK_WORDS.has(header.word) ? 1 : 2;
}

export interface Layout {
  titleBlock: Block | null;
  preamble: Block[];
  sections: Section[];
  signOffBlocks: Block[];
  periodBlocks: { block: Block; text: string; line?: number }[];
  /** "Affected: DHCP-01, WLC-02", "**Equipment:** …" lines outside the information section: what the incident touched. */
  equipmentBlocks: { block: Block; label: string; text: string }[];
  lastLine: number;
}

// A one-line label naming what the incident touched, then the list: "Affected: DHCP-01 (primary), WLC-02".
const EQUIPMENT_LINE = /^[*_]*((?:affected(?: (?:systems?|equipment|assets?|devices?|hosts?|servers?))?|(?:systems?|equipment|assets?|devices?|hardware)(?: affected)?))[*_]*\s*[:：]\s*[*_]*\s*(\S.*)$/i;
// Sections whose paragraphs may hold the period line; inside the timeline or the lists a "Date:" is content.
const PERIOD_SECTIONS = new Set<SectionId | undefined>([undefined, 'parties', 'information', 'symptoms']);

/** A paragraph holding text that followed a header on the header's own paragraph ("Symptoms: text"). */
export function restParagraph(text: string, line: number, endLine: number): Paragraph {
  return {
    type: 'paragraph',
    children: [{ type: 'text', value: text }],
    position: { start: { line, column: 1 }, end: { line: Math.max(line, endLine), column: 1 } },
  };
}

const LABELS: Record<SectionId, string> = Object.fromEntries(SECTION_PATTERNS.map((s) => [s.id, s.label])) as Record<SectionId, string>;

/** A section under a header the importer does not know, held until its content shows what it is. */
interface Pending {
  text: string;
  line: number;
  endLine: number;
  blocks: Block[];
}

// Dated lines under an unnamed header make it the timeline: at least this many entries led by a date.
const MIN_DATED_ENTRIES = 2;

function datedEntries(blocks: Block[]): number {
  let count = 0;
  for (const block of blocks) {
    const parts = block.type === 'list' ? block.children : [block];
    for (const part of parts) {
      // A table row counts by its first cell: "| 16 May 2026 | 22:00 | Patch job starts |".
      // So does a paragraph of prose opening on its day: "On Tuesday 13th May at around 10 …".
      for (const line of textOf(part).split('\n')) if (startsLikeDate(line.trim().replace(/^\|\s*/, '').replace(/^(?:on|by|during)\s+/i, ''))) count++;
    }
  }
  return count;
}

/**
 * A table of sign-offs ("| Role | Name | Date |" then "| Prepared by | Daniel Kwok | 2026-10-29 |"): its rows as the
 * sign-off lines they stand for, on the rows' own lines; null when any row is not a sign-off.
 */
function signOffTable(text: string, firstLine: number): { block: Paragraph; firstLine: number } | null {
  const table = readPipeTable(text, firstLine);
  if (!table || table.body.length === 0) return null;
  // "| Role | Name | Status | Date |": with a Name column, the signer is that cell alone (a status or a date beside it
  // says nothing of who signed).
  const nameColumn = table.header.findIndex((h) => /^(?:name|signed by|signatory|signer)$/i.test(h.trim()));
  const lines = table.body.map((row) => {
    const [label = '', ...rest] = row.cells.filter((c) => c !== '');
    const signer = nameColumn > 0 ? (row.cells[nameColumn] ?? '').trim() : rest.join(', ');
    return `${label.replace(/[:：]\s*$/, '')}: ${signer}`;
  });
  if (!lines.every((line) => isSignOffText(line))) return null;
  const first = table.body[0]?.line ?? firstLine;
  const last = table.body[table.body.length - 1]?.line ?? first;
  if (last - first !== lines.length - 1) return null;
  return { block: restParagraph(lines.join('\n'), first, last), firstLine: first };
}

const PERIOD_IN_TEXT = /[.!?:]\s+(?:incident|outage)\s+(?:period|dates?)\s*[:：]\s*([^;\n]*?\d[^;\n]*?)\.?\s*$/i;
const DISTRIBUTION_LINE = /^(?:cc|bcc|copy to|copies to|distribution(?:\s+list)?|circulation(?:\s+list)?)\s*[:：]/i;

// The first header names the root cause and the second the factors around it, or the reverse.
const ROOT_AND_CONTRIBUTING = /\broot\b.*\|.*\b(?:contributing|factors?|other causes)\b|\b(?:contributing|factors?)\b.*\|.*\broot\b/i;

/** Splits the document into template sections; sign-off and period lines are pulled out wherever they sit. */
export function layout(blocks: Block[], problems: ProblemList, ledger: LineLedger): Layout {
  const out: Layout = { titleBlock: null, preamble: [], sections: [], signOffBlocks: [], periodBlocks: [], equipmentBlocks: [], lastLine: 1 };
  let current: Section | null = null;
  let pending: Pending | null = null;
  let periodHeader: { line: number; text: string; endLine: number } | null = null;

  // Sections under unknown headers after the first section; which (if any) is the timeline is decided at the end.
  const unknownSections: Pending[] = [];
  const settle = () => {
    if (!pending) return;
    const p = pending;
    pending = null;
    if (current === null && out.sections.length === 0 && datedEntries(p.blocks) < MIN_DATED_ENTRIES) {
      // Before the first section an unknown heading keeps the old reading: its paragraphs are the preamble.
      ledger.skip(p.line, p.line, `header of a section the importer does not read ("${p.text}")`);
      out.preamble.push(...p.blocks);
      return;
    }
    unknownSections.push(p);
  };
  // "What went wrong" over dated lines, then "Why it happened": a section named from a loose word whose content is
  // the day-by-day log is the timeline, when the report has none, and the later header takes the name.
  const timelineByContent = (id: SectionId | null) => {
    if (out.sections.some((s) => s.id === 'description')) return;
    const dated = out.sections.find((s) => (id === null || s.id === id) && (s.nameStrength ?? 3) < 3 && datedEntries(s.blocks) >= MIN_DATED_ENTRIES);
    if (!dated) return;
    problems.warn('SECTION_GUESSED_FROM_CONTENT', dated.line, `Line ${dated.line}: "${dated.headerText ?? ''}" read as the "Incident Description" (timeline) section because it lists dated lines, not as the "${LABELS[dated.id]}" section`);
    dated.id = 'description';
  };
  const settleUnknown = () => {
    // Content fallback: with no timeline under any known name, the first unnamed section of dated lines is it.
    const timeline = out.sections.some((s) => s.id === 'description') ? undefined : unknownSections.find((p) => datedEntries(p.blocks) >= MIN_DATED_ENTRIES);
    for (const p of unknownSections) {
      if (p === timeline) {
        problems.warn('SECTION_GUESSED_FROM_CONTENT', p.line, `Line ${p.line}: "${p.text}" read as the "Incident Description" (timeline) section because it lists dated lines`);
        ledger.read(p.line, p.line, 'section header');
        const at = out.sections.findIndex((s) => s.line > p.line);
        out.sections.splice(at < 0 ? out.sections.length : at, 0, { id: 'description', line: p.line, blocks: p.blocks });
        continue;
      }
      // "Sign-off", "Approvals": the heading of the sign-off lines, which are read wherever they stand.
      if (p.blocks.length === 0 && SIGN_OFF_HEADING.test(normaliseSectionName(p.text))) {
        ledger.read(p.line, p.line, 'heading of the sign-offs');
        continue;
      }
      problems.warn('UNKNOWN_SECTION', p.line, `Section "${p.text}" is not part of the template and was skipped`);
      ledger.skip(p.line, p.line, `header of a section the importer does not read ("${p.text}")`);
      for (const b of p.blocks) ledger.skip(spanOf(b).startLine, spanOf(b).endLine, 'inside a section the importer does not read');
    }
  };

  // "Written by: Grace Wong" among the header's labelled lines ("Date: …", "Ref: …") is the author signing the report.
  const pullSignOffLines = (block: Block) => {
    const first = spanOf(block).startLine;
    const lines = textOf(block).split('\n');
    if (lines.length < 2) return;
    lines.forEach((line, i) => {
      if (isSignOffText(line.trim())) out.signOffBlocks.push(restParagraph(line.trim(), first + i, first + i));
    });
  };

  // A signature block: "Prepared by:", a line of underscores to sign on, the name, the signer's title.
  let signature: { label: string; line: number; named: boolean } | null = null;

  for (const block of blocks) {
    const span = spanOf(block);
    if (signature && block.type === 'paragraph') {
      const text = textOf(block).trim();
      if (/^[_\s.]{3,}$|^signature\b/i.test(text)) {
        ledger.read(span.startLine, span.endLine, 'signature line');
        continue;
      }
      if (!signature.named && looksLikeName(text)) {
        out.signOffBlocks.push(restParagraph(`${signature.label}: ${text}`, signature.line, signature.line));
        ledger.read(span.startLine, span.endLine, 'signer');
        signature.named = true;
        continue;
      }
      if (signature.named && hasTitleWord(text) && !looksLikeName(text) && text.split(/\s+/).length <= 8 && bareSignOffLabel(text) === null) {
        ledger.read(span.startLine, span.endLine, "signer's title");
        signature = null;
        continue;
      }
      if (!signature.named) problems.warn('EMPTY_SIGN_OFF', signature.line, `Sign-off "${signature.label}" on line ${signature.line} names nobody`);
      signature = null;
    }
    const bare = block.type === 'paragraph' && (current || pending) && !textOf(block).includes('\n') ? bareSignOffLabel(textOf(block)) : null;
    if (bare) {
      if (signature && !signature.named) problems.warn('EMPTY_SIGN_OFF', signature.line, `Sign-off "${signature.label}" on line ${signature.line} names nobody`);
      signature = { label: bare, line: span.startLine, named: false };
      ledger.read(span.startLine, span.startLine, 'sign-off label');
      continue;
    }
    out.lastLine = Math.max(out.lastLine, span.endLine);
    if (!out.titleBlock && !current && !pending) {
      // A "#" heading, or failing that the first heading of any level that is not a section name, or a first line
      // that says it is an incident report.
      // A letterhead set as a heading ("### Hyper Group Network Ltd — IT Department") names who wrote the report,
      // not the incident: it joins the preamble and the title is looked for after it.
      const letterhead = block.type === 'heading' && LETTERHEAD.test(textOf(block)) && !REPORT_LABEL.test(textOf(block)) && textOf(block).split(/\s+/).length <= 10;
      if (letterhead) {
        out.preamble.push(block);
        continue;
      }
      const first = out.preamble.every((b) => b.type === 'heading' && LETTERHEAD.test(textOf(b)));
      const headingTitle = block.type === 'heading' && (block.depth === 1 || (first && matchHeader(block, { allowInline: false, titleSeen: false })?.kind !== 'known'));
      // "INCIDENT REPORT – Staff portal sign-in loop" names the incident even when a word of it names a section.
      const isTitle = headingTitle || (block.type === 'heading' && first && REPORT_LABEL.test(textOf(block))) || (first && block.type === 'paragraph' && REPORT_LABEL.test(textOf(block)));
      if (isTitle) {
        out.titleBlock = block;
        if (block.type !== 'heading' || block.depth !== 1) problems.warn('TITLE_GUESSED', span.startLine, `Line ${span.startLine}: read as the title although it is not a "#" heading`);
        continue;
      }
    }
    const firstLine = withoutPictographs(textOf(block).split('\n')[0] ?? '');
    if (block.type === 'paragraph' && PERIOD_SECTIONS.has(current?.id) && PERIOD_LINE.test(firstLine)) {
      out.periodBlocks.push({ block, text: (PERIOD_LINE.exec(firstLine)?.[1] ?? '').trim() });
      pullSignOffLines(block);
      continue;
    }
    const equipment = EQUIPMENT_LINE.exec(firstLine);
    if (block.type === 'paragraph' && PERIOD_SECTIONS.has(current?.id) && current?.id !== 'information' && equipment && !textOf(block).includes('\n')) {
      out.equipmentBlocks.push({ block, label: (equipment[1] ?? '').trim(), text: (equipment[2] ?? '').trim() });
      continue;
    }
    // A block of labelled lines before the first section ("Ref: …", "Date: …", "Author: …"), or a scope paragraph
    // ending in "Period: …", holds the period on one of its lines; the paragraph stays where it is for the rest.
    if (block.type === 'paragraph' && !pending && PERIOD_SECTIONS.has(current?.id)) {
      const lines = textOf(block).split('\n');
      const at = lines.findIndex((line, i) => i > 0 && PERIOD_LINE.test(line.trim()));
      if (at > 0) out.periodBlocks.push({ block, text: (PERIOD_LINE.exec(lines[at]?.trim() ?? '')?.[1] ?? '').trim(), line: span.startLine + at });
      // "As promised, the write-up for the outage. Incident period: 21–23 Sep 2026.": the label inside a sentence.
      const inText = at > 0 ? -1 : lines.findIndex((line) => PERIOD_IN_TEXT.test(line));
      if (inText >= 0) out.periodBlocks.push({ block, text: (PERIOD_IN_TEXT.exec(lines[inText] ?? '')?.[1] ?? '').trim(), line: span.startLine + inText });
      if (!current) pullSignOffLines(block);
    }
    // "- Date: 2026-10-27 – 2026-10-28" as one bullet of an information list.
    if (block.type === 'list' && !pending && current && PERIOD_SECTIONS.has(current.id)) {
      const item = block.children.find((child) => PERIOD_LINE.test(textOf(child).split('\n')[0]?.trim() ?? ''));
      if (item) out.periodBlocks.push({ block, text: (PERIOD_LINE.exec(textOf(item).split('\n')[0]?.trim() ?? '')?.[1] ?? '').trim(), line: spanOf(item).startLine });
    }
    // The paragraph after a "When" / "Incident date" header is the period when it is a date range.
    if (periodHeader !== null) {
      const header = periodHeader;
      periodHeader = null;
      if (block.type === 'paragraph' && startsLikeDate(firstLine.trim()) && datedEntries([block]) < MIN_DATED_ENTRIES) {
        out.periodBlocks.push({ block, text: firstLine.trim() });
        ledger.read(header.line, header.line, 'label of the incident period');
        continue;
      }
      // "When" over a table or list of dated lines heads the events, not the period: held as an unnamed section so
      // the content fallback can read it as the timeline.
      if (datedEntries([block]) >= MIN_DATED_ENTRIES) {
        settle();
        pending = { text: header.text, line: header.line, endLine: header.endLine, blocks: [block] };
        continue;
      }
      ledger.skip(header.line, header.line, 'a period header with no date range after it');
    }
    // In the recommendations a line naming a cause (`**For root cause 1:**`, `### Against cause 2`) heads a group of them, not a section.
    if (current?.id === 'recommendations' && !pending && block.type !== 'list' && readGroupLine(textOf(block), span.startLine)) {
      current.blocks.push(block);
      continue;
    }
    const header = matchHeader(block, { allowInline: current?.id !== 'description' && !pending, titleSeen: out.titleBlock !== null });
    if (header?.kind === 'period' && (!current || current.id !== 'description')) {
      settle();
      periodHeader = { line: span.startLine, text: header.text, endLine: span.endLine };
      continue;
    }
    // A name read from a near spelling or a keyword never opens a section the report already has: set apart as a
    // heading or bold line it is a section the importer does not read, as a plain line it is content.
    // A header that names a section more surely than the loose word an earlier header was read from takes the
    // section over ("Summary of events" then "Timeline"): the earlier one becomes a section the importer does not read.
    // A timeline section with no dated line before a second timeline header was a summary ("What happened", then "Timeline").
    if (header?.kind === 'known' && header.id !== 'description') timelineByContent(header.id);
    const displaced = header?.kind === 'known'
      ? out.sections.find((s) => s.id === header.id && ((s.nameStrength ?? 3) < nameStrength(header) || (s.id === 'description' && datedEntries(s.blocks) === 0)))
      : undefined;
    if (displaced && header?.kind === 'known') {
      out.sections.splice(out.sections.indexOf(displaced), 1);
      if (current === displaced) current = null;
      ledger.forget(displaced.line, displaced.line);
      problems.warn('SECTION_NAME_DISPLACED', displaced.line, `Line ${displaced.line}: "${displaced.headerText ?? ''}" was read as the "${LABELS[displaced.id]}" section, but line ${span.startLine} ("${header.text}") names that section; "${displaced.headerText ?? ''}" is not read as it`);
      unknownSections.push({ text: displaced.headerText ?? '', line: displaced.line, endLine: displaced.endLine ?? displaced.line, blocks: displaced.blocks });
    }
    const repeated = header?.kind === 'known' && header.guessed && out.sections.some((s) => s.id === header.id);
    const known = header?.kind === 'known' && !repeated ? header : null;
    const unknown = header?.kind === 'unknown' ? header : repeated && header?.kind === 'known' && header.form !== 'plain' ? { kind: 'unknown' as const, text: header.text, ambiguous: [] } : null;
    if (known) {
      settle();
      // "Root cause" then "Contributing factors": two headers over one list of causes, read in order as one section.
      // So is a causes header right under another ("Root cause analysis" over "Root cause" and "Contributing factors").
      const causesSoFar = known.id === 'causes' ? out.sections.find((s) => s.id === 'causes') : undefined;
      if (causesSoFar && (current === causesSoFar || ROOT_AND_CONTRIBUTING.test(`${causesSoFar.headerText ?? ''} | ${known.text}`))) {
        ledger.read(span.startLine, span.startLine, 'section header (more causes)');
        current = causesSoFar;
        continue;
      }
      if (out.sections.some((s) => s.id === known.id)) {
        problems.warn('DUPLICATE_SECTION', span.startLine, `Section "${known.text}" appears twice; only the first is read`);
      }
      const label = LABELS[known.id];
      if (known.confidence === 'typo') {
        problems.warn('SECTION_NAME_GUESSED', span.startLine, `Line ${span.startLine}: "${known.text}" read as the "${label}" section`);
      } else if (known.confidence === 'keyword') {
        problems.warn('SECTION_NAME_GUESSED', span.startLine, `Line ${span.startLine}: "${known.text}" read as the "${label}" section from the word "${known.word}"`);
      }
      ledger.read(span.startLine, span.startLine, 'section header');
      current = { id: known.id, line: span.startLine, blocks: [], nameStrength: nameStrength(known), headerText: known.text, endLine: span.endLine };
      if (known.rest !== '') {
        const line = known.restOnNextLine ? span.startLine + 1 : span.startLine;
        current.blocks.push(restParagraph(known.rest, line, span.endLine));
      }
      out.sections.push(current);
      continue;
    }
    // In the timeline a date written as a heading or in bold ("### 3 March 2025", "**1st Oct 2025**") opens an entry.
    if (unknown && !pending && current?.id === 'description' && startsLikeDate(unknown.text)) {
      current.blocks.push(block);
      continue;
    }
    if (unknown && (current || out.titleBlock)) {
      settle();
      if (unknown.ambiguous.length > 1) {
        problems.warn('SECTION_NAME_AMBIGUOUS', span.startLine, `Line ${span.startLine}: "${unknown.text}" could name several sections (${unknown.ambiguous.map((id) => LABELS[id]).join(', ')}); read by its content or skipped`);
      }
      pending = { text: unknown.text, line: span.startLine, endLine: span.endLine, blocks: [] };
      continue;
    }
    // "cc: Dicky Fung, Florence Yeung": who received the report, not who took part or what is to be done.
    if (block.type === 'paragraph' && DISTRIBUTION_LINE.test(textOf(block).trim())) {
      ledger.skip(span.startLine, span.endLine, 'a distribution list: who received the report, not a party, sign-off or recommendation');
      continue;
    }
    const signOffRows = block.type === 'paragraph' && (current || pending) ? signOffTable(textOf(block), span.startLine) : null;
    if (signOffRows) {
      ledger.read(span.startLine, signOffRows.firstLine - 1, 'header of a sign-off table');
      out.signOffBlocks.push(signOffRows.block);
      continue;
    }
    if (block.type === 'paragraph' && (current || pending) && (isSignOffText(textOf(block)) || isSignOffLike(textOf(block)))) {
      out.signOffBlocks.push(block);
      continue;
    }
    if (pending) pending.blocks.push(block);
    else if (current) current.blocks.push(block);
    else out.preamble.push(block);
  }
  if (signature && !signature.named) problems.warn('EMPTY_SIGN_OFF', signature.line, `Sign-off "${signature.label}" on line ${signature.line} names nobody`);
  settle();
  timelineByContent(null);
  settleUnknown();
  if (periodHeader !== null) ledger.skip(periodHeader.line, periodHeader.line, 'a period header with no date range after it');
  return out;
}

/**
 * A section the report does not have. Only the timeline can hold the incident's dates; the others are optional in
 * practice, so their absence is a warning on the line where the section was expected, never a refusal.
 */
export function findSection(l: Layout, id: SectionId, problems: ProblemList): Section | null {
  const found = l.sections.find((s) => s.id === id) ?? null;
  if (found) return found;
  const order = SECTION_PATTERNS.map((s) => s.id);
  const after = l.sections.find((s) => order.indexOf(s.id) > order.indexOf(id));
  const line = after ? after.line : l.lastLine;
  problems.warn('MISSING_SECTION', line, `Line ${line}: section "${LABELS[id]}" is missing (expected before line ${line}); nothing of it is stored`);
  return null;
}
