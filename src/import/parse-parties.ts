import type { List } from 'mdast';
import { sourceOf, spanOf, textOf } from './markdown.js';
import type { ProblemList } from './problems.js';
import type { ParsedParty } from './report-types.js';

export const MAX_FIELD_LENGTH = 200;

// "Name - Title" with -, – or —; the dash must stand alone so "Jean-Luc" or "E-Commerce Lead" stay whole.
const PARTY_LINE = /^(.*?)(?:^|\s+)[-–—](?:\s+|$)(.*)$/s;
const LIST_MARKER = /^\s*\d+[.)]\s*/;

export function splitPartyLine(text: string): { name: string; title: string } {
  const m = PARTY_LINE.exec(text);
  if (!m) return { name: text.trim(), title: '' };
  return { name: (m[1] ?? '').trim(), title: (m[2] ?? '').trim() };
}

export function parseParties(markdown: string, list: List, problems: ProblemList): ParsedParty[] {
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
    const { name, title } = splitPartyLine(text);
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
    if (out.some((p) => p.name.toLowerCase() === name.toLowerCase())) {
      problems.warn('DUPLICATE_PARTY', span.startLine, `Party "${name}" is listed twice`);
    }
    out.push({ ordinal, name, title, span });
  });
  return out;
}
