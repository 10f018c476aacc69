import { h } from '../dom.js';
import type { Change, StoredIncident } from './changes.js';

const MARKS: Record<Change['kind'], string> = { same: '= same', changed: '≠ changed', adds: '+ more', loses: '− loses' };

/** The update's changes as a table, losses first in words and by mark, not by colour alone. */
export function changesTable(stored: StoredIncident, changes: Change[]): HTMLElement {
  const losing = changes.filter((c) => c.kind === 'loses' || c.kind === 'changed');
  return h('section', { class: 'import-changes', 'aria-labelledby': 'changes-heading' },
    h('h2', { id: 'changes-heading' }, `What this import changes in the stored incident (version ${stored.version})`),
    h('p', { class: losing.length ? 'changes-warning' : 'hint' },
      losing.length
        ? `⚠ ${losing.length} of ${changes.length} differ: the stored facts are replaced by this report’s, so what is marked “loses” is gone after the import.`
        : 'Nothing the stored incident has is lost: the counts and fields below match or grow.'),
    h('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': 'Changes (table)' },
      h('table', { class: 'changes' },
        h('thead', {}, h('tr', {}, ['', `Stored (v${stored.version})`, 'This report', 'Change'].map((c) => h('th', { scope: 'col' }, c)))),
        h('tbody', {}, changes.map((c) =>
          h('tr', { class: `change change-${c.kind}`, 'data-what': c.what },
            h('th', { scope: 'row' }, c.what),
            h('td', {}, c.stored),
            h('td', {}, c.next),
            h('td', {}, h('strong', {}, MARKS[c.kind]), c.removed.length ? h('ul', { class: 'removed' }, c.removed.map((r) => h('li', {}, r))) : null),
          ))),
      ),
    ),
  );
}
