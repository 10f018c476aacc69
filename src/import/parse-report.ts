import type { Paragraph } from 'mdast';
import type { Block } from './markdown.js';
import { parseMarkdown, spanOf, textOf } from './markdown.js';
import type { DateContext, DateOrder } from './date-settings.js';
import { dateOrderFromEnv } from './date-settings.js';
import { checkRawText, MAX_REPORT_BYTES } from './parse-lines.js';
import { MAX_FIELD_LENGTH, parseParties, parsePartyParagraph } from './parse-parties.js';
import { isSignOffLike, isSignOffText, parseSignOffParagraph, signOffNames } from './parse-signoffs.js';
import { parseTimeline } from './parse-timeline.js';
import { ProblemList, ReportParseError } from './problems.js';
import { readDateRange, startsLikeDate } from './read-dates.js';
import type { ParsedItem, ParsedLocation, ParsedParty, ParsedReport, ParsedSignOffLine } from './report-types.js';
import type { SectionId } from './sections.js';
import { matchHeader, SECTION_PATTERNS } from './sections.js';
import { LineLedger } from './line-ledger.js';
import { normalisePersonKey } from './normalise.js';

export type * from './report-types.js';
export { MAX_REPORT_BYTES, ReportParseError };

export interface ParseOptions {
  /** How numeric dates are written; defaults to IMPORT_DATE_ORDER, else day-first. */
  dateOrder?: DateOrder;
}

interface Section {
  id: SectionId;
  line: number;
  blocks: Block[];
}

interface Layout {
  titleBlock: Block | null;
  preamble: Block[];
  sections: Section[];
  signOffBlocks: Block[];
  periodBlocks: Block[];
  lastLine: number;
}

// "Date:", "Incident date:", "Period:", "Incident period:", "Date(s):", "Duration:" followed by the period.
const PERIOD_LINE = /^(?:incident\s+)?(?:date|dates|date\(s\)|period|duration|time\s*frame)\s*[:：]\s*(.*)$/is;
const TITLE_TEXT = /^(?:incident report|post[- ]incident (?:report|review)|incident review)\b/i;
// Sections whose paragraphs may hold the period line; inside the timeline or the lists a "Date:" is content.
const PERIOD_SECTIONS = new Set<SectionId | undefined>([undefined, 'parties', 'information', 'symptoms']);

/** A paragraph holding text that followed a header on the header's own paragraph ("Symptoms: text"). */
function restParagraph(text: string, line: number, endLine: number): Paragraph {
  return {
    type: 'paragraph',
    children: [{ type: 'text', value: text }],
    position: { start: { line, column: 1 }, end: { line: Math.max(line, endLine), column: 1 } },
  };
}

/** Splits the document into template sections; sign-off and period lines are pulled out wherever they sit. */
function layout(blocks: Block[], problems: ProblemList, ledger: LineLedger): Layout {
  const out: Layout = { titleBlock: null, preamble: [], sections: [], signOffBlocks: [], periodBlocks: [], lastLine: 1 };
  let current: Section | null = null;
  let ignoring = false;
  for (const block of blocks) {
    const span = spanOf(block);
    out.lastLine = Math.max(out.lastLine, span.endLine);
    if (!out.titleBlock && !current) {
      // A "#" heading, or failing that the first heading of any level that is not a section name, or a first line
      // that says it is an incident report.
      const headingTitle = block.type === 'heading' && (block.depth === 1 || (out.preamble.length === 0 && matchHeader(block, { allowInline: false, titleSeen: false })?.kind !== 'known'));
      const isTitle = headingTitle || (out.preamble.length === 0 && block.type === 'paragraph' && TITLE_TEXT.test(textOf(block)));
      if (isTitle) {
        out.titleBlock = block;
        if (block.type !== 'heading' || block.depth !== 1) problems.warn('TITLE_GUESSED', span.startLine, `Line ${span.startLine}: read as the title although it is not a "#" heading`);
        continue;
      }
    }
    if (block.type === 'paragraph' && PERIOD_SECTIONS.has(current?.id) && PERIOD_LINE.test(textOf(block).split('\n')[0] ?? '')) {
      out.periodBlocks.push(block);
      continue;
    }
    const header = matchHeader(block, { allowInline: current?.id !== 'description', titleSeen: out.titleBlock !== null });
    if (header?.kind === 'known') {
      if (out.sections.some((s) => s.id === header.id)) {
        problems.add('DUPLICATE_SECTION', span.startLine, `Section "${header.text}" appears twice`);
      }
      if (header.guessed) {
        const label = SECTION_PATTERNS.find((s) => s.id === header.id)?.label ?? header.id;
        problems.warn('SECTION_NAME_GUESSED', span.startLine, `Line ${span.startLine}: "${header.text}" read as the "${label}" section`);
      }
      ledger.read(span.startLine, span.startLine, 'section header');
      current = { id: header.id, line: span.startLine, blocks: [] };
      if (header.rest !== '') {
        const line = header.restOnNextLine ? span.startLine + 1 : span.startLine;
        current.blocks.push(restParagraph(header.rest, line, span.endLine));
      }
      out.sections.push(current);
      ignoring = false;
      continue;
    }
    // In the timeline a date written as a heading or in bold ("### 3 March 2025", "**1st Oct 2025**") opens an entry.
    if (header?.kind === 'unknown' && current?.id === 'description' && startsLikeDate(header.text)) {
      current.blocks.push(block);
      continue;
    }
    if (header?.kind === 'unknown' && current) {
      problems.warn('UNKNOWN_SECTION', span.startLine, `Section "${header.text}" is not part of the template and was skipped`);
      ledger.skip(span.startLine, span.endLine, `header of a section the importer does not read ("${header.text}")`);
      ignoring = true;
      continue;
    }
    if (block.type === 'paragraph' && current && (isSignOffText(textOf(block)) || isSignOffLike(textOf(block)))) {
      out.signOffBlocks.push(block);
      continue;
    }
    if (ignoring) {
      ledger.skip(span.startLine, span.endLine, 'inside a section the importer does not read');
      continue;
    }
    if (current) current.blocks.push(block);
    else out.preamble.push(block);
  }
  return out;
}

function requireSection(l: Layout, id: SectionId, problems: ProblemList): Section | null {
  const found = l.sections.find((s) => s.id === id) ?? null;
  if (found) return found;
  const order = SECTION_PATTERNS.map((s) => s.id);
  const after = l.sections.find((s) => order.indexOf(s.id) > order.indexOf(id));
  const label = SECTION_PATTERNS.find((s) => s.id === id)?.label ?? id;
  const line = after ? after.line : l.lastLine;
  problems.add('MISSING_SECTION', line, `Section "${label}" is missing (expected before line ${line})`);
  return null;
}

function readTitle(l: Layout, problems: ProblemList, ledger: LineLedger): string {
  if (!l.titleBlock) {
    problems.add('MISSING_SECTION', 1, 'The report has no "# Incident report for ..." title');
    return '';
  }
  const span = spanOf(l.titleBlock);
  const line = span.startLine;
  ledger.read(span.startLine, span.endLine, 'title');
  const title = textOf(l.titleBlock).replace(/^(?:incident report|post[- ]incident (?:report|review)|incident review)\s*(?:for|on|of|:)?\s*[:\-–—]?\s*/i, '').trim();
  if (title === '') problems.add('MISSING_SECTION', line, `Line ${line}: the title names no incident`);
  if (title.length > MAX_FIELD_LENGTH) problems.add('FIELD_TOO_LONG', line, `Line ${line}: the title is too long`);
  return title;
}

function readPreamble(l: Layout, ledger: LineLedger): { department: string | null; organisation: string | null } {
  const lines = l.preamble.flatMap((b) => {
    const span = spanOf(b);
    if (b.type !== 'paragraph') {
      ledger.skip(span.startLine, span.endLine, 'text before the first section that is not a paragraph');
      return [];
    }
    return textOf(b).split('\n').map((text, i) => ({ text: text.trim(), line: span.startLine + i }));
  });
  const department = lines.find((t) => /\b(department|dept\.?|division|office)\b/i.test(t.text)) ?? null;
  const organisation = lines.find((t) => t !== department) ?? null;
  for (const t of lines) {
    if (t === department || t === organisation) ledger.read(t.line, t.line, t === department ? 'department' : 'organisation');
    else ledger.skip(t.line, t.line, 'a third line before the first section; only the department and organisation are read');
  }
  return { department: department?.text ?? null, organisation: organisation?.text ?? null };
}

function readInformation(section: Section | null, ledger: LineLedger) {
  const locations: ParsedLocation[] = [];
  for (const block of section?.blocks ?? []) {
    const span = spanOf(block);
    if (block.type === 'list') {
      for (const item of block.children) {
        const text = textOf(item);
        const m = /^([^:：]{1,40})[:：]\s*(.+)$/s.exec(text);
        locations.push({ label: m ? (m[1] ?? '').trim() : null, text: m ? (m[2] ?? '').trim() : text, span: spanOf(item) });
        ledger.read(spanOf(item).startLine, spanOf(item).endLine, 'location');
      }
      continue;
    }
    // "Incident Location:" labels the list that follows it.
    if (/[:：]$/.test(textOf(block))) ledger.read(span.startLine, span.endLine, 'label of the location list');
    else ledger.skip(span.startLine, span.endLine, 'Related Information text that is not a location list');
  }
  return locations;
}

function readPeriod(l: Layout, context: DateContext, problems: ProblemList, ledger: LineLedger): ParsedReport['period'] | null {
  const [first, ...others] = l.periodBlocks;
  for (const extra of others) {
    const line = spanOf(extra).startLine;
    problems.warn('DUPLICATE_PERIOD', line, `Line ${line}: a second period line; the one on line ${first ? spanOf(first).startLine : '?'} is used`);
    ledger.skip(line, spanOf(extra).endLine, 'a second period line');
  }
  if (!first) return null;
  const span = spanOf(first);
  const line = span.startLine;
  ledger.read(span.startLine, span.endLine, 'incident period');
  const text = (PERIOD_LINE.exec(textOf(first).split('\n')[0] ?? '')?.[1] ?? '').trim();
  const range = readDateRange(text, context);
  if (!range.ok) {
    problems.add('INVALID_DATE', line, `Line ${line}: "${text}" is not a date range like "13 Aug 2024 - 22 Aug 2024" (${range.reason})`);
    return null;
  }
  if (range.end < range.start) {
    problems.add('DATE_ORDER', line, `Line ${line}: the incident period ends (${range.end}) before it starts (${range.start})`);
    return null;
  }
  return { start: range.start, end: range.end, span: { startLine: line, endLine: line } };
}

function readItems(section: Section | null, what: string, problems: ProblemList, ledger: LineLedger): ParsedItem[] {
  if (!section) return [];
  const items: ParsedItem[] = [];
  for (const block of section.blocks) {
    const parts = block.type === 'list' ? block.children : [block];
    for (const part of parts) {
      const text = textOf(part);
      if (text === '') continue;
      items.push({ text, span: spanOf(part) });
      ledger.read(spanOf(part).startLine, spanOf(part).endLine, what);
    }
  }
  if (items.length === 0) problems.add('EMPTY_SECTION', section.line, `Section "${what}" on line ${section.line} lists nothing`);
  return items;
}

function readSymptoms(section: Section | null, fallback: number, problems: ProblemList, ledger: LineLedger): ParsedReport['symptoms'] {
  if (!section || section.blocks.length === 0) {
    problems.warn('MISSING_SYMPTOMS', section?.line ?? fallback, 'No summarized symptoms');
    return { text: '', items: [], span: { startLine: section?.line ?? fallback, endLine: section?.line ?? fallback } };
  }
  const texts = section.blocks.flatMap((b) => (b.type === 'list' ? b.children.map((i) => textOf(i)) : [textOf(b)]));
  const first = spanOf(section.blocks[0] as Block);
  const last = spanOf(section.blocks[section.blocks.length - 1] as Block);
  ledger.read(first.startLine, last.endLine, 'symptoms');
  const items = texts.flatMap((t) => t.split(/\s*[,;\n]\s*/)).map((s) => s.trim()).filter((s) => s !== '');
  return { text: texts.join('\n'), items, span: { startLine: first.startLine, endLine: last.endLine } };
}

function readParties(markdown: string, section: Section | null, signers: ReadonlySet<string>, problems: ProblemList, ledger: LineLedger): ParsedParty[] {
  if (!section) return [];
  const parties: ParsedParty[] = [];
  for (const block of section.blocks) {
    const span = spanOf(block);
    if (block.type === 'list') {
      parties.push(...parseParties(markdown, block, problems, signers));
    } else if (block.type === 'paragraph') {
      const read = parsePartyParagraph(textOf(block), span.startLine, signers, problems, parties.length + 1);
      parties.push(...read.parties);
      for (const line of read.readLines) ledger.read(line, line, 'party');
      ledger.skip(span.startLine, span.endLine, 'text in Related Parties that is not a party line');
    } else {
      problems.warn('UNEXPECTED_CONTENT', span.startLine, `Line ${span.startLine} in Related Parties is not a numbered party line`);
      ledger.skip(span.startLine, span.endLine, 'text in Related Parties that is not a party line');
    }
  }
  for (const p of parties) ledger.read(p.span.startLine, p.span.startLine, 'party');
  if (parties.length === 0 && !problems.problems.some((p) => p.code === 'EMPTY_PARTY' || p.code === 'PARTY_WITHOUT_TITLE')) {
    problems.add('NO_PARTIES', section.line, `Section "Related Parties" on line ${section.line} lists nobody`);
  }
  return parties;
}

// Kinds that say somebody checked the report, not only wrote it.
const CHECKING_KINDS = new Set(['VERIFIED_BY', 'REVIEWED_BY', 'APPROVED_BY', 'ENDORSED_BY', 'SIGNED_OFF_BY', 'CLOSED_BY']);

function readSignOffs(l: Layout, problems: ProblemList, ledger: LineLedger): ParsedSignOffLine[] {
  const lines = l.signOffBlocks.flatMap((b) => parseSignOffParagraph(textOf(b), spanOf(b).startLine, problems));
  for (const s of lines) ledger.read(s.span.startLine, s.span.endLine, 'sign-off');
  // Sign-offs are optional so that drafts import, but an unsigned report is flagged for the analyst.
  if (lines.length === 0) problems.warn('MISSING_SIGN_OFF', l.lastLine, 'The report has no "Report by" / "Verified by" lines');
  else if (!lines.some((s) => CHECKING_KINDS.has(s.kind))) problems.warn('MISSING_SIGN_OFF', l.lastLine, 'The report has no "Verified by" line');
  return lines;
}

function parseChecked(markdown: string, options: ParseOptions): ParsedReport {
  const problems = new ProblemList();
  checkRawText(markdown, problems);
  problems.throwIfAny();

  const text = markdown.replace(/^\uFEFF/, '');
  const ledger = new LineLedger(text);
  const tree = parseMarkdown(text);
  const l = layout(tree.children, problems, ledger);
  const title = readTitle(l, problems, ledger);
  const { department, organisation } = readPreamble(l, ledger);
  const context: DateContext = { order: options.dateOrder ?? dateOrderFromEnv(), period: null };
  const period = readPeriod(l, context, problems, ledger);
  context.period = period;
  const partiesSection = requireSection(l, 'parties', problems);
  const info = l.sections.find((s) => s.id === 'information') ?? null;
  const locations = readInformation(info, ledger);
  if (!period && !problems.problems.some((p) => p.code === 'INVALID_DATE' || p.code === 'DATE_ORDER')) {
    const line = info?.line ?? l.sections.find((s) => s.id === 'symptoms' || s.id === 'description')?.line ?? l.lastLine;
    problems.add('MISSING_SECTION', line, `The incident "Date: <start> - <end>" line is missing (expected near line ${line})`);
  }
  const signers = new Set(l.signOffBlocks.flatMap((b) => signOffNames(textOf(b))).map(normalisePersonKey));
  const parties = readParties(text, partiesSection, signers, problems, ledger);
  const symptoms = readSymptoms(l.sections.find((s) => s.id === 'symptoms') ?? null, info?.line ?? 1, problems, ledger);
  const description = requireSection(l, 'description', problems);
  const timeline = description ? parseTimeline(description.blocks, context, problems) : [];
  for (const e of timeline) {
    ledger.read(e.span.startLine, e.span.startLine, 'timeline date');
    for (const p of e.paragraphs) ledger.read(p.span.startLine, p.span.endLine, 'timeline text');
  }
  if (description && timeline.length === 0 && !problems.problems.some((p) => p.line !== null && p.line > description.line)) {
    problems.add('EMPTY_SECTION', description.line, `Section "Incident Description" on line ${description.line} has no dated entries`);
  }
  const causes = readItems(requireSection(l, 'causes', problems), 'Incident Caused', problems, ledger);
  const recommendations = readItems(requireSection(l, 'recommendations', problems), 'Follow up recommendation', problems, ledger);
  const signOffs = readSignOffs(l, problems, ledger);
  problems.throwIfAny();

  return {
    title,
    department,
    organisation,
    parties,
    locations,
    period: period ?? { start: '', end: '', span: { startLine: 1, endLine: 1 } },
    symptoms,
    timeline,
    causes,
    recommendations,
    signOffs,
    warnings: problems.warnings,
    unread: ledger.unread(),
  };
}

/**
 * Reads one incident report, in the department's template or any of the variants authors write.
 * Throws ReportParseError (and nothing else) listing every problem found, each with its line.
 */
export function parseReport(markdown: string, options: ParseOptions = {}): ParsedReport {
  if (typeof markdown !== 'string') {
    throw new ReportParseError([{ code: 'NOT_TEXT', line: null, message: 'A report must be given as text' }]);
  }
  try {
    return parseChecked(markdown, options);
  } catch (error) {
    if (error instanceof ReportParseError) throw error;
    // Pathological input (e.g. nesting deep enough to exhaust the stack) must still surface as a report problem.
    const detail = error instanceof Error ? error.message : String(error);
    throw new ReportParseError([{ code: 'UNREADABLE', line: null, message: `The report could not be read: ${detail}` }]);
  }
}
