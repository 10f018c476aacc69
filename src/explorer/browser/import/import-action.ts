import { ExplorerStoredIncidentDocument } from '../../../generated/explorer-import/graphql.js';
import { request } from '../api.js';
import { h, hrefFor } from '../dom.js';
import { changesTable } from './changes-table.js';
import { compareWithStored } from './changes.js';
import type { Choices } from './choices.js';
import type { ImportResult } from './review-model.js';
import { sendReport, type ReportSource } from './send.js';

export interface ImportActionOptions {
  /** What the dry run read; the import sends exactly this. */
  source: ReportSource;
  result: ImportResult;
  /** The analyst's decisions, sent with the import as they are when it runs. */
  choices: Choices;
  /** The text box: editing it after the dry run asks for a new one before importing. */
  text: HTMLTextAreaElement;
  /** Tells the reader how it went (the view's status line). */
  say: (message: string) => void;
  /** Shows an error the way the view does. */
  fail: (error: unknown) => void;
  /** After the import: the view forgets the text it held. */
  imported: () => void;
}

/**
 * The Import button under a dry run: imports the same text for real, with the API key of the page's
 * key field, then opens the incident's timeline. An update first shows what it changes against the
 * stored incident and needs a confirmation.
 */
export async function importAction(options: ImportActionOptions): Promise<HTMLElement> {
  const { source, result, choices, text, say, fail, imported } = options;
  if (result.outcome === 'UNCHANGED') {
    return h('p', { class: 'hint import-action' }, 'Nothing to import: this exact report is stored already. ', h('a', { href: hrefFor.incident(result.incidentKey) }, 'Open its timeline'), '.');
  }
  const run = async () => {
    button.disabled = true;
    say('Importing…');
    try {
      const done = await sendReport(source, false, choices.toInput());
      imported();
      say(`Imported: ${done.outcome.toLowerCase()} ${done.incidentKey}.`);
      window.location.hash = hrefFor.incident(done.incidentKey);
    } catch (error) {
      button.disabled = false;
      say('');
      fail(error);
    }
  };

  const stale = h('p', { class: 'hint', hidden: true }, 'The text changed since this dry run: run the dry run again before importing.');
  const button = h('button', { type: 'button', id: 'import-report', class: 'primary' }, result.outcome === 'CREATED' ? 'Import' : 'Import and replace…');
  const note = h('p', { class: 'hint choices-note', role: 'status' }, choices.describe());
  choices.onChange(() => (note.textContent = choices.describe()));
  text.addEventListener('input', () => {
    const changed = text.value !== result.markdown;
    button.disabled = changed;
    stale.hidden = !changed;
  });
  const panel = h('section', { class: 'import-action', 'aria-label': 'Import' });

  if (result.outcome === 'CREATED') {
    button.addEventListener('click', () => void run());
    panel.append(h('p', { class: 'controls' }, button, ` creates ${result.incidentKey} with the API key above (it needs write access: EDITOR) and opens its timeline.`), note, stale);
    return panel;
  }

  const { incident: stored } = await request(ExplorerStoredIncidentDocument, { key: result.incidentKey });
  if (!stored) {
    button.addEventListener('click', () => void run());
    panel.append(h('p', { class: 'controls' }, button), note, stale);
    return panel;
  }
  const changes = compareWithStored(result, stored);
  const losses = changes.filter((c) => c.kind === 'loses' || c.kind === 'changed').length;
  const confirm = h('button', { type: 'button', id: 'confirm-import', class: 'primary' }, `Replace version ${stored.version} and import`);
  const cancel = h('button', { type: 'button', id: 'cancel-import' }, 'Cancel');
  const dialog = h('dialog', { class: 'confirm-import', 'aria-labelledby': 'confirm-heading' },
    h('h2', { id: 'confirm-heading' }, `Replace ${stored.key}?`),
    h('p', {}, `The stored incident (version ${stored.version}) will be replaced by this report’s facts${losses ? `; ${losses} of the rows in the table differ, see what is lost there` : ''}. The import is recorded in the audit trail under your key.`),
    h('p', { class: 'controls' }, confirm, ' ', cancel),
  );
  confirm.addEventListener('click', () => {
    dialog.close();
    void run();
  });
  cancel.addEventListener('click', () => {
    dialog.close();
    say('Import cancelled: nothing was stored.');
  });
  button.addEventListener('click', () => dialog.showModal());
  panel.append(changesTable(stored, changes), h('p', { class: 'controls' }, button, ` replaces version ${stored.version} of ${stored.key} after you confirm.`), note, stale, dialog);
  return panel;
}
