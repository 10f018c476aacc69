import { apiKey } from './api.js';
import { h } from './dom.js';
import { loadView } from './lazy.js';
import { patternQuery, renderPatterns } from './patterns.js';
import { renderTimeline } from './timeline.js';

/** The 2024 report the knowledge base starts from: the page opens on it when the address names no view. */
const DEFAULT_ROUTE = '#/incident/2024-08-dmz-migration-and-panel-system-failure';

const view = document.getElementById('view') as HTMLElement;
let firstView = true;
let generation = 0;

function markCurrent(name: string): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('nav a[data-view]')) {
    if (link.dataset.view === name) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

function showError(error: unknown): void {
  // Views loaded apart carry their own copy of the API client, so its errors are known by their codes, not their class.
  const codes = (error as { codes?: unknown } | null)?.codes;
  const message = Array.isArray(codes) && (codes.includes('UNAUTHENTICATED') || codes.includes('FORBIDDEN'))
    ? 'This server needs an API key with read access: paste it in the API key field above.'
    : `Could not load this view: ${error instanceof Error ? error.message : String(error)}`;
  view.replaceChildren(h('p', { role: 'alert', class: 'error' }, message));
}

/** `#/incident/<key>`, `#/patterns?dimension=…`, `#/asset/<name>`, `#/import`: each view has its own address. */
async function route(): Promise<void> {
  if (!/^#\/(incident|patterns|asset|import)\b/.test(window.location.hash)) {
    window.location.replace(DEFAULT_ROUTE);
    return;
  }
  const [path = '', search = ''] = window.location.hash.slice(2).split('?');
  const [name = '', ...rest] = path.split('/');
  const argument = decodeURIComponent(rest.join('/'));
  const mine = ++generation;
  markCurrent(name);
  view.setAttribute('aria-busy', 'true');
  const target = h('div');
  try {
    if (name === 'incident') await renderTimeline(target, argument);
    else if (name === 'patterns') await renderPatterns(target, patternQuery(new URLSearchParams(search)));
    else if (name === 'import') (await loadView('import')).renderImport(target);
    else await (await loadView('asset')).renderNeighbourhood(target, argument);
    // A later navigation won: its view replaces this one.
    if (mine !== generation) return;
    view.replaceChildren(...target.childNodes);
    document.title = `${view.querySelector('h1')?.textContent ?? 'Explorer'} — Incident knowledge base`;
    view.dataset.view = name;
  } catch (error) {
    if (mine === generation) showError(error);
  } finally {
    if (mine === generation) view.removeAttribute('aria-busy');
  }
  if (firstView) {
    firstView = false;
    performance.mark('explorer:first-view');
  } else {
    view.focus({ preventScroll: true });
  }
}

function keyForm(): void {
  const form = document.getElementById('api-key-form') as HTMLFormElement;
  const input = document.getElementById('api-key') as HTMLInputElement;
  const state = document.getElementById('api-key-state') as HTMLElement;
  const show = () => (state.textContent = apiKey.get() ? 'Key set for this tab.' : 'No key (the local server needs none).');
  input.value = apiKey.get();
  show();
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apiKey.set(input.value.trim());
    show();
    void route();
  });
}

keyForm();
window.addEventListener('hashchange', () => void route());
void route();
