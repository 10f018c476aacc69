import { ApiError } from '../api.js';
import { h } from '../dom.js';
import { causeCategories } from './cause-categories.js';
import { Choices } from './choices.js';
import { entityDecisions } from './entity-decisions.js';
import { ACCEPT_ATTRIBUTE, readReportFile, UnreadableFile } from './read-file.js';
import { renderReportLines } from './report-lines.js';
import { reviewLines, type ImportResult, type Problem } from './review-model.js';
import { importAction } from './import-action.js';
import { sendReport, type ReportSource } from './send.js';
import { outcomeSummary } from './summary.js';

/** The text in the box survives other views and a new API key (the view is drawn again then). */
let draft = '';
/** A Word or HTML file read for the text in the box (its Markdown), until the text is edited. */
let draftDocument: Extract<ReportSource, { kind: 'document' }> | null = null;

const KEY_NEEDED = 'Dry runs and imports need an API key with write access (EDITOR): paste it in the API key field above.';

/** A refused report's problems, each with its line, from a BAD_USER_INPUT error. */
function problemsOf(error: unknown): Problem[] | null {
  if (!(error instanceof ApiError) || !error.codes.includes('BAD_USER_INPUT')) return null;
  const problems = error.extensions.flatMap((e) => (Array.isArray(e.problems) ? (e.problems as Problem[]) : []));
  return problems.length ? problems : null;
}

function messageOf(error: unknown): string {
  if (error instanceof ApiError && (error.codes.includes('UNAUTHENTICATED') || error.codes.includes('FORBIDDEN'))) return KEY_NEEDED;
  if (error instanceof UnreadableFile) return error.message;
  return `The API could not read the report: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * `#/import`: paste a report or choose or drop a file, and a dry run shows what the importer reads
 * on each line before anything is stored.
 */
export function renderImport(container: HTMLElement): void {
  const text = h('textarea', { id: 'report-text', name: 'markdown', rows: 12, spellcheck: 'false', 'aria-describedby': 'report-text-hint' }) as HTMLTextAreaElement;
  text.value = draft;
  text.addEventListener('input', () => {
    draft = text.value;
    draftDocument = null;
  });
  // Ctrl+Enter (⌘+Enter) in the text runs the dry run, as the button does.
  text.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      void dryRun();
    }
  });
  const file = h('input', { id: 'report-file', type: 'file', accept: ACCEPT_ATTRIBUTE }) as HTMLInputElement;
  const status = h('p', { id: 'import-status', role: 'status' });
  const result = h('div', { class: 'import-result' });
  const dryRunButton = h('button', { type: 'submit', id: 'dry-run' }, 'Dry run');

  let runs = 0;
  const dryRun = async () => {
    const markdown = text.value;
    const source: ReportSource = draftDocument ?? { kind: 'markdown', markdown };
    // A later dry run wins: an earlier answer arriving after it is dropped.
    const mine = ++runs;
    if (!draftDocument && !markdown.trim()) {
      status.textContent = 'Paste a report or choose a file first.';
      return;
    }
    status.textContent = 'Reading the report (dry run: nothing is stored)…';
    result.replaceChildren();
    performance.clearMarks('import:dry-run-start');
    performance.mark('import:dry-run-start');
    try {
      const importIncidentReport = await sendReport(source, true);
      if (mine !== runs) return;
      // A document's lines are those of the Markdown it was turned into: the box shows that text.
      if (draftDocument) text.value = draft = importIncidentReport.markdown;
      const choices = new Choices();
      const action = await importAction({
        source,
        result: importIncidentReport,
        choices,
        text,
        say: (message) => (status.textContent = message),
        fail: (error) => result.prepend(h('p', { role: 'alert', class: 'error' }, messageOf(error))),
        imported: () => (draft = ''),
      });
      if (mine !== runs) return;
      showReview(result, importIncidentReport, action, choices);
      status.textContent = `Dry run done: ${importIncidentReport.facts.length} facts read; nothing was stored.`;
    } catch (error) {
      if (mine !== runs) return;
      const problems = problemsOf(error);
      if (problems) {
        showProblems(result, draftDocument ? '' : markdown, problems);
        status.textContent = `The report cannot be imported: ${problems.length} problem${problems.length === 1 ? '' : 's'} (shown on their lines). Nothing was stored.`;
      } else {
        status.textContent = '';
        result.replaceChildren(h('p', { role: 'alert', class: 'error' }, messageOf(error)));
      }
    }
    performance.mark('import:dry-run-shown');
    performance.measure('import:dry-run', 'import:dry-run-start', 'import:dry-run-shown');
  };

  const load = async (chosen: File | undefined) => {
    if (!chosen) return;
    try {
      const source = await readReportFile(chosen);
      draftDocument = source.kind === 'document' ? source : null;
      text.value = draft = source.kind === 'markdown' ? source.markdown : '';
      if (draftDocument) status.textContent = `Read ${draftDocument.name}: the API turns it into Markdown.`;
      await dryRun();
    } catch (error) {
      result.replaceChildren(h('p', { role: 'alert', class: 'error' }, messageOf(error)));
    }
  };
  file.addEventListener('change', () => void load(file.files?.[0]));

  const form = h('form', { id: 'import-form', class: 'import-form', onsubmit: (e) => (e.preventDefault(), void dryRun()) },
    h('p', { class: 'controls' }, h('label', { for: 'report-file' }, 'Report file '), file),
    h('label', { for: 'report-text' }, 'Report text (Markdown)'),
    text,
    h('p', { id: 'report-text-hint', class: 'hint' }, 'Paste the report, or choose or drop a .md, .txt, .html or .docx file on this box: Markdown and text are read in the browser; HTML and Word files are sent as they are and the box then shows the Markdown the API read. A dry run (the button, or Ctrl+Enter in the text) sends the report to this server’s API and stores nothing.'),
    h('p', { class: 'controls import-actions' }, dryRunButton),
  );
  // A file dropped anywhere on the form is read like a chosen one.
  form.addEventListener('dragover', (e) => {
    e.preventDefault();
    form.classList.add('dropping');
  });
  form.addEventListener('dragleave', () => form.classList.remove('dropping'));
  form.addEventListener('drop', (e) => {
    e.preventDefault();
    form.classList.remove('dropping');
    void load(e.dataTransfer?.files[0]);
  });

  container.replaceChildren(
    h('h1', {}, 'Import a report'),
    form,
    status,
    result,
  );
}

function showReview(target: HTMLElement, result: ImportResult, action: HTMLElement, choices: Choices): void {
  // Unread lines and their reasons are the API's: what the import itself did not read.
  const lines = reviewLines(result.markdown, result.facts, result.warnings, [], result.unread);
  const { list, details } = renderReportLines(lines, result.facts);
  const unread = lines.filter((l) => l.state === 'unread').length;
  const unplaced = result.warnings.filter((w) => w.line === null);
  target.replaceChildren(...[
    outcomeSummary(result, unread),
    action,
    unplaced.length ? h('ul', { class: 'warnings' }, unplaced.map((w) => h('li', { class: 'warning-text' }, `⚠ Warning (${w.code}): ${w.message}`))) : null,
    entityDecisions(result, choices),
    causeCategories(result, choices),
    review(list, details),
  ].filter((node) => node !== null));
}

function showProblems(target: HTMLElement, markdown: string, problems: Problem[]): void {
  const { list, details } = renderReportLines(reviewLines(markdown, [], [], problems), []);
  const focusLine = (line: number) => {
    const item = list.querySelector<HTMLElement>(`#line-${line} .line-no`);
    item?.scrollIntoView({ block: 'center' });
    item?.focus();
  };
  target.replaceChildren(
    h('section', { class: 'import-problems', 'aria-labelledby': 'problems-heading' },
      h('h2', { id: 'problems-heading' }, `Problems (${problems.length}): nothing was imported`),
      h('ul', {}, problems.map((p) => h('li', { class: 'problem-text' },
        p.line === null ? '' : h('button', { type: 'button', class: 'link-button', onclick: () => focusLine(p.line!) }, `Line ${p.line}`),
        `${p.line === null ? '' : ': '}✖ ${p.message} (${p.code})`,
      ))),
    ),
    review(list, details),
  );
}

const review = (list: HTMLElement, details: HTMLElement) =>
  h('section', { class: 'review', 'aria-labelledby': 'review-heading' },
    h('h2', { id: 'review-heading' }, 'The report, line by line'),
    h('div', { class: 'review-grid' }, list, details),
  );
