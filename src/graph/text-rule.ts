/**
 * The one rule for text, everywhere (arguments, variables, imported reports): tab, LF and CR are
 * layout; every other C0 control, DEL and the bidi overrides (used to disguise text) are refused.
 */
export const FORBIDDEN_CHARACTER = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

/** How a refused character is named in a message. */
export function describeCharacter(ch: string): string {
  const code = ch.codePointAt(0) ?? 0;
  if (code === 0) return 'a NUL byte';
  return `control character U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
}
