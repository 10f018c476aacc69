/**
 * A report written as a questionnaire: "Q: Who was involved?" then "A: …". The questions are its section
 * headers and the answers their content, so each question becomes a heading and each "A:" mark goes, line for
 * line (every line number still points at the same line).
 */
const QUESTION = /^\s*Q\s*\d*\s*[:.)]\s*(\S.*\?)\s*$/;
const ANSWER = /^(\s*)A\s*\d*\s*[:.)][ \t]*/;
// Fewer questions than this is a report that quotes a question or two, not a questionnaire.
const MIN_QUESTIONS = 3;

export function questionnaireToMarkdown(text: string): string {
  const lines = text.split('\n');
  if (lines.filter((l) => QUESTION.test(l)).length < MIN_QUESTIONS) return text;
  return lines
    .map((line) => {
      const question = QUESTION.exec(line);
      if (question) return `## ${question[1] ?? ''}`;
      return line.replace(ANSWER, '$1');
    })
    .join('\n');
}
