import type { Block } from './markdown.js';
import { parseMarkdown, spanOf, textOf } from './markdown.js';
import type { DateContext, DateOrder } from './date-settings.js';
import { dateOrderFromEnv } from './date-settings.js';
import { checkRawText, MAX_REPORT_BYTES } from './parse-lines.js';
import { parseParties, parsePartyParagraph } from './parse-parties.js';
import { isSignOffText, parseSignOffParagraph, signOffNames } from './parse-signoffs.js';
import { parseTimeline } from './parse-timeline.js';
import { ProblemList, ReportParseError } from './problems.js';
import { readDateRange } from './read-dates.js';
import { yearHint } from './year-hint.js';
import { tableItems } from './table-items.js';
import { withOwnerAndDue } from './owner-and-due.js';
import { outlineToMarkdown } from './outline.js';
import { sentences } from './text-units.js';
import type { ParsedItem, ParsedLocation, ParsedParty, ParsedReport, ParsedSignOffLine, ParsedTimelineEntry } from './report-types.js';
import { LineLedger } from './line-ledger.js';
import type { Layout, Section } from './report-layout.js';
import { findSection, layout } from './report-layout.js';
import { readTitle, titleFromContent } from './report-title.js';
import { normalisePersonKey } from './normalise.js';
import { paragraphItems } from './paragraph-items.js';
import { questionnaireToMarkdown } from './questionnaire.js';
import type { CauseReference } from './cause-references.js';
import { causeLabel, endsInNumberTags, readCauseReferences, readGroupLine, readLabelledCauses } from './cause-references.js';

export type * from './report-types.js';
export { MAX_REPORT_BYTES, ReportParseError };

export interface ParseOptions {
  /** How numeric dates are written; defaults to IMPORT_DATE_ORDER, else day-first. */
  dateOrder?: DateOrder;
}

function readPreamble(l: Layout, ledger: LineLedger): { department: string | null; organisation: string | null } {
  const periodLines = new Set(l.periodBlocks.flatMap((p) => (p.line ? [p.line] : [])));
  const lines = l.preamble.flatMap((b) => {
    const span = spanOf(b);
    if (b.type !== 'paragraph' && b.type !== 'heading') {
      ledger.skip(span.startLine, span.endLine, 'text before the first section that is not a paragraph');
      return [];
    }
    return textOf(b).split('\n').map((text, i) => ({ text: text.trim(), line: span.startLine + i })).filter((t) => !periodLines.has(t.line) && !isSignOffText(t.text));
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
    // "Incident Location:" labels the list that follows it; a paragraph under "Systems" / "Equipment" names where
    // the incident happened in prose, and is kept whole as one location so the equipment it names is found.
    if (/[:：]$/.test(textOf(block))) ledger.read(span.startLine, span.endLine, 'label of the location list');
    else if (block.type === 'paragraph') {
      locations.push({ label: null, text: textOf(block).replace(/[ \t]*\n[ \t]*/g, ' '), span });
      ledger.read(span.startLine, span.endLine, 'location');
    } else ledger.skip(span.startLine, span.endLine, 'Related Information text that is not a location list');
  }
  return locations;
}

/** "Affected: …" and "Equipment: …" lines near the top: locations like the information section's, with their label. */
function readEquipment(l: Layout, ledger: LineLedger): ParsedLocation[] {
  return l.equipmentBlocks.map(({ block, label, text }) => {
    const span = spanOf(block);
    ledger.read(span.startLine, span.endLine, 'location');
    return { label, text, span };
  });
}

function readPeriod(l: Layout, context: DateContext, problems: ProblemList, ledger: LineLedger): ParsedReport['period'] | null {
  // The first period that reads wins: an e-mail's "Date: Fri, 25 Sep 2026 18:05 +0800" header is when it was sent,
  // and the "Incident period: 21–23 Sep 2026" of its text is the one to use.
  const readable = l.periodBlocks.find((p) => {
    const range = readDateRange(p.text, context);
    return range.ok && range.end >= range.start;
  });
  const first = readable ?? l.periodBlocks[0];
  const others = l.periodBlocks.filter((p) => p !== first);
  for (const extra of others) {
    const line = spanOf(extra.block).startLine;
    problems.warn('DUPLICATE_PERIOD', line, `Line ${line}: a second period line; the one on line ${first ? spanOf(first.block).startLine : '?'} is used`);
    ledger.skip(line, spanOf(extra.block).endLine, 'a second period line');
  }
  if (!first) return null;
  const span = first.line ? { startLine: first.line, endLine: first.line } : spanOf(first.block);
  const line = span.startLine;
  const text = first.text;
  const range = readDateRange(text, context);
  if (range.ok && range.end >= range.start) ledger.read(span.startLine, span.endLine, 'incident period');
  else ledger.skip(span.startLine, span.endLine, 'a period line that could not be read');
  if (!range.ok) {
    problems.warn('INVALID_DATE', line, `Line ${line}: "${text}" is not a date range like "13 Aug 2024 - 22 Aug 2024" (${range.reason}); the period is read from the timeline instead`);
    return null;
  }
  if (range.end < range.start) {
    problems.warn('DATE_ORDER', line, `Line ${line}: the incident period ends (${range.end}) before it starts (${range.start}); the period is read from the timeline instead`);
    return null;
  }
  return { start: range.start, end: range.end, span: { startLine: line, endLine: line } };
}

/**
 * Without a period line the incident runs from its first to its last dated entry, with a warning. With neither,
 * the incident has no dates and cannot be stored: the only refusal for a missing part besides the title.
 */
function periodFromTimeline(l: Layout, info: Section | null, timeline: ParsedTimelineEntry[], problems: ProblemList): ParsedReport['period'] | null {
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

// One sentence ending in a colon, with no cause reference or date of its own.
const INTRODUCES_LIST = /^[^\n.!?]{6,200}[:：]$/;

function readItems(section: Section | null, what: string, problems: ProblemList, ledger: LineLedger, bySentence = false, grouped = false): ParsedItem[] {
  if (!section) return [];
  const items: ParsedItem[] = [];
  // Recommendations grouped under a line naming the cause they answer (`Against cause 2:`) take that cause.
  let group: CauseReference | null = null;
  let groupSize = 0;
  // A group line with nothing under it may have been a recommendation written like one ("Cause 1 – alarm routing").
  const closeGroup = () => {
    if (group && groupSize === 0) problems.warn('CAUSE_GROUP_EMPTY', group.line, `Line ${group.line}: "${group.written}" is read as heading a group of recommendations, but none follows it; if it is a recommendation, write it as a list item`);
  };
  for (const [at, block] of section.blocks.entries()) {
    // "In our assessment three causes combined …:" before the list introduces it; it is not an item.
    // So is a label over part of it ("Contributing factors:", "Things that made it worse:").
    const introduces = block.type === 'paragraph' && INTRODUCES_LIST.test(textOf(block)) && (at === 0 ? textOf(block).split(/\s+/).length >= 2 : textOf(block).split(/\s+/).length <= 8);
    if (introduces && at < section.blocks.length - 1 && !(grouped && readGroupLine(textOf(block), spanOf(block).startLine))) {
      ledger.read(spanOf(block).startLine, spanOf(block).endLine, `${what}: the sentence introducing the list`);
      continue;
    }
    const parts = block.type === 'list' ? block.children : [block];
    for (const part of parts) {
      const raw = textOf(part);
      if (raw === '') continue;
      const groupLine = grouped && block.type !== 'list' && !raw.includes('\n') ? readGroupLine(raw, spanOf(part).startLine) : null;
      if (groupLine) {
        closeGroup();
        group = groupLine;
        groupSize = 0;
        ledger.read(groupLine.line, groupLine.line, `${what}: a group line naming the causes of the items under it`);
        continue;
      }
      const before = items.length;
      readPart(part, block, raw);
      if (group) for (const item of items.slice(before)) item.causeReferences = [group];
      groupSize += items.length - before;
    }
  }
  closeGroup();
  if (items.length === 0) problems.warn('EMPTY_SECTION', section.line, `Line ${section.line}: section "${what}" lists nothing`);
  return items;

  function readPart(part: Block, block: Block, raw: string): void {
    const rows = tableItems(raw, spanOf(part).startLine, grouped);
    if (rows) {
      for (const row of rows) {
        items.push(row);
        ledger.read(row.span.startLine, row.span.endLine, what);
      }
      return;
    }
    // Unbulleted lines (plain text as a word processor saves it): one item per line that ends a sentence.
    const lines = part.type === 'paragraph' ? paragraphItems(raw, spanOf(part), what, problems) : [];
    if (lines.length > 1) {
      items.push(...lines);
      ledger.read(spanOf(part).startLine, spanOf(part).endLine, what);
      return;
    }
    // An item wrapped over several lines (plain text typed to a width) is one sentence, not several lines.
    const text = raw.replace(/[ \t]*\n[ \t]*/g, ' ');
    // "A. The zone serial …": the place mark is not a sentence of its own.
    const mark = LETTER_MARK.exec(text)?.[0] ?? '';
    const split = bySentence && block.type === 'paragraph' ? sentences(text.slice(mark.length), spanOf(part)) : [];
    if (split.length > 1) {
      // Causes written as prose: each sentence is one cause, which the author may not have meant; said so.
      problems.warn('ITEMS_FROM_SENTENCES', spanOf(part).startLine, `Line ${spanOf(part).startLine}: a paragraph of ${split.length} sentences is read as ${split.length} separate items of "${what}"`);
      for (const sentence of split) items.push({ text: sentence.text, span: sentence.span });
      ledger.read(spanOf(part).startLine, spanOf(part).endLine, what);
      return;
    }
    items.push({ text, span: spanOf(part) });
    ledger.read(spanOf(part).startLine, spanOf(part).endLine, what);
  }
}

// "a) The checklist …", "(b) …", "c. …", "(iv) …", "B. …", "Cause 1.", "Cause A –", "ROOT CAUSE 2:", "R1.", "PA1  …": an
// item's letter, roman numeral or numbered label is its place in the list, not its text; so is a task box, "[x]".
// So is an outline number ("6.1 All file server …") or a task number ("TASK0031877 - Enable …").
const LETTER_MARK = /^\(?(?:[a-h]|[ivx]{1,4}|[A-H])\)\s+|^\(\d{1,2}\)\s+(?=\p{Lu})|^(?:[a-h]|[ivx]{1,4}|[A-H])\.\s+(?=\p{Lu})|^(?:[Rr]oot [Cc]ause|ROOT CAUSE|[Cc]ause|CAUSE|[Ii]ssue|ISSUE)\s+(?:[Nn]o\.?\s*)?(?:\d{1,2}|[A-H])\s*[:.)–—-]\s+(?=\p{Lu})|^(?:R|AI|PA)\d{1,2}(?:[.:)]\s+|\s+)(?=\p{Lu})|^\[[ xX✓✔]\]\s+|^\d{1,2}(?:\.\d{1,2})+\.?\s+(?=\p{Lu})|^[A-Z]{2,8}-?\d{4,}\s*[-–—:]\s+(?=\p{Lu})/u;

// "… grow the spool to 48 hours. (RC-3) SEC-414": a tracker key after the item's end is where the action is followed up.
const TRACKER_KEY = /(?<=[.)\]])\s+[A-Z][A-Z0-9]{1,9}-\d{1,6}$/;

function withoutPlaceMark(item: ParsedItem): ParsedItem {
  const marked = LETTER_MARK.exec(item.text);
  const text = (marked ? item.text.slice(marked[0].length) : item.text).replace(TRACKER_KEY, '');
  return text === item.text ? item : { ...item, text };
}

function withCauseLabel(item: ParsedItem): ParsedItem {
  const lettered = LETTER_MARK.exec(item.text);
  // "4.1 The carrier moved …": an outline number is the label recommendations refer to ("(Ref. 4.1)").
  const outline = /^(\d{1,2}\.\d{1,2})\.?\s/.exec(item.text)?.[1];
  if (lettered && outline) return { ...item, text: item.text.slice(lettered[0].length), label: outline };
  const read = causeLabel(lettered ? item.text.slice(lettered[0].length) : item.text);
  if (lettered && read.label === null) return { ...item, text: read.text };
  return read.label === null ? item : { ...item, text: read.text, label: read.label };
}

/** "… Owner: Jia Jun Causes: 1, 3": the causes field leaves the text and gives the links. */
function withLabelledCauses(item: ParsedItem): ParsedItem {
  const read = readLabelledCauses(item.text, item.span.startLine);
  return read ? { ...item, text: read.text, causeReferences: [read.reference] } : item;
}

/** Reads each recommendation's own cause references; a tag standing apart from the sentence leaves the stored text. */
function withCauseReferences(items: ParsedItem[]): ParsedItem[] {
  const bareNumbersAreTags = endsInNumberTags(items.map((i) => i.text));
  return items.map((item) => {
    const read = readCauseReferences(item.text, item.span.startLine, bareNumbersAreTags);
    if (read.references.length === 0) return item;
    return { ...item, text: read.text, causeReferences: read.references };
  });
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
  const tree = parseMarkdown(outlineToMarkdown(questionnaireToMarkdown(text)));
  const l = layout(tree.children, problems, ledger);
  const title = readTitle(l, problems, ledger);
  const { department, organisation } = readPreamble(l, ledger);
  const context: DateContext = { order: options.dateOrder ?? dateOrderFromEnv(), period: null };
  const period = readPeriod(l, context, problems, ledger);
  context.period = period ?? yearHint(text, context, problems);
  const partiesSection = findSection(l, 'parties', problems);
  const info = l.sections.find((s) => s.id === 'information') ?? null;
  const locations = [...readInformation(info, ledger), ...readEquipment(l, ledger)];
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
  const causes = readItems(findSection(l, 'causes', problems), 'Incident Caused', problems, ledger, true).map(withCauseLabel);
  const recommendations = withCauseReferences(readItems(findSection(l, 'recommendations', problems), 'Follow up recommendation', problems, ledger, false, true).map((item) => withOwnerAndDue(withLabelledCauses(withoutPlaceMark(item)), context)));
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
