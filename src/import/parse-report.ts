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
import type { ParsedItem, ParsedLocation, ParsedParty, ParsedReport, ParsedSignOffLine, ParsedTimelineEntry } from './report-types.js';
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
  periodBlocks: { block: Block; text: string }[];
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
      for (const line of textOf(part).split('\n')) if (startsLikeDate(line.trim())) count++;
    }
  }
  return count;
}

/** Splits the document into template sections; sign-off and period lines are pulled out wherever they sit. */
function layout(blocks: Block[], problems: ProblemList, ledger: LineLedger): Layout {
  const out: Layout = { titleBlock: null, preamble: [], sections: [], signOffBlocks: [], periodBlocks: [], lastLine: 1 };
  let current: Section | null = null;
  let pending: Pending | null = null;
  let periodHeader: number | null = null;

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
      problems.warn('UNKNOWN_SECTION', p.line, `Section "${p.text}" is not part of the template and was skipped`);
      ledger.skip(p.line, p.line, `header of a section the importer does not read ("${p.text}")`);
      for (const b of p.blocks) ledger.skip(spanOf(b).startLine, spanOf(b).endLine, 'inside a section the importer does not read');
    }
  };

  for (const block of blocks) {
    const span = spanOf(block);
    out.lastLine = Math.max(out.lastLine, span.endLine);
    if (!out.titleBlock && !current && !pending) {
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
    const firstLine = textOf(block).split('\n')[0] ?? '';
    if (block.type === 'paragraph' && PERIOD_SECTIONS.has(current?.id) && PERIOD_LINE.test(firstLine)) {
      out.periodBlocks.push({ block, text: (PERIOD_LINE.exec(firstLine)?.[1] ?? '').trim() });
      continue;
    }
    // The paragraph after a "When" / "Incident date" header is the period when it is a date range.
    if (periodHeader !== null) {
      const headerLine = periodHeader;
      periodHeader = null;
      if (block.type === 'paragraph' && startsLikeDate(firstLine.trim())) {
        out.periodBlocks.push({ block, text: firstLine.trim() });
        ledger.read(headerLine, headerLine, 'label of the incident period');
        continue;
      }
      ledger.skip(headerLine, headerLine, 'a period header with no date range after it');
    }
    const header = matchHeader(block, { allowInline: current?.id !== 'description' && !pending, titleSeen: out.titleBlock !== null });
    if (header?.kind === 'period' && (!current || current.id !== 'description')) {
      settle();
      periodHeader = span.startLine;
      continue;
    }
    // A name read from a near spelling or a keyword never opens a section the report already has: set apart as a
    // heading or bold line it is a section the importer does not read, as a plain line it is content.
    const repeated = header?.kind === 'known' && header.guessed && out.sections.some((s) => s.id === header.id);
    const known = header?.kind === 'known' && !repeated ? header : null;
    const unknown = header?.kind === 'unknown' ? header : repeated && header?.kind === 'known' && header.form !== 'plain' ? { kind: 'unknown' as const, text: header.text, ambiguous: [] } : null;
    if (known) {
      settle();
      if (out.sections.some((s) => s.id === known.id)) {
        problems.add('DUPLICATE_SECTION', span.startLine, `Section "${known.text}" appears twice`);
      }
      const label = LABELS[known.id];
      if (known.confidence === 'typo') {
        problems.warn('SECTION_NAME_GUESSED', span.startLine, `Line ${span.startLine}: "${known.text}" read as the "${label}" section`);
      } else if (known.confidence === 'keyword') {
        problems.warn('SECTION_NAME_GUESSED', span.startLine, `Line ${span.startLine}: "${known.text}" read as the "${label}" section from the word "${known.word}"`);
      }
      ledger.read(span.startLine, span.startLine, 'section header');
      current = { id: known.id, line: span.startLine, blocks: [] };
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
    if (block.type === 'paragraph' && (current || pending) && (isSignOffText(textOf(block)) || isSignOffLike(textOf(block)))) {
      out.signOffBlocks.push(block);
      continue;
    }
    if (pending) pending.blocks.push(block);
    else if (current) current.blocks.push(block);
    else out.preamble.push(block);
  }
  settle();
  settleUnknown();
  if (periodHeader !== null) ledger.skip(periodHeader, periodHeader, 'a period header with no date range after it');
  return out;
}

/**
 * A section the report does not have. Only the timeline can hold the incident's dates; the others are optional in
 * practice, so their absence is a warning on the line where the section was expected, never a refusal.
 */
function findSection(l: Layout, id: SectionId, problems: ProblemList): Section | null {
  const found = l.sections.find((s) => s.id === id) ?? null;
  if (found) return found;
  const order = SECTION_PATTERNS.map((s) => s.id);
  const after = l.sections.find((s) => order.indexOf(s.id) > order.indexOf(id));
  const line = after ? after.line : l.lastLine;
  problems.warn('MISSING_SECTION', line, `Line ${line}: section "${LABELS[id]}" is missing (expected before line ${line}); nothing of it is stored`);
  return null;
}

// A title that reads like a sentence, a date or a label rather than an incident's name.
const ODD_TITLE = /^(?:\d|date|period|when|prepared|report by|from|to|subject)\b|[.!?]$/i;

function readTitle(l: Layout, problems: ProblemList, ledger: LineLedger): string {
  if (!l.titleBlock) return titleFromPreamble(l, problems, ledger);
  const span = spanOf(l.titleBlock);
  const line = span.startLine;
  ledger.read(span.startLine, span.endLine, 'title');
  const title = textOf(l.titleBlock).replace(/^(?:incident report|post[- ]incident (?:report|review)|incident review)\s*(?:for|on|of|:)?\s*[:\-–—]?\s*/i, '').trim();
  // "INCIDENT REPORT" alone names no incident: the incident's name is then the next line.
  if (title === '') return titleFromPreamble(l, problems, ledger);
  if (title.length > MAX_FIELD_LENGTH) problems.add('FIELD_TOO_LONG', line, `Line ${line}: the title is too long`);
  if (title !== '' && (ODD_TITLE.test(title) || title.length > 120)) problems.warn('TITLE_UNUSUAL', line, `Line ${line}: "${title}" is read as the title but does not look like an incident's name`);
  return title;
}

/** A report with no line before its first section is named by its first symptom, else its first cause, with a warning. */
function titleFromContent(symptoms: ParsedReport['symptoms'], causes: ParsedItem[], problems: ProblemList): string {
  const symptom = symptoms.items[0];
  const from = symptom ? { text: symptom, line: symptoms.span.startLine, what: 'first symptom' } : causes[0] ? { text: causes[0].text.split('\n')[0] ?? '', line: causes[0].span.startLine, what: 'first cause' } : null;
  if (!from || from.text.trim() === '') {
    problems.add('MISSING_SECTION', 1, 'The report has no title and no line to use as one');
    return '';
  }
  const text = from.text.trim().replace(/[.;:]+$/, '');
  const title = text.length > 120 ? `${text.slice(0, 117).trimEnd()}…` : text;
  problems.warn('TITLE_GUESSED', from.line, `Line ${from.line}: the report has no title line; the incident is named after its ${from.what}, "${title}"`);
  return title;
}

// Preamble lines that name the department or the organisation, not the incident.
const DEPARTMENT_LINE = /\b(?:department|dept\.?|division|office)\b/i;
const ORGANISATION_LINE = /\b(?:ltd|limited|inc|corp(?:oration)?|group|company|plc|llc|gmbh)\.?$/i;

/**
 * No heading or "Incident report" line: the first line before the first section that names neither the
 * department nor the organisation is the title, with a warning. That line leaves the preamble.
 */
function titleFromPreamble(l: Layout, problems: ProblemList, ledger: LineLedger): string {
  for (const [index, block] of l.preamble.entries()) {
    if (block.type !== 'paragraph' && block.type !== 'heading') continue;
    const span = spanOf(block);
    const lines = textOf(block).split('\n');
    const at = lines.findIndex((t) => t.trim() !== '' && !DEPARTMENT_LINE.test(t) && !ORGANISATION_LINE.test(t.trim()));
    if (at < 0) continue;
    const title = (lines[at] ?? '').trim();
    const line = span.startLine + at;
    ledger.read(line, line, 'title');
    problems.warn('TITLE_GUESSED', line, `Line ${line}: "${title}" read as the title (the first line that names neither department nor organisation); it is not a "#" heading`);
    if (title.length > MAX_FIELD_LENGTH) problems.add('FIELD_TOO_LONG', line, `Line ${line}: the title is too long`);
    const before = lines.slice(0, at);
    const after = lines.slice(at + 1);
    const kept: Block[] = [];
    if (before.length > 0) kept.push(restParagraph(before.join('\n'), span.startLine, line - 1));
    if (after.length > 0) kept.push(restParagraph(after.join('\n'), line + 1, span.endLine));
    l.preamble.splice(index, 1, ...kept);
    return title;
  }
  return '';
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
    const line = spanOf(extra.block).startLine;
    problems.warn('DUPLICATE_PERIOD', line, `Line ${line}: a second period line; the one on line ${first ? spanOf(first.block).startLine : '?'} is used`);
    ledger.skip(line, spanOf(extra.block).endLine, 'a second period line');
  }
  if (!first) return null;
  const span = spanOf(first.block);
  const line = span.startLine;
  ledger.read(span.startLine, span.endLine, 'incident period');
  const text = first.text;
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

/**
 * Without a period line the incident runs from its first to its last dated entry, with a warning. With neither,
 * the incident has no dates and cannot be stored: the only refusal for a missing part besides the title.
 */
function periodFromTimeline(l: Layout, info: Section | null, timeline: ParsedTimelineEntry[], problems: ProblemList): ParsedReport['period'] | null {
  if (problems.problems.some((p) => p.code === 'INVALID_DATE' || p.code === 'DATE_ORDER')) return null;
  const line = info?.line ?? l.sections.find((s) => s.id === 'symptoms' || s.id === 'description')?.line ?? l.lastLine;
  const first = timeline[0];
  if (!first) {
    problems.add('MISSING_SECTION', line, `The incident "Date: <start> - <end>" line is missing (expected near line ${line}) and no timeline entry is dated`);
    return null;
  }
  const start = timeline.reduce((min, e) => (e.startDate < min ? e.startDate : min), first.startDate);
  const end = timeline.reduce((max, e) => (e.endDate > max ? e.endDate : max), first.endDate);
  problems.warn('PERIOD_FROM_TIMELINE', line, `Line ${line}: no "Date:" line; the incident period ${start} – ${end} is read from the first and last timeline entries`);
  return { start, end, span: { startLine: first.span.startLine, endLine: first.span.startLine } };
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
  if (items.length === 0) problems.warn('EMPTY_SECTION', section.line, `Line ${section.line}: section "${what}" lists nothing`);
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
    problems.warn('NO_PARTIES', section.line, `Line ${section.line}: section "Related Parties" lists nobody the importer can read`);
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
  const partiesSection = findSection(l, 'parties', problems);
  const info = l.sections.find((s) => s.id === 'information') ?? null;
  const locations = readInformation(info, ledger);
  const signers = new Set(l.signOffBlocks.flatMap((b) => signOffNames(textOf(b))).map(normalisePersonKey));
  const parties = readParties(text, partiesSection, signers, problems, ledger);
  const symptoms = readSymptoms(l.sections.find((s) => s.id === 'symptoms') ?? null, info?.line ?? 1, problems, ledger);
  const description = findSection(l, 'description', problems);
  const timeline = description ? parseTimeline(description.blocks, context, problems) : [];
  for (const e of timeline) {
    ledger.read(e.span.startLine, e.span.startLine, 'timeline date');
    for (const p of e.paragraphs) ledger.read(p.span.startLine, p.span.endLine, 'timeline text');
  }
  if (description && timeline.length === 0 && !problems.problems.some((p) => p.line !== null && p.line > description.line)) {
    problems.warn('EMPTY_SECTION', description.line, `Line ${description.line}: section "Incident Description" has no dated entries`);
  }
  const incidentPeriod = period ?? periodFromTimeline(l, info, timeline, problems);
  const causes = readItems(findSection(l, 'causes', problems), 'Incident Caused', problems, ledger);
  const recommendations = readItems(findSection(l, 'recommendations', problems), 'Follow up recommendation', problems, ledger);
  const signOffs = readSignOffs(l, problems, ledger);
  const incidentTitle = title !== '' ? title : titleFromContent(symptoms, causes, problems);
  problems.throwIfAny();

  return {
    title: incidentTitle,
    department,
    organisation,
    parties,
    locations,
    period: incidentPeriod ?? { start: '', end: '', span: { startLine: 1, endLine: 1 } },
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
