import type { UnreadLine } from './report-types.js';

const DEFAULT_REASON = 'not part of any section or line the importer reads';

/**
 * Accounts for every line of a report: the parser marks what it read and why it skipped the rest, so the
 * import result can list each non-empty line that produced nothing, with a reason.
 */
export class LineLedger {
  private readonly lines: string[];
  private readonly readLines = new Set<number>();
  private readonly reasons = new Map<number, string>();

  constructor(text: string) {
    this.lines = text.split(/\r\n|\r|\n/);
  }

  read(startLine: number, endLine: number, _what: string): void {
    for (let l = startLine; l <= endLine; l++) this.readLines.add(l);
  }

  /** Takes back a read: the line turned out not to be what it was first read as. */
  forget(startLine: number, endLine: number): void {
    for (let l = startLine; l <= endLine; l++) this.readLines.delete(l);
  }

  skip(startLine: number, endLine: number, reason: string): void {
    for (let l = startLine; l <= endLine; l++) if (!this.reasons.has(l)) this.reasons.set(l, reason);
  }

  unread(): UnreadLine[] {
    const out: UnreadLine[] = [];
    this.lines.forEach((raw, i) => {
      const line = i + 1;
      const text = raw.trim();
      if (text === '' || this.readLines.has(line)) return;
      out.push({ line, text, reason: this.reasons.get(line) ?? DEFAULT_REASON });
    });
    return out;
  }
}
