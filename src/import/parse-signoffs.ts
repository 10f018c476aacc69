import { MAX_FIELD_LENGTH } from './parse-parties.js';
import type { ProblemList } from './problems.js';
import type { ParsedSignOffLine, SignOffLine } from './report-types.js';

const LABELS: readonly [RegExp, SignOffLine][] = [
  [/^(?:report(?:ed)?|prepared|written|compiled|authored) by$/, 'REPORT_BY'],
  [/^(?:verified|checked) by$/, 'VERIFIED_BY'],
  [/^(?:additional verifications?|additionally verified by)$/, 'ADDITIONAL_VERIFICATION'],
  [/^reviewed by$/, 'REVIEWED_BY'],
  [/^approved by$/, 'APPROVED_BY'],
  [/^endorsed by$/, 'ENDORSED_BY'],
  [/^signed[- ]off by$/, 'SIGNED_OFF_BY'],
  [/^closed by$/, 'CLOSED_BY'],
];
// A label then a colon: "Reviewed by: Anson Tsang". Without the colon ("reviewed by the service desk") it is prose.
const SIGN_OFF = /^((?:report(?:ed)?|prepared|written|compiled|authored|verified|checked|reviewed|approved|endorsed|signed[- ]off|closed|additionally verified) by|additional verifications?)\s*[:：]\s*(.*)$/i;

function kindOf(label: string): SignOffLine {
  const l = label.toLowerCase().replace(/\s+/g, ' ');
  return LABELS.find(([pattern]) => pattern.test(l))?.[1] ?? 'REPORT_BY';
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

/** Every name the sign-off lines of a paragraph give, as written. */
export function signOffNames(text: string): string[] {
  return text.split(/\r\n|\r|\n/).flatMap((raw) => {
    const m = SIGN_OFF.exec(raw.trim());
    return m ? splitNames(m[2] ?? '') : [];
  });
}
