import { ExplorerImportReportDocument } from '../../../generated/explorer-import/graphql.js';
import { ApiError, request } from '../api.js';
import { h } from '../dom.js';
import { ACCEPT_ATTRIBUTE, readReportFile, UnreadableFile } from './read-file.js';
import { renderReportLines } from './report-lines.js';
import { reviewLines, type ImportResult, type Problem } from './review-model.js';
import { importAction } from './import-action.js';
import { entityList, outcomeSummary } from './summary.js';

/** The text in the box survives other views and a new API key (the view is drawn again then). */
let draft = '';

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
  text.addEventListener('input', () => (draft = text.value));
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
    // A later dry run wins: an earlier answer arriving after it is dropped.
    const mine = ++runs;
    if (!markdown.trim()) {
      status.textContent = 'Paste a report or choose a file first.';
      return;
    }
    status.textContent = 'Reading the report (dry run: nothing is stored)…';
    result.replaceChildren();
    performance.clearMarks('import:dry-run-start');
    performance.mark('import:dry-run-start');
    try {
      const { importIncidentReport } = await request(ExplorerImportReportDocument, { markdown, dryRun: true });
      if (mine !== runs) return;
      const action = await importAction({
        markdown,
        result: importIncidentReport,
        text,
        say: (message) => (status.textContent = message),
        fail: (error) => result.prepend(h('p', { role: 'alert', class: 'error' }, messageOf(error))),
        imported: () => (draft = ''),
      });
      if (mine !== runs) return;
      showReview(result, markdown, importIncidentReport, action);
      status.textContent = `Dry run done: ${importIncidentReport.facts.length} facts read; nothing was stored.`;
    } catch (error) {
      if (mine !== runs) return;
      const problems = problemsOf(error);
      if (problems) {
        showProblems(result, markdown, problems);
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
      text.value = draft = await readReportFile(chosen);
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
    h('p', { id: 'report-text-hint', class: 'hint' }, 'Paste the report, or choose or drop a .md or .txt file on this box: it is read in the browser. A dry run (the button, or Ctrl+Enter in the text) sends the text to this server’s API and stores nothing.'),
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

function showReview(target: HTMLElement, markdown: string, result: ImportResult, action: HTMLElement): void {
  const lines = reviewLines(markdown, result.facts, result.warnings);
  const { list, details } = renderReportLines(lines, result.facts);
  const unread = lines.filter((l) => l.state === 'unread').length;
  const unplaced = result.warnings.filter((w) => w.line === null);
  target.replaceChildren(...[
    outcomeSummary(result, unread),
    action,
    unplaced.length ? h('ul', { class: 'warnings' }, unplaced.map((w) => h('li', { class: 'warning-text' }, `⚠ Warning (${w.code}): ${w.message}`))) : null,
    entityList(result),
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
