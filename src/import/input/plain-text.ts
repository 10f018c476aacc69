// Bullets a word processor writes when it saves a document as plain text.
const BULLET = /^(\s*)(?:[•◦▪▫·●○■□➢►‣⁃]|o(?=\t))\s*/;
const NUMBERED = /^(\s*)(\d{1,3})([.)])\s*\t\s*/;

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
      if (BULLET.test(line)) return line.replace(BULLET, '$1- ');
      if (NUMBERED.test(line)) return line.replace(NUMBERED, '$1$2$3 ');
      return line.replace(/\t/g, ' ');
    })
    .join('\n');
}
