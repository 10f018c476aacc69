import type { Block } from './markdown.js';
import { parseMarkdown, spanOf, textOf } from './markdown.js';
import { parseDayDate, splitDateRange } from './dates.js';
import { checkRawText, MAX_REPORT_BYTES } from './parse-lines.js';
import { MAX_FIELD_LENGTH, parseParties } from './parse-parties.js';
import { isSignOffText, parseSignOffParagraph } from './parse-signoffs.js';
import { parseTimeline } from './parse-timeline.js';
import { ProblemList, ReportParseError } from './problems.js';
import type { ParsedItem, ParsedLocation, ParsedParty, ParsedReport, ParsedSignOffLine, SourceSpan } from './report-types.js';
import type { SectionId } from './sections.js';
import { matchHeader, SECTION_PATTERNS } from './sections.js';

export type * from './report-types.js';
export { MAX_REPORT_BYTES, ReportParseError };

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
  lastLine: number;
}

/** Splits the document into template sections; sign-off paragraphs are pulled out wherever they sit. */
function layout(blocks: Block[], problems: ProblemList): Layout {
  const out: Layout = { titleBlock: null, preamble: [], sections: [], signOffBlocks: [], lastLine: 1 };
  let current: Section | null = null;
  let ignoring = false;
  for (const block of blocks) {
    out.lastLine = Math.max(out.lastLine, spanOf(block).endLine);
    if (block.type === 'heading' && block.depth === 1 && !out.titleBlock && !current) {
      out.titleBlock = block;
      continue;
    }
    const header = matchHeader(block);
    if (header?.kind === 'known') {
      if (out.sections.some((s) => s.id === header.id)) {
        problems.add('DUPLICATE_SECTION', spanOf(block).startLine, `Section "${textOf(block)}" appears twice`);
      }
      current = { id: header.id, line: spanOf(block).startLine, blocks: [] };
      out.sections.push(current);
      ignoring = false;
      continue;
    }
    if (header?.kind === 'unknown' && current) {
      problems.warn('UNKNOWN_SECTION', spanOf(block).startLine, `Section "${header.text}" is not part of the template and was skipped`);
      ignoring = true;
      continue;
    }
    if (block.type === 'paragraph' && isSignOffText(textOf(block)) && current) {
      out.signOffBlocks.push(block);
      continue;
    }
    if (ignoring) continue;
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

function readTitle(l: Layout, problems: ProblemList): string {
  if (!l.titleBlock) {
    problems.add('MISSING_SECTION', 1, 'The report has no "# Incident report for ..." title');
    return '';
  }
  const line = spanOf(l.titleBlock).startLine;
  const title = textOf(l.titleBlock).replace(/^incident report\s*(?:for|on|of|:)?\s*[:-]?\s*/i, '').trim();
  if (title === '') problems.add('MISSING_SECTION', line, `Line ${line}: the title names no incident`);
  if (title.length > MAX_FIELD_LENGTH) problems.add('FIELD_TOO_LONG', line, `Line ${line}: the title is too long`);
  return title;
}

function readPreamble(l: Layout): { department: string | null; organisation: string | null } {
  const texts = l.preamble.filter((b) => b.type === 'paragraph').map((b) => textOf(b));
  const department = texts.find((t) => /\b(department|division|office)\b/i.test(t)) ?? null;
  const organisation = texts.find((t) => t !== department) ?? null;
  return { department, organisation };
}

function readInformation(section: Section | null, problems: ProblemList) {
  const locations: ParsedLocation[] = [];
  let period: ParsedReport['period'] | null = null;
  for (const block of section?.blocks ?? []) {
    if (block.type === 'list') {
      for (const item of block.children) {
        const text = textOf(item);
        const m = /^([^:：]{1,40})[:：]\s*(.+)$/s.exec(text);
        locations.push({ label: m ? (m[1] ?? '').trim() : null, text: m ? (m[2] ?? '').trim() : text, span: spanOf(item) });
      }
      continue;
    }
    const text = textOf(block);
    const date = /^(?:incident )?(?:date|period)s?\s*[:：]\s*(.*)$/is.exec(text);
    if (date) period = readPeriod(date[1] ?? '', spanOf(block), problems) ?? period;
  }
  return { locations, period };
}

function readPeriod(text: string, span: SourceSpan, problems: ProblemList): ParsedReport['period'] | null {
  const line = span.startLine;
  const range = splitDateRange(text);
  if (!range) {
    problems.add('INVALID_DATE', line, `Line ${line}: "${text}" is not a date range like "13 Aug 2024 - 22 Aug 2024"`);
    return null;
  }
  const start = parseDayDate(range.start);
  const end = parseDayDate(range.end);
  if (!start.ok) problems.add('INVALID_DATE', line, `Line ${line}: ${start.reason}`);
  if (!end.ok) problems.add('INVALID_DATE', line, `Line ${line}: ${end.reason}`);
  if (!start.ok || !end.ok) return null;
  if (end.iso < start.iso) {
    problems.add('DATE_ORDER', line, `Line ${line}: the incident period ends (${end.iso}) before it starts (${start.iso})`);
    return null;
  }
  return { start: start.iso, end: end.iso, span };
}

function readItems(section: Section | null, what: string, problems: ProblemList): ParsedItem[] {
  if (!section) return [];
  const items: ParsedItem[] = [];
  for (const block of section.blocks) {
    const parts = block.type === 'list' ? block.children : [block];
    for (const part of parts) {
      const text = textOf(part);
      if (text !== '') items.push({ text, span: spanOf(part) });
    }
  }
  if (items.length === 0) problems.add('EMPTY_SECTION', section.line, `Section "${what}" on line ${section.line} lists nothing`);
  return items;
}

function readSymptoms(section: Section | null, fallback: number, problems: ProblemList): ParsedReport['symptoms'] {
  if (!section || section.blocks.length === 0) {
    problems.warn('MISSING_SYMPTOMS', section?.line ?? fallback, 'No summarized symptoms');
    return { text: '', items: [], span: { startLine: section?.line ?? fallback, endLine: section?.line ?? fallback } };
  }
  const texts = section.blocks.flatMap((b) => (b.type === 'list' ? b.children.map((i) => textOf(i)) : [textOf(b)]));
  const first = spanOf(section.blocks[0] as Block);
  const last = spanOf(section.blocks[section.blocks.length - 1] as Block);
  const items = texts.flatMap((t) => t.split(/\s*[,;\n]\s*/)).map((s) => s.trim()).filter((s) => s !== '');
  return { text: texts.join('\n'), items, span: { startLine: first.startLine, endLine: last.endLine } };
}

function readParties(markdown: string, section: Section | null, problems: ProblemList): ParsedParty[] {
  if (!section) return [];
  const parties: ParsedParty[] = [];
  for (const block of section.blocks) {
    if (block.type === 'list') parties.push(...parseParties(markdown, block, problems));
    else problems.warn('UNEXPECTED_CONTENT', spanOf(block).startLine, `Line ${spanOf(block).startLine} in Related Parties is not a numbered party line`);
  }
  if (parties.length === 0 && !problems.problems.some((p) => p.code === 'EMPTY_PARTY' || p.code === 'PARTY_WITHOUT_TITLE')) {
    problems.add('NO_PARTIES', section.line, `Section "Related Parties" on line ${section.line} lists nobody`);
  }
  return parties;
}

function readSignOffs(l: Layout, problems: ProblemList): ParsedSignOffLine[] {
  const lines = l.signOffBlocks.flatMap((b) => parseSignOffParagraph(textOf(b), spanOf(b).startLine, problems));
  // Sign-offs are optional so that drafts import, but an unsigned report is flagged for the analyst.
  if (lines.length === 0) problems.warn('MISSING_SIGN_OFF', l.lastLine, 'The report has no "Report by" / "Verified by" lines');
  else if (!lines.some((s) => s.kind === 'VERIFIED_BY')) problems.warn('MISSING_SIGN_OFF', l.lastLine, 'The report has no "Verified by" line');
  return lines;
}

function parseChecked(markdown: string): ParsedReport {
  const problems = new ProblemList();
  checkRawText(markdown, problems);
  problems.throwIfAny();

  const tree = parseMarkdown(markdown.replace(/^\uFEFF/, ''));
  const l = layout(tree.children, problems);
  const title = readTitle(l, problems);
  const { department, organisation } = readPreamble(l);
  const partiesSection = requireSection(l, 'parties', problems);
  const info = l.sections.find((s) => s.id === 'information') ?? null;
  const { locations, period } = readInformation(info, problems);
  if (!period && !problems.problems.some((p) => p.code === 'INVALID_DATE' || p.code === 'DATE_ORDER')) {
    const line = info?.line ?? l.sections.find((s) => s.id === 'symptoms' || s.id === 'description')?.line ?? l.lastLine;
    problems.add('MISSING_SECTION', line, `The incident "Date: <start> - <end>" line is missing (expected near line ${line})`);
  }
  const parties = readParties(markdown, partiesSection, problems);
  const symptoms = readSymptoms(l.sections.find((s) => s.id === 'symptoms') ?? null, info?.line ?? 1, problems);
  const description = requireSection(l, 'description', problems);
  const timeline = description ? parseTimeline(description.blocks, period, problems) : [];
  if (description && timeline.length === 0 && !problems.problems.some((p) => p.line !== null && p.line > description.line)) {
    problems.add('EMPTY_SECTION', description.line, `Section "Incident Description" on line ${description.line} has no dated entries`);
  }
  const causes = readItems(requireSection(l, 'causes', problems), 'Incident Caused', problems);
  const recommendations = readItems(requireSection(l, 'recommendations', problems), 'Follow up recommendation', problems);
  const signOffs = readSignOffs(l, problems);
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
  };
}

/**
 * Reads one report written in the incident template.
 * Throws ReportParseError (and nothing else) listing every problem found, each with its line.
 */
export function parseReport(markdown: string): ParsedReport {
  if (typeof markdown !== 'string') {
    throw new ReportParseError([{ code: 'NOT_TEXT', line: null, message: 'A report must be given as text' }]);
  }
  try {
    return parseChecked(markdown);
  } catch (error) {
    if (error instanceof ReportParseError) throw error;
    // Pathological input (e.g. nesting deep enough to exhaust the stack) must still surface as a report problem.
    const detail = error instanceof Error ? error.message : String(error);
    throw new ReportParseError([{ code: 'UNREADABLE', line: null, message: `The report could not be read: ${detail}` }]);
  }
}
