// Bullets a word processor writes when it saves a document as plain text.
const BULLET = /^(\s*)(?:[•◦▪▫·●○■□➢►‣⁃]|o(?=\t))\s*/;
const NUMBERED = /^(\s*)(\d{1,3})([.)])\s*\t\s*/;

/**
 * A tab inside a line separates columns ("Ivan Cheung<TAB>Administrator", "02.05.2026<TAB>text"), so it becomes a
 * spaced dash, the separator the reader knows; after a label's colon it is only space. Leading tabs are indentation.
 */
function columns(line: string): string {
  const lead = /^[ \t]*/.exec(line)?.[0] ?? '';
  const body = line.slice(lead.length).replace(/[ ]*\t+[ ]*/g, (_tab, offset: number, all: string) => (/[:：]$/.test(all.slice(0, offset)) ? ' ' : ' – '));
  return `${lead.replace(/\t/g, '    ')}${body}`.replace(/\s+$/, '');
}

/**
 * Plain text as a word processor exports it, turned into Markdown line for line (so every line number
 * still points at the same line): the first line is the title, bullets become "- ", tabbed numbers "1. ".
 */
export function plainTextToMarkdown(text: string): string {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  let titled = false;
  return lines
    .map((line) => {
      if (!titled && line.trim() !== '') {
        titled = true;
        return /^\s*#/.test(line) ? line : `# ${line.trim()}`;
      }
      const marked = BULLET.test(line) ? line.replace(BULLET, '$1- ') : NUMBERED.test(line) ? line.replace(NUMBERED, '$1$2$3 ') : line;
      return columns(marked);
    })
    .join('\n');
}
