import { looksLikeName, readPartyLine } from '../parse/party-line.js';
import { isSignOffLike, isSignOffText } from '../parse/parse-signoffs.js';
import { startsLikeDate } from '../parse/read-dates.js';
import { isSectionLine } from '../parse/sections.js';
import { LETTERHEAD, PERIOD_LINE, REPORT_LABEL, SIGN_OFF_HEADING } from '../parse/report-labels.js';

// Bullets a word processor writes when it saves a document as plain text.
const BULLET = /^(\s*)(?:[•◦▪▫·●○■□➢►‣⁃]|o(?=\t))\s*/;
// "a) …", "(b) …", "(iv) …": a letter or roman numeral in brackets marks a list item.
const LETTERED = /^(\s*)\(?(?:[a-z]|[ivx]{2,4})\)\s+/;
const NUMBERED = /^(\s*)(\d{1,3})([.)])\s*\t\s*/;
const CAPS_HEADING = /^\s*\d{1,2}[.)]\s+\p{Lu}{3,}(?:[\s&/-]+\p{Lu}{2,})*(?:\s|$)/u;

/**
 * A tab inside a line separates columns ("Ivan Cheung<TAB>Administrator", "02.05.2026<TAB>text"), so it becomes a
 * spaced dash, the separator the reader knows; after a label's colon it is only space. Leading tabs are indentation.
 */
function columns(line: string): string {
  const lead = /^[ \t]*/.exec(line)?.[0] ?? '';
  // Columns typed with runs of spaces ("Winnie Chan       Messaging Engineer") are columns too; two spaces after a
  // sentence's full stop, or before a label's colon, are only spacing.
  const body = line
    .slice(lead.length)
    .replace(/[ ]*\t+[ ]*|(?<![.!?:;,])[ ]{3,}(?![ :：])/g, (_gap, offset: number, all: string) => (/[:：]$/.test(all.slice(0, offset)) ? ' ' : ' – '));
  return `${lead.replace(/\t/g, '    ')}${body}`.replace(/\s+$/, '');
}

// A typed underline: three or more "-" or "=" and nothing else.
const isUnderline = (line: string) => /^\s*(?:-{3,}|={3,})\s*$/.test(line);


/**
 * Whether the first line of a text file can be its title: not a section name, a period or dated line, a
 * sign-off or a party line. A report that starts with its parties or dates has no title line; the reader then
 * falls back to another line, with a warning.
 */
export function canBeTitle(line: string): boolean {
  const text = line.trim().replace(/^[-•*]\s+/, '');
  if (text === '' || /^\s*[-•*]\s/.test(line) || BULLET.test(line) || NUMBERED.test(line)) return false;
  if (isSectionLine(text) || PERIOD_LINE.test(text) || startsLikeDate(text) || isSignOffText(text) || isSignOffLike(text)) return false;
  // "INCIDENT REPORT: OUTBOUND MAIL BLOCKED": a report's own label names it a title, whatever shape the rest has.
  if (REPORT_LABEL.test(text)) return true;
  // "HYPER GROUP NETWORK LTD - IT DEPARTMENT" is a letterhead; the incident's name is on a later line.
  if (LETTERHEAD.test(text)) return false;
  const party = readPartyLine(text.replace(/\t+/g, ' - '), new Set());
  return !(party.evidence !== null && party.name !== '' && party.title !== '' && looksLikeName(party.name));
}

/**
 * Plain text as a word processor exports it, turned into Markdown line for line (so every line number
 * still points at the same line): the first line is the title when it can be one, bullets become "- ",
 * tabbed numbers "1. ".
 */
export function plainTextToMarkdown(text: string): string {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let titled = false;
  return lines
    .map((written, index) => {
      let line = written;
      // "1. PARTIES" over "----------": an underlined line is a heading; the underline becomes a blank line.
      if (isUnderline(line) && index > 0 && (lines[index - 1] ?? '').trim() !== '' && !isUnderline(lines[index - 1] ?? '')) return '';
      if (line.trim() !== '' && isUnderline(lines[index + 1] ?? '') && !isUnderline(line)) {
        if (!titled) titled = true;
        return `## ${line.trim()}`;
      }
      if (!titled && line.trim() !== '') {
        titled = true;
        if (/^\s*#/.test(line)) return line;
        if (canBeTitle(line)) return `# ${line.trim()}`;
      }
      // A short line standing alone between blank lines is how a word processor's heading comes out as text;
      // it is made a heading only when it names a section ("Why it happened", "What we will do").
      // So is a line at the margin with the section's lines indented under it ("Involved" over "    Network Architect: …").
      const next = lines[index + 1] ?? '';
      const alone = (lines[index - 1] ?? '').trim() === '' && (next.trim() === '' || (/^[ \t]+\S/.test(next) && /^\S/.test(line)));
      const named = isSectionLine(`${line.trim().replace(/[:：]\s*$/, '')}:`) || SIGN_OFF_HEADING.test(line.trim());
      if (alone && index > 0 && named && !/[.!?;,]$/.test(line.trim()) && line.trim().split(/\s+/).length <= 6) {
        return `## ${line.trim()}`;
      }
      // "ATTACHMENTS:", "DISTRIBUTION LIST:": a line of one to four words in capitals ending in a colon, after a blank
      // line, is a typed heading even when it names no section the importer reads (what is under it is then unread).
      if ((lines[index - 1] ?? '').trim() === '' && /^[A-Z][A-Z&/ ]{2,40}[:：]$/.test(line.trim()) && line.trim().split(/\s+/).length <= 4) return `## ${line.trim().replace(/[:：]$/, '')}`;
      // "1. PARTIES", "4. TIMELINE (all times HKT)": a numbered line led by a word in capitals is a typed heading.
      if (CAPS_HEADING.test(line) && line.trim().split(/\s+/).length <= 8 && !/[.!?;,]$/.test(line.trim())) return `## ${line.trim()}`;
      // A typist indents a section's lines to set them under its heading; in Markdown four spaces would make them
      // code, so the indentation goes (bullets and numbers keep their marks, which is all their nesting said).
      line = line.replace(/^[ \t]+/, '');
      const marked = LETTERED.test(line) ? line.replace(LETTERED, '$1- ') : BULLET.test(line) ? line.replace(BULLET, '$1- ') : NUMBERED.test(line) ? line.replace(NUMBERED, '$1$2$3 ') : line;
      return columns(marked);
    })
    .join('\n');
}
