import type { List } from 'mdast';
import { sourceOf, spanOf, textOf } from './markdown.js';
import { readPartyLine } from './party-line.js';
import type { ProblemList } from './problems.js';
import type { ParsedParty } from './report-types.js';

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
    // "3. - Title" becomes a nested bullet list in mdast, so the typed text is read from source instead.
    const text =
      first?.type === 'paragraph'
        ? textOf(item).split('\n')[0] ?? ''
        : sourceOf(markdown, item).split(/\r\n|\r|\n/)[0]?.replace(LIST_MARKER, '') ?? '';
    const ordinal = list.ordered ? start + index : index + 1;
    const line = readPartyLine(text, signers);
    const { name, title } = line;
    if (name === '') {
      problems.add('EMPTY_PARTY', span.startLine, `Party ${ordinal} on line ${span.startLine} has no name`);
      return;
    }
    if (title === '') {
      problems.add(
        'PARTY_WITHOUT_TITLE',
        span.startLine,
        `Party "${name}" on line ${span.startLine} has no title (expected "Name - Title")`,
      );
      return;
    }
    if (name.length > MAX_FIELD_LENGTH || title.length > MAX_FIELD_LENGTH) {
      problems.add('FIELD_TOO_LONG', span.startLine, `Party line ${span.startLine} is longer than ${MAX_FIELD_LENGTH} characters`);
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
