import { MAX_FIELD_LENGTH } from './parse-parties.js';
import type { ProblemList } from './problems.js';
import type { ParsedSignOffLine, SignOffLine } from './report-types.js';

const SIGN_OFF = /^(report(?:ed)? by|prepared by|verified by|additional verifications?)\s*[:：]\s*(.*)$/i;

function kindOf(label: string): SignOffLine {
  const l = label.toLowerCase();
  if (l.startsWith('verified')) return 'VERIFIED_BY';
  if (l.startsWith('additional')) return 'ADDITIONAL_VERIFICATION';
  return 'REPORT_BY';
}

export function isSignOffText(text: string): boolean {
  return text.split(/\r\n|\r|\n/).some((l) => SIGN_OFF.test(l.trim()));
}

export function splitNames(list: string): string[] {
  return list
    .split(/\s*(?:,|;|\band\b|&)\s*/i)
    .map((n) => n.trim().replace(/\.$/, ''))
    .filter((n) => n !== '');
}

/** A paragraph may hold several sign-off lines when the author left out the blank lines between them. */
export function parseSignOffParagraph(text: string, firstLine: number, problems: ProblemList): ParsedSignOffLine[] {
  const out: ParsedSignOffLine[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, i) => {
    const line = firstLine + i;
    const m = SIGN_OFF.exec(raw.trim());
    if (!m) {
      if (raw.trim() !== '') problems.warn('UNEXPECTED_CONTENT', line, `Line ${line} after the sign-offs was ignored`);
      return;
    }
    const names = splitNames(m[2] ?? '');
    if (names.length === 0) {
      problems.add('EMPTY_SIGN_OFF', line, `Sign-off "${m[1] ?? ''}" on line ${line} names nobody`);
      return;
    }
    if (names.some((n) => n.length > MAX_FIELD_LENGTH)) {
      problems.add('FIELD_TOO_LONG', line, `Sign-off "${m[1] ?? ''}" on line ${line} has a name longer than ${MAX_FIELD_LENGTH} characters`);
      return;
    }
    out.push({ kind: kindOf(m[1] ?? ''), names, span: { startLine: line, endLine: line } });
  });
  return out;
}
