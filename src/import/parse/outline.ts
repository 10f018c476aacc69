import { isSignOffText } from './parse-signoffs.js';
import { isSectionLine } from './sections.js';
import { matchFamily, normaliseSectionName } from './section-names.js';

// An outline numbered the way a word processor's multilevel list is typed: "1. Related Parties", then
// "   1.1. Bosco Lam - Storage Engineer", then "      4.1.1. At 09:42 …".
const TOP = /^\s{0,3}(\d{1,2})[.)]\s+(\S.{0,60})$/;
const SUB = /^(\s*)(\d{1,2})((?:\.\d{1,2}){1,3})\.?[ \t]+(\S.*)$/;
// "(5.2, 5.3)" at the end of a recommendation: causes numbered inside the causes part of the outline.
const OUTLINE_REFERENCE = /\((\d{1,2})\.(\d{1,2})((?:\s*(?:,|and|&)\s*\d{1,2}\.\d{1,2})*)\)(\.?)\s*$/;

const namesCauses = (heading: string) => {
  const family = matchFamily(normaliseSectionName(heading));
  return family !== null && 'id' in family && family.id === 'causes';
};

/**
 * A report typed as a numbered outline, turned into the Markdown it stands for, line for line: a numbered line
 * naming a section becomes its heading, a second-level line a bullet, a deeper line the text under that bullet,
 * and a pointer to causes by their outline numbers ("(5.2, 5.3)") a pointer to causes 2 and 3. Text that is not
 * such an outline (fewer than two numbered section lines and three numbered sub-lines) is returned as it is.
 */
export function outlineToMarkdown(text: string): string {
  const lines = text.split('\n');
  const tops = lines.filter((l) => TOP.test(l) && isSectionLine(`${(TOP.exec(l)?.[2] ?? '').trim()}:`)).length;
  const subs = lines.filter((l) => SUB.test(l)).length;
  if (tops < 2 || subs < 3) return text;
  let causesNumber: string | null = null;
  let inSection: string | null = null;
  // A numbered line whose next line is numbered under it heads a part ("7. Sign-off" over "7.1. Report by: …").
  const headsPart = (index: number, number: string) => {
    const next = lines.slice(index + 1).find((l) => l.trim() !== '');
    return next !== undefined && SUB.exec(next)?.[2] === number;
  };
  return lines
    .map((line, index) => {
      const top = TOP.exec(line);
      if (top && (isSectionLine(`${(top[2] ?? '').trim()}:`) || headsPart(index, top[1] ?? ''))) {
        inSection = top[1] ?? null;
        if (namesCauses(top[2] ?? '')) causesNumber = top[1] ?? null;
        return `## ${line.trim()}`;
      }
      const sub = SUB.exec(line);
      if (!sub || sub[2] !== inSection) return line;
      const depth = (sub[3] ?? '').split('.').length - 1;
      let rest = (sub[4] ?? '').replace(/\r$/, '');
      if (causesNumber !== null) {
        rest = rest.replace(OUTLINE_REFERENCE, (whole, first: string, number: string, more: string, stop: string) => {
          if (first !== causesNumber) return whole;
          const others = [...more.matchAll(/(\d{1,2})\.(\d{1,2})/g)];
          if (others.some((o) => o[1] !== causesNumber)) return whole;
          return `(causes ${[number, ...others.map((o) => o[2])].join(', ')})${stop}`;
        });
      }
      // Sign-off lines stay lines of their own, as they are read.
      if (isSignOffText(rest)) return rest;
      return depth === 1 ? `- ${rest}` : `  ${rest}`;
    })
    .join('\n');
}
