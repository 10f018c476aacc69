import { MAX_FIELD_LENGTH } from './parse-parties.js';
import { hasTitleWord, looksLikeName } from './party-line.js';
import type { ProblemList } from './problems.js';
import { SIGN_OFF_HEADING } from './report-labels.js';
import type { ParsedSignOffLine, SignOffLine } from './report-types.js';

const LABELS: readonly [RegExp, SignOffLine][] = [
  [/^(?:report(?:ed)?|prepared|written|compiled|authored|authors?|submitted|minutes taken|written up) by$/, 'REPORT_BY'],
  [/^(?:verified|checked) by$/, 'VERIFIED_BY'],
  [/^(?:additional verifications?|additionally verified by)$/, 'ADDITIONAL_VERIFICATION'],
  [/^(?:reviewed|noted) by$/, 'REVIEWED_BY'],
  [/^(?:approved|authori[sz]ed|ok'?d|okayed) by$/, 'APPROVED_BY'],
  [/^endorsed by$/, 'ENDORSED_BY'],
  [/^signed(?:[- ]off)? by$/, 'SIGNED_OFF_BY'],
  [/^closed by$/, 'CLOSED_BY'],
];
// A label then a colon: "Reviewed by: Anson Tsang". Without the colon ("reviewed by the service desk") it is prose.
// The participle alone takes a colon too: "Reviewed: Oscar Fung", "Signed off: Dicky Fung"; so does "Author: Raymond Kwok".
const SIGN_OFF = /^((?:report(?:ed)?|prepared|written|compiled|authored|verified|checked|reviewed|approved|endorsed|signed[- ]off|closed|additionally verified|submitted|noted|authori[sz]ed|ok'?d|okayed|minutes taken|written up) by|additional verifications?|(?:reported|prepared|written|verified|checked|reviewed|approved|endorsed|signed(?:[- ]off)?|closed)|authors?(?=\s*[:：]))(?:\s*[:：]|\s+[–—]|\s+-(?=\s))\s*(.*)$/i;

// "Reviewed by Anson Tsang" with the colon left out: read when every name is shaped like a person's name.
const SIGN_OFF_NO_COLON = /^((?:report(?:ed)?|prepared|written|compiled|authored|verified|checked|reviewed|approved|endorsed|signed[- ]off|closed|submitted|noted|authori[sz]ed|ok'?d|okayed|minutes taken|written up) by)\s+(\S.*)$/i;
// "Approval: …", "Reviewer: …": a sign-off label the importer does not know, followed by a colon.
const SIGN_OFF_LIKE = /^(?:approved|approval|approver|reviewed|reviewer|verified|verifier|prepared|author|authors|signed|sign[- ]off|endorsed|closed|report(?:ed|er)?)\b[^:：]{0,25}[:：]\s*\S/i;

// "Written by Ken Ma · Reviewed by Ivan Cheung · Signed off by Alex Liang", "Prepared: A; Reviewed: B": several
// sign-offs on one line.
const PIECE_SEPARATOR = /\s+[·•|]\s+|\s*;\s+/;

const LABEL_WORD = '(?:prepared|written|reviewed|verified|checked|approved|endorsed|signed off|closed)';
// "Reviewed and accepted by Nick Huang": the second verb says no more than the label does.
const TWO_VERBS = new RegExp(`^(${LABEL_WORD}) and (?:accepted|approved|agreed|signed(?: off)?|endorsed) by\\b`, 'i');
// "Approved (Alex Liang, Chairman of ERG) on 16 Jan 2026": the signer in brackets after the label.
const SIGNER_IN_BRACKETS = new RegExp(`^(${LABEL_WORD})\\s*\\(([^(),]+)(?:,[^()]*)?\\)\\s*(?:on\\s+\\S.*)?$`, 'i');
// "— Kevin Li" alone at the end: the writer's closing signature.
const CLOSING_SIGNATURE = /^[—–]\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3})\s*$/u;

// "RCA author : Eric Chow", "Problem mgr approval : Alex Liang", "Confirmed as a true record: Alex Liang": a label of a
// few words that names the signer's part by a word of it.
const ROLE_WORDED = /^((?:[A-Za-z'’]+\s+){0,4}[A-Za-z'’]+)\s*[:：]\s*(\S.*)$/;
const ROLE_WORD_LABELS: readonly [RegExp, string][] = [
  [/\b(?:author|prepared|written|compiled|minutes|submitted)\b/i, 'Prepared by'],
  [/\b(?:review|reviewed|reviewer|noted)\b/i, 'Reviewed by'],
  [/\b(?:approval|approved|approver|authori[sz]ed|authori[sz]ation|ok'?d|confirmed as a true record)\b/i, 'Approved by'],
  [/\b(?:verification|verified|verifier|checked|checker)\b/i, 'Verified by'],
];

/** "Problem mgr approval : Alex Liang" as "Approved by: Alex Liang"; null when the line is not such a label. */
function roleWorded(line: string): string | null {
  const byRole = ROLE_WORDED.exec(line);
  if (!byRole || SIGN_OFF.test(line)) return null;
  const label = ROLE_WORD_LABELS.find(([word]) => word.test(byRole[1] ?? ''))?.[1];
  const names = splitNames(byRole[2] ?? '');
  return label && names.length > 0 && names.every(looksLikeName) ? `${label}: ${byRole[2] ?? ''}` : null;
}

const VALEDICTION = /^(?:(?:kind|best|warm)\s+)?regards[,.]?$|^(?:thanks|thank you|cheers|many thanks)[,.!]?$|^respectfully submitted[,.]?$|^yours sincerely[,.]?$/i;

/** A sign-off line as other people write it, in the label-colon-names form the reader knows; other lines unchanged. */
function canonical(written: string): string {
  // "Reviewed-by: Oscar Fung", as a commit message signs; "<ivan.cheung@…>" after a name is an address, not a name.
  const line = written.replace(/^([A-Za-z]+(?:[- ]off)?)-by\s*:/i, '$1 by:').replace(/\s*<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?/g, '');
  // "Regards," over the writer's name, as an e-mail ends.
  if (VALEDICTION.test(line)) return 'Written by:';
  const byRole = roleWorded(line);
  if (byRole) return byRole;
  const closing = CLOSING_SIGNATURE.exec(line);
  if (closing) return `Written by: ${closing[1] ?? ''}`;
  const bracketed = SIGNER_IN_BRACKETS.exec(line);
  if (bracketed && looksLikeName((bracketed[2] ?? '').trim())) return `${bracketed[1] ?? ''} by: ${(bracketed[2] ?? '').trim()}`;
  return line.replace(TWO_VERBS, '$1 by');
}

// "Sign-off: Marcus Chan (author) / Jia Jun (review) / Alex Liang (approval), 27.08.2026": each signer with the
// part they played in brackets.
const ROLE_LINE = /^(?:sign[- ]?offs?|signatures?|signed(?: off)?)\s*[:：]\s*(.+)$/i;
const ROLE_PIECE = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})\s*\(\s*([a-z ]+?)\s*\)\s*(?:,.*)?$/u;
const ROLE_LABELS: readonly [RegExp, string][] = [
  [/^(?:author|writer|prepared|preparer|reporter|written)$/i, 'Prepared by'],
  [/^(?:review|reviewer|reviewed)$/i, 'Reviewed by'],
  [/^(?:approval|approver|approved)$/i, 'Approved by'],
  [/^(?:verification|verifier|verified|check|checker|checked)$/i, 'Verified by'],
  [/^(?:endorsement|endorser|endorsed)$/i, 'Endorsed by'],
];

/** The signers of a role line as one label-colon-name line each; null when any piece is not "Name (role)". */
function rolePieces(line: string): string[] | null {
  const m = ROLE_LINE.exec(line);
  if (!m) return null;
  const pieces = (m[1] ?? '').split(/\s+\/\s+|\s*;\s*/);
  const out = pieces.map((piece) => {
    const p = ROLE_PIECE.exec(piece.trim());
    const label = p ? ROLE_LABELS.find(([role]) => role.test(p[2] ?? ''))?.[1] : undefined;
    return p && label ? `${label}: ${p[1] ?? ''}` : null;
  });
  return out.length >= 1 && out.every((o) => o !== null) ? (out as string[]) : null;
}

/** The sign-offs one line holds: its pieces when every piece is one, else the line itself. */
function signOffPieces(written: string): string[] {
  const byRole = rolePieces(written.trim());
  if (byRole) return byRole;
  const line = canonical(written);
  const pieces = line.split(PIECE_SEPARATOR).map((p) => canonical(p.trim())).filter((p) => p !== '');
  return pieces.length > 1 && pieces.every((p) => SIGN_OFF.test(p) || withoutColon(p) !== null) ? pieces : [line];
}

/** The lines of a text with several sign-offs on one line set out one per line, each with the line it stands on. */
function signOffLines(text: string): { raw: string; at: number }[] {
  return text.split(/\r\n|\r|\n/).flatMap((raw, at) => signOffPieces(raw.trim()).map((piece) => ({ raw: piece, at })));
}

function withoutColon(line: string): { label: string; names: string[] } | null {
  const m = SIGN_OFF_NO_COLON.exec(line);
  if (!m) return null;
  const names = splitNames(m[2] ?? '');
  return names.length > 0 && names.every(looksLikeName) ? { label: m[1] ?? '', names } : null;
}

/** A paragraph made only of sign-off lines, including ones that cannot be read (so they are warned about, not taken as text). */
export function isSignOffLike(text: string): boolean {
  const lines = signOffLines(text).map((l) => l.raw).filter((l) => l !== '');
  let underLabel = false;
  return lines.length > 0 && lines.every((l) => {
    if (SIGN_OFF.test(l)) {
      underLabel = bareSignOffLabel(l) !== null;
      return true;
    }
    if (underLabel && signerLine(l)) return true;
    underLabel = false;
    return withoutColon(l) !== null || SIGN_OFF_LIKE.test(l);
  });
}

/** "Winnie Chan (Messaging Engineer)" on its own line under "Signed:": the names, or null when the line is not one. */
function signerLine(line: string): string[] | null {
  const names = splitNames(line);
  return names.length > 0 && names.every(looksLikeName) ? names : null;
}

function kindOf(label: string): SignOffLine {
  const written = label.toLowerCase().replace(/\s+/g, ' ').trim();
  const l = /\bby$|^additional/.test(written) ? written : `${written} by`;
  return LABELS.find(([pattern]) => pattern.test(l))?.[1] ?? 'REPORT_BY';
}

/** "Prepared by:" with nothing after it: the label of a signature block whose name stands on a line below. */
export function bareSignOffLabel(text: string): string | null {
  const m = SIGN_OFF.exec(text.trim());
  return m && SIGNING_LINE.test(m[2] ?? '') ? (m[1] ?? null) : null;
}

// Nothing after the label, or only the line a signature goes on ("Prepared by:   ______________").
const SIGNING_LINE = /^[\s_.…-]*$/;
// Under a signer's name in a signature block: the signer's title, or the date signed ("Date: 28/10/2025").
const SIGNED_ON_LINE = /^(?:date[d]?|signed on|on)\s*[:：]?\s*\S/i;

export function isSignOffText(text: string): boolean {
  return text.split(/\r\n|\r|\n/).some((l) => SIGN_OFF.test(canonical(l.trim())) || signOffPieces(l.trim()).length > 1);
}

/**
 * The people a sign-off names. A title written beside a name ("Rachel Kwok, Backup and Storage Administrator",
 * "Nick Hung (E&O Manager)") is not a person: a bracket is dropped, and a comma-separated piece with a title word
 * that is not shaped like a name is dropped whole before the rest is split on "and" / "&".
 */
export function splitNames(list: string): string[] {
  // "Ryan Mok / Platform Engineer / 21 Sep 2026": one signer, then the title and the date.
  const slashed = list.split(/\s+\/\s+/);
  if (slashed.length >= 2 && looksLikeName((slashed[0] ?? '').trim()) && slashed.slice(1).every((p) => hasTitleWord(p) || withoutDate(` ${p}`).trim() === '')) return [(slashed[0] ?? '').trim()];
  return withoutDate(list)
    .replace(/\s*\([^()]*\)/g, '')
    // "Mr. Patrick Lo": a courtesy title is not part of the name.
    .replace(/(^|[,;&]\s*|\band\s+)(?:Mr|Ms|Mrs|Miss|Dr)\.?\s+(?=\p{Lu})/gu, '$1')
    .split(/\s*[,;]\s*/)
    .filter((piece) => !(hasTitleWord(piece) && !looksLikeName(piece)))
    .flatMap((piece) => piece.split(/\s*(?:\band\b|&)\s*/i))
    .map((n) => n.trim().replace(/\.$/, ''))
    // A line to sign on ("______") names nobody.
    .filter((n) => /[\p{L}\p{N}]/u.test(n));
}

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
const DATE = String.raw`(?:\d{1,2}(?:st|nd|rd|th)?[\s-]+${MONTH}(?:[\s-]+\d{4}|\s+['’]\d{2})?|${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?(?:\s+\d{4})?|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|\d{1,2}\.\d{1,2}\.\d{2,4})`;
// The date a signer wrote after the names ("Anson Tsang, 11 Feb 2026", "Raymond Chow Date: 26/3/2026") dates the
// signature; it is not a name.
const SIGNED_DATE = new RegExp(String.raw`(?:\s*[,;–—-]\s*|\s+)(?:(?:date[d]?|on)\s*[:：]?\s*)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+)?${DATE}\s*\.?$`, 'i');

function withoutDate(list: string): string {
  return list.length > 300 ? list : list.replace(SIGNED_DATE, '');
}

/** A paragraph may hold several sign-off lines when the author left out the blank lines between them. */
export function parseSignOffParagraph(text: string, firstLine: number, problems: ProblemList): ParsedSignOffLine[] {
  const out: ParsedSignOffLine[] = [];
  // A label alone on its line ("Signed:") takes the names on the lines under it.
  let label: { text: string; line: number; named: boolean } | null = null;
  const closeLabel = () => {
    if (label && !label.named) problems.warn('EMPTY_SIGN_OFF', label.line, `Sign-off "${label.text}" on line ${label.line} names nobody`);
    label = null;
  };
  const written = text.split(/\r\n|\r|\n/);
  signOffLines(text).forEach(({ raw, at }) => {
    const line = firstLine + at;
    // A label read from a word of it is a reading, not the label as written: said so.
    const original = (written[at] ?? '').trim();
    const guessed = roleWorded(original);
    if (guessed && guessed === raw) problems.warn('SIGN_OFF_LABEL_GUESSED', line, `Line ${line}: "${original.split(/[:：]/)[0]?.trim() ?? ''}" is read as the sign-off "${guessed.split(':')[0] ?? ''}" from its wording`);
    const m = SIGN_OFF.exec(raw.trim());
    const under = !m && label ? signerLine(raw.trim()) : null;
    if (!m && !under && label?.named && (SIGNED_ON_LINE.test(raw.trim()) || (hasTitleWord(raw) && !looksLikeName(raw.trim()) && raw.trim().split(/\s+/).length <= 8))) return;
    if (under && label) {
      out.push({ kind: kindOf(label.text), names: under, span: { startLine: line, endLine: line } });
      label.named = true;
      return;
    }
    if (!m || bareSignOffLabel(raw) === null) closeLabel();
    if (m && bareSignOffLabel(raw) !== null) {
      closeLabel();
      label = { text: m[1] ?? '', line, named: false };
      return;
    }
    // "Sign-off:" over the lines is their heading, not one of them.
    if (!m && SIGN_OFF_HEADING.test(raw.trim())) return;
    if (!m) {
      const loose = withoutColon(raw.trim());
      if (loose) {
        problems.warn('SIGN_OFF_WITHOUT_COLON', line, `Line ${line}: read as the sign-off "${loose.label}" although it has no colon`);
        out.push({ kind: kindOf(loose.label), names: loose.names, span: { startLine: line, endLine: line } });
      } else if (SIGN_OFF_LIKE.test(raw.trim())) {
        problems.warn('UNREADABLE_SIGN_OFF', line, `Line ${line} looks like a sign-off but its label is not one the importer knows; nobody was recorded from it`);
      } else if (raw.trim() !== '') {
        problems.warn('UNEXPECTED_CONTENT', line, `Line ${line} after the sign-offs was ignored`);
      }
      return;
    }
    const names = splitNames(m[2] ?? '');
    if (names.length === 0) {
      problems.warn('EMPTY_SIGN_OFF', line, `Sign-off "${m[1] ?? ''}" on line ${line} names nobody`);
      return;
    }
    if (names.some((n) => n.length > MAX_FIELD_LENGTH)) {
      problems.warn('FIELD_TOO_LONG', line, `Sign-off "${m[1] ?? ''}" on line ${line} has a name longer than ${MAX_FIELD_LENGTH} characters; the line is not read`);
      return;
    }
    out.push({ kind: kindOf(m[1] ?? ''), names, span: { startLine: line, endLine: line } });
  });
  closeLabel();
  return out;
}

/** Every name the sign-off lines of a paragraph give, as written. */
export function signOffNames(text: string): string[] {
  return signOffLines(text).flatMap(({ raw }) => {
    const m = SIGN_OFF.exec(raw);
    return m ? splitNames(m[2] ?? '') : (withoutColon(raw)?.names ?? []);
  });
}
