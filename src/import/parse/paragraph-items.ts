import type { ProblemList } from './problems.js';
import type { ParsedItem, SourceSpan } from './report-types.js';

// A line that ends a sentence, then one that starts one: a word processor's list without bullet marks.
// A line ending in a bracketed tag ("… headroom. [cause 2]", "… before sign-off [cause 3]", "… (ref RC2)") ends its item too.
const ENDS_SENTENCE = /[.!?]["')\]]?$|\[[^\]]{1,30}\]$|\((?:ref|see|re|fixes|cause)[^)]{0,30}\)$/i;
// A letter or roman mark ("b) Disk alarm …", "(c) No spare …", "(ii) No spare …") starts an item as a capital does.
const STARTS_SENTENCE = /^["'(]?[\p{Lu}\d]|^\(?(?:[a-h]|[ivx]{1,4})\)\s/u;

/**
 * The items of a causes or recommendations paragraph. Plain text as a word processor saves it writes each
 * cause on its own line with no bullet and no blank line between them, so a line ending a sentence followed
 * by a line starting one is a new item; a line broken mid-sentence continues the item. A break the text
 * cannot decide (no full stop, then a capital) keeps the lines together and is a warning on its line.
 */
export function paragraphItems(text: string, span: SourceSpan, what: string, problems: ProblemList): ParsedItem[] {
  const lines = text.split('\n');
  const items: ParsedItem[] = [];
  let start = 0;
  const close = (end: number) => {
    const itemText = lines.slice(start, end + 1).map((l) => l.trim()).join(' ').trim();
    if (itemText !== '') items.push({ text: itemText, span: { startLine: span.startLine + start, endLine: span.startLine + end } });
    start = end + 1;
  };
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (next === undefined) return close(i);
    const ends = ENDS_SENTENCE.test(line.trim());
    const starts = STARTS_SENTENCE.test(next.trim());
    if (ends && starts) return close(i);
    if (!ends && starts) {
      const at = span.startLine + i + 1;
      problems.warn('ITEM_LINES_JOINED', at, `Line ${at}: read as going on from the line before in the ${what} although it starts with a capital; if it is a separate item, end the line before with a full stop or make both bullets`);
    }
  });
  return items;
}
