import { h } from '../dom.js';
import type { Choices } from './choices.js';
import { words, type Entity, type ImportResult } from './review-model.js';

const UNDECIDED = '';
const NEW = 'new';

function state(e: Entity): { key: string; text: string } {
  if (e.possibleDuplicates.length) return { key: 'duplicate', text: '? possible duplicate' };
  return e.created ? { key: 'new', text: '+ new' } : { key: 'matched', text: '= matched' };
}

/** "Same as …" or "new" for a name close to existing ones; undecided leaves it to the importer (new, with a warning). */
function decisionControl(e: Entity, index: number, choices: Choices): HTMLElement {
  const id = `decision-${index}`;
  const select = h('select', { id, name: id },
    h('option', { value: UNDECIDED }, 'Undecided: new, with a warning'),
    h('option', { value: NEW }, `New ${words(e.type)}: not one of these`),
    e.possibleDuplicates.map((c) => h('option', { value: c.id }, `Same as ${c.name}`)),
  ) as HTMLSelectElement;
  select.addEventListener('change', () => {
    const value = select.value;
    choices.decide(e.type, e.reportName, value === UNDECIDED ? undefined : value === NEW ? null : value);
  });
  return h('span', { class: 'entity-decision' }, h('label', { for: id }, `Decision for ${e.reportName}: `), select);
}

/**
 * The entities the report names: new, matched to a stored one (and by which name or alias), or a
 * possible duplicate of stored ones, where the analyst chooses "same as …" or "new".
 */
export function entityDecisions(result: ImportResult, choices: Choices): HTMLElement | null {
  if (!result.entities.length) return null;
  const duplicates = result.entities.filter((e) => e.possibleDuplicates.length).length;
  return h('section', { class: 'import-entities', 'aria-labelledby': 'entities-heading' },
    h('h2', { id: 'entities-heading' }, `Entities (${result.entities.length})`),
    duplicates ? h('p', { class: 'hint' }, `${duplicates} name${duplicates === 1 ? ' is' : 's are'} close to stored ones: choose “same as …” or “new” before importing.`) : null,
    h('ul', {}, result.entities.map((e, index) => {
      const { key, text } = state(e);
      return h('li', { class: `entity entity-${key}`, 'data-entity': `${e.type}:${e.reportName}` },
        h('span', { class: 'entity-state' }, text),
        ` ${words(e.type)} `,
        h('strong', {}, e.name),
        e.matchedBy ? ` by ${e.matchedBy}` : '',
        e.spellings.some((s) => s !== e.name) ? h('span', { class: 'spellings' }, ` (written ${e.spellings.join(', ')})`) : null,
        e.possibleDuplicates.length ? h('span', { class: 'candidates' }, ` — close to ${e.possibleDuplicates.map((c) => c.name).join(', ')}`) : null,
        e.possibleDuplicates.length ? decisionControl(e, index, choices) : null,
      );
    })),
  );
}
