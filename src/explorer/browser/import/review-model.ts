import type { ExplorerImportResultFragment } from '../../../generated/explorer-import/graphql.js';

export type ImportResult = ExplorerImportResultFragment;
export type Fact = ImportResult['facts'][number];
export type Warning = ImportResult['warnings'][number];
export type Entity = ImportResult['entities'][number];

/** A reason the API refused a report, on its line (`extensions.problems` of a BAD_USER_INPUT error). */
export interface Problem {
  line: number | null;
  code: string;
  message: string;
}

export type LineState = 'read' | 'unread' | 'blank';

export interface ReviewLine {
  /** 1-based, as the API's spans count. */
  number: number;
  text: string;
  /** Facts read from this line (their span covers it). */
  facts: Fact[];
  /** Facts whose span starts on this line: their chips sit here. */
  starting: Fact[];
  warnings: Warning[];
  problems: Problem[];
  state: LineState;
  /** Why nothing was read, for an unread line. */
  reason: string | null;
}

/** An explicit unread line from the API, where it gives one. */
export interface UnreadLine {
  line: number;
  reason: string;
}

const NO_FACT = 'no fact was read from this line';
const HEADING = 'a section heading: it places the lines below it, no fact of its own';

/** Markdown headings and the template's bold labels (`**Related Parties:**`, `Incident Location:`). */
const isHeading = (line: string) => /^\s*(#{1,6}\s|\*\*[^*]+\*\*\s*$|[A-Z][\w &/-]{0,40}:\s*$)/.test(line);

/**
 * The report line by line with what each produced: the facts whose spans cover it, the warnings and
 * problems on it. A line no fact covers is `unread` (blank lines are neither); where the API lists
 * unread lines with reasons (`unread` not null), that list decides instead.
 */
export function reviewLines(text: string, facts: Fact[], warnings: Warning[] = [], problems: Problem[] = [], unread: UnreadLine[] | null = null): ReviewLine[] {
  const lines = text.split(/\r\n|\r|\n/);
  const reasons = new Map((unread ?? []).map((u) => [u.line, u.reason]));
  return lines.map((line, index) => {
    const number = index + 1;
    const covering = facts.filter((f) => f.startLine <= number && number <= f.endLine);
    const blank = line.trim() === '';
    const state: LineState = blank ? 'blank' : reasons.has(number) ? 'unread' : unread || covering.length ? 'read' : 'unread';
    return {
      number,
      text: line,
      facts: covering,
      starting: facts.filter((f) => f.startLine === number),
      warnings: warnings.filter((w) => w.line === number),
      problems: problems.filter((p) => p.line === number),
      state,
      reason: state === 'unread' ? (reasons.get(number) ?? (isHeading(line) ? HEADING : NO_FACT)) : null,
    };
  });
}

/** Lines a fact covers, and for a recommendation the lines of the causes it addresses. */
export function linesOf(fact: Fact, facts: Fact[]): { own: number[]; related: number[] } {
  const range = (f: Fact) => Array.from({ length: f.endLine - f.startLine + 1 }, (_, i) => f.startLine + i);
  const causes = fact.kind === 'RECOMMENDATION' ? facts.filter((f) => f.kind === 'CAUSE' && f.number !== null && fact.addressesCauses.includes(f.number)) : [];
  return { own: range(fact), related: causes.flatMap(range) };
}

/** `CHANGE_MANAGEMENT` → `change management`. */
export const words = (value: string) => value.toLowerCase().replace(/_/g, ' ');

/** What a chip says: its kind in words, then the fact (`cause · root cause 1 · change management`). */
export function chipText(fact: Fact): string {
  const extra = fact.kind === 'CAUSE' || fact.kind === 'FINDING'
    ? fact.categories.map(words).join(', ')
    : fact.kind === 'RECOMMENDATION' && fact.addressesCauses.length
      ? `→ cause ${fact.addressesCauses.join(', ')}`
      : '';
  return [KIND_LABELS[fact.kind], fact.kind === 'CAUSE' || fact.kind === 'RECOMMENDATION' || fact.kind === 'FINDING' ? fact.label.replace(/^(recommendation|finding) ?/, '') : fact.label, extra]
    .filter(Boolean)
    .join(' · ');
}

export const KIND_LABELS: Record<Fact['kind'], string> = {
  INCIDENT: 'incident',
  ENTRY: 'entry',
  TIME: 'time',
  PARTY: 'party',
  ASSET: 'asset',
  TEAM: 'team',
  SERVICE: 'service',
  CAUSE: 'cause',
  FINDING: 'finding',
  RECOMMENDATION: 'recommendation',
  SIGN_OFF: 'sign-off',
  ASSET_FACT: 'asset fact',
};
