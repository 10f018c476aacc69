import type { Block } from './markdown.js';
import { spanOf, textOf } from './markdown.js';
import { MAX_FIELD_LENGTH } from './parse-parties.js';
import type { ProblemList } from './problems.js';
import type { ParsedItem, ParsedReport } from './report-types.js';
import type { LineLedger } from './line-ledger.js';
import type { Layout } from './report-layout.js';
import { restParagraph } from './report-layout.js';

// A title that reads like a sentence, a date or a label rather than an incident's name.
const ODD_TITLE = /^(?:\d|date|period|when|prepared|report by|from|to|subject)\b|[.!?]$/i;

export function readTitle(l: Layout, problems: ProblemList, ledger: LineLedger): string {
  if (!l.titleBlock) return titleFromPreamble(l, problems, ledger);
  const span = spanOf(l.titleBlock);
  const line = span.startLine;
  ledger.read(span.startLine, span.endLine, 'title');
  const title = textOf(l.titleBlock).replace(/^(?:title|subject)\s*[:：]\s*/i, '').replace(/^(?:incident report|post[- ]incident (?:report|review)|incident review)\s*(?:for|on|of|:)?\s*[:\-–—]?\s*/i, '').trim();
  // "INCIDENT REPORT" alone names no incident: the incident's name is then the next line.
  if (title === '') return titleFromPreamble(l, problems, ledger);
  if (title.length > MAX_FIELD_LENGTH) problems.add('FIELD_TOO_LONG', line, `Line ${line}: the title is too long`);
  if (title !== '' && (ODD_TITLE.test(title) || title.length > 120)) problems.warn('TITLE_UNUSUAL', line, `Line ${line}: "${title}" is read as the title but does not look like an incident's name`);
  return title;
}

/** A report with no line before its first section is named by its first symptom, else its first cause, with a warning. */
export function titleFromContent(symptoms: ParsedReport['symptoms'], causes: ParsedItem[], problems: ProblemList): string {
  const symptom = symptoms.items[0];
  const from = symptom ? { text: symptom, line: symptoms.span.startLine, what: 'first symptom' } : causes[0] ? { text: causes[0].text.split('\n')[0] ?? '', line: causes[0].span.startLine, what: 'first cause' } : null;
  if (!from || from.text.trim() === '') {
    problems.add('MISSING_SECTION', 1, 'The report has no title and no line to use as one');
    return '';
  }
  // "Title: …" / "Subject: …" is a label for the title, not part of it.
  const text = from.text.trim().replace(/^(?:\*\*)?(?:title|subject)\s*[:：]\s*(?:\*\*)?\s*/i, '').replace(/[.;:]+$/, '');
  const title = text.length > 120 ? `${text.slice(0, 117).trimEnd()}…` : text;
  problems.warn('TITLE_GUESSED', from.line, `Line ${from.line}: the report has no title line; the incident is named after its ${from.what}, "${title}"`);
  return title;
}

// "INCIDENT REPORT: Wireless controller failover" names the incident after its label.
const REPORT_PREFIX = /^(?:incident report|post[- ]incident (?:report|review)|incident review)\s*(?:for|on|of)?\s*[:\-–—]\s*/i;
const TITLE_LABEL = /^(?:\*\*)?(?:title|subject|incident(?: name| title)?)\s*[:：]\s*(?:\*\*)?\s*/i;
// Preamble lines that name the department or the organisation, not the incident.
const DEPARTMENT_LINE = /\b(?:department|dept\.?|division|office)\b/i;
const ORGANISATION_LINE = /\b(?:ltd|limited|inc|corp(?:oration)?|group|company|plc|llc|gmbh)\.?$/i;

/**
 * No heading or "Incident report" line: the first line before the first section that names neither the
 * department nor the organisation is the title, with a warning. That line leaves the preamble.
 */
function titleFromPreamble(l: Layout, problems: ProblemList, ledger: LineLedger): string {
  // A line labelled "Title:" or "Subject:" names the incident wherever it stands in the preamble.
  const labelled = l.preamble.findIndex((b) => (b.type === 'paragraph' || b.type === 'heading') && textOf(b).split('\n').some((t) => TITLE_LABEL.test(t.trim())));
  for (const [index, block] of l.preamble.entries()) {
    if (block.type !== 'paragraph' && block.type !== 'heading') continue;
    if (labelled >= 0 && index !== labelled) continue;
    const span = spanOf(block);
    const lines = textOf(block).split('\n');
    const at = labelled >= 0 ? lines.findIndex((t) => TITLE_LABEL.test(t.trim())) : lines.findIndex((t) => t.trim() !== '' && !DEPARTMENT_LINE.test(t) && !ORGANISATION_LINE.test(t.trim()));
    if (at < 0) continue;
    const title = (lines[at] ?? '').trim().replace(TITLE_LABEL, '').replace(REPORT_PREFIX, '').trim();
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
