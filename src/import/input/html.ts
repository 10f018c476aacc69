import TurndownService from 'turndown';
import { isSignOffText } from '../parse/parse-signoffs.js';

let service: TurndownService | undefined;

/** The little of the DOM the table rule reads (the project is compiled without the DOM library). */
interface DomNode {
  nodeName: string;
  textContent: string | null;
  children: ArrayLike<DomNode>;
  querySelectorAll(selector: string): ArrayLike<DomNode>;
}

// Column names that make a table a list of people: the reader takes its rows as parties.
const PEOPLE_HEADER = /^(?:(?:full )?name|person|party|staff|member|title|job title|role|position|post|designation)s?$/i;

const cellText = (cell: DomNode) => (cell.textContent ?? '').replace(/\s+/g, ' ').replace(/\|/g, '/').trim();
const rowsOf = (table: DomNode) => Array.from(table.querySelectorAll('tr')).map((row) => Array.from(row.children).filter((c) => c.nodeName === 'TD' || c.nodeName === 'TH').map(cellText));

// Column names of a timeline table: a date or time column and a column of what happened.
const TIMELINE_HEADER = /^(?:date|day|when|time|date\s*(?:\/|and|&)\s*time|what|event|events|description|details|action|activity|what happened)s?$/i;
const DATE_HEADER = /^(?:date|day|when|time|date\s*(?:\/|and|&)\s*time)$/i;

/** The first row's cells when they name people's columns (Name and Title) or a timeline's (When and What), else null. */
function headerCells(table: DomNode): string[] | null {
  const first = rowsOf(table)[0];
  if (!first || first.length < 2) return null;
  if (first.filter((c) => PEOPLE_HEADER.test(c)).length >= 2) return first;
  return first.some((c) => DATE_HEADER.test(c)) && first.filter((c) => TIMELINE_HEADER.test(c)).length >= 2 ? first : null;
}

/** A table of two rows or more, each of two cells or more, that is not a table of sign-offs. */
function isColumnTable(table: DomNode): boolean {
  const rows = rowsOf(table).filter((r) => r.some((c) => c !== ''));
  return rows.length >= 2 && rows.every((r) => r.length >= 2) && signOffRows(table) === null;
}

/** A table of "Prepared by | Name" rows is a block of sign-off lines, one a row. */
function signOffRows(table: DomNode): string[] | null {
  const rows = rowsOf(table).filter((r) => r.some((c) => c !== ''));
  if (rows.length === 0 || !rows.every((r) => r.length === 2 && isSignOffText(`${r[0]?.replace(/[:：]\s*$/, '')}: ${r[1]}`))) return null;
  return rows.map((r) => `${r[0]?.replace(/[:：]\s*$/, '')}: ${r[1]}`);
}

/** A people or timeline table as Markdown pipe rows, header first and a rule under it, so the reader finds its columns. */
function pipeRows(table: DomNode): string[] {
  const rows = rowsOf(table).filter((r) => r.some((c) => c !== ''));
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const [header, ...body] = rows;
  if (!header) return [];
  return [line(header), line(header.map(() => '---')), ...body.map(line)];
}

/**
 * A definition list (`<dt>` term, `<dd>` details) as the list a reader would see: a term with one short detail on one
 * line ("Samuel Lo – Windows Systems Engineer"), a term with several details as a bullet with its details under it
 * ("Mar. 12" and the events of that day).
 */
function descriptionListLines(list: DomNode): string[] {
  const lines: string[] = [];
  let term: { text: string; details: string[] } | null = null;
  const flush = () => {
    if (!term) return;
    const [only] = term.details;
    if (term.details.length === 1 && only !== undefined && only.length <= 80 && !/[.!?]\s/.test(only)) lines.push(`- ${term.text} – ${only}`);
    else lines.push(`- ${term.text}`, ...term.details.map((d) => `  - ${d}`));
    term = null;
  };
  for (const child of Array.from(list.children)) {
    const text = cellText(child);
    if (child.nodeName === 'DT') {
      flush();
      term = { text, details: [] };
    } else if (child.nodeName === 'DD') {
      if (term) term.details.push(text);
      else lines.push(`- ${text}`);
    }
  }
  flush();
  return lines;
}

function turndown(): TurndownService {
  if (service) return service;
  service = new TurndownService({ headingStyle: 'atx', bulletListMarker: '-', emDelimiter: '_', strongDelimiter: '**' });
  service.remove(['head', 'title', 'script', 'style', 'noscript']);
  // Markdown characters are not escaped: "1. Name - Title" typed as a paragraph must stay a list item, as it reads.
  service.escape = (text: string) => text;
  // Any other table with a first row and a body (recommendations with Owner and Due, causes with a Type column) keeps
  // its columns too: the reader finds the text and the cause column by their names.
  service.addRule('partyTable', {
    filter: (node) => node.nodeName === 'TABLE' && (headerCells(node as unknown as DomNode) !== null || isColumnTable(node as unknown as DomNode)),
    replacement: (_content, node) => `\n\n${pipeRows(node as unknown as DomNode).join('\n')}\n\n`,
  });
  service.addRule('descriptionList', {
    filter: (node) => node.nodeName === 'DL',
    replacement: (_content, node) => `\n\n${descriptionListLines(node as unknown as DomNode).join('\n')}\n\n`,
  });
  service.addRule('signOffTable', {
    filter: (node) => node.nodeName === 'TABLE' && signOffRows(node as unknown as DomNode) !== null,
    replacement: (_content, node) => `\n\n${(signOffRows(node as unknown as DomNode) ?? []).join('\n')}\n\n`,
  });
  return service;
}

/** HTML as a wiki or Word exports it, as Markdown; the import's line numbers then point at this Markdown. */
export function htmlToMarkdown(html: string): string {
  // Word pads a typed list number with no-break spaces ("1.&nbsp;&nbsp;Put …"); as plain spaces it reads as the list it is.
  return turndown().turndown(html).replace(/\u00a0/g, ' ');
}
