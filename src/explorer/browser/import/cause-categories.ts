import type { CauseCategory } from '../../../generated/explorer-import/graphql.js';
import { h } from '../dom.js';
import { CATEGORIES, type Choices } from './choices.js';
import { words, type Fact, type ImportResult } from './review-model.js';

function causeItem(fact: Fact, choices: Choices): HTMLElement {
  const position = fact.position!;
  const shown = h('span', { class: 'cause-categories' }, fact.categories.map(words).join(', ') || 'no category');
  const mine = h('span', { class: 'set-by-you', hidden: true }, ' ✎ set by you');
  const note = h('p', { class: 'hint', role: 'status' });
  const boxes = CATEGORIES.map((category) => {
    const id = `cause-${position}-${category.toLowerCase()}`;
    const box = h('input', { type: 'checkbox', id, value: category, checked: fact.categories.includes(category) }) as HTMLInputElement;
    return { box, label: h('label', { class: 'category-choice', for: id }, box, ` ${words(category)}`) };
  });
  const update = () => {
    const chosen = boxes.filter((b) => b.box.checked).map((b) => b.box.value as CauseCategory);
    const same = chosen.length === fact.categories.length && chosen.every((c) => fact.categories.includes(c));
    if (chosen.length === 0) {
      note.textContent = 'A cause needs at least one category: the importer’s reading is kept until you choose one.';
      choices.setCategories(position, null);
    } else {
      note.textContent = '';
      choices.setCategories(position, same ? null : chosen);
    }
    const set = chosen.length > 0 && !same;
    shown.textContent = (set ? chosen : fact.categories).map(words).join(', ') || 'no category';
    mine.hidden = !set;
  };
  for (const { box } of boxes) box.addEventListener('change', update);
  const name = fact.kind === 'CAUSE' ? fact.label : `finding (line ${fact.startLine})`;
  return h('li', { class: `cause-review${fact.needsReview ? ' needs-review' : ''}`, 'data-position': String(position) },
    h('p', { class: 'cause-head' },
      fact.needsReview ? h('span', { class: 'review-flag' }, '⚑ needs review') : h('span', { class: 'review-ok' }, '✓'),
      ' ', h('strong', {}, name), ': ', shown, mine,
      fact.needsReview && fact.reviewReason ? h('span', { class: 'review-reason' }, ` (${fact.reviewReason})`) : null,
    ),
    h('p', { class: 'fact-detail' }, fact.detail ?? ''),
    h('details', {},
      h('summary', {}, `Change the categories of ${name}`),
      h('fieldset', { class: 'category-choices' }, h('legend', {}, `Categories of ${name}`), boxes.map((b) => b.label)),
      note,
    ),
  );
}

/** The causes with their categories: those the classifier was unsure of are flagged; the analyst can change any before importing. */
export function causeCategories(result: ImportResult, choices: Choices): HTMLElement | null {
  const causes = result.facts.filter((f) => (f.kind === 'CAUSE' || f.kind === 'FINDING') && f.position !== null).sort((a, b) => a.position! - b.position!);
  if (!causes.length) return null;
  const unsure = causes.filter((c) => c.needsReview).length;
  return h('section', { class: 'import-causes', 'aria-labelledby': 'causes-heading' },
    h('h2', { id: 'causes-heading' }, `Causes and their categories (${causes.length})`),
    h('p', { class: 'hint' }, unsure ? `${unsure} marked ⚑ need review: the classifier was unsure of their categories.` : 'The classifier was sure of every category; you can still change them.'),
    h('ul', {}, causes.map((c) => causeItem(c, choices))),
  );
}
