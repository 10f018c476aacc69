import { h } from '../dom.js';
import { chipText, KIND_LABELS, linesOf, words, type Fact, type ReviewLine } from './review-model.js';
import { KIND_GLYPHS } from './shapes.js';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

function chip(fact: Fact, index: number, select: (index: number) => void): HTMLButtonElement {
  return h('button', {
    type: 'button',
    class: `fact-chip kind-${fact.kind.toLowerCase()}`,
    'data-fact': index,
    'aria-pressed': 'false',
    title: `${KIND_LABELS[fact.kind]} read by ${fact.rule}, lines ${fact.startLine}–${fact.endLine}`,
    onclick: () => select(index),
  }, h('span', { class: 'glyph', 'aria-hidden': 'true' }, KIND_GLYPHS[fact.kind]), chipText(fact));
}

function describeFact(fact: Fact, facts: Fact[], select: (index: number) => void): HTMLElement {
  const causes = facts.filter((f) => f.kind === 'CAUSE' && f.number !== null && fact.addressesCauses.includes(f.number));
  return h('div', { class: 'fact-details' },
    h('h3', {}, h('span', { 'aria-hidden': 'true' }, `${KIND_GLYPHS[fact.kind]} `), `${KIND_LABELS[fact.kind]}: ${fact.label}`),
    h('dl', {},
      h('dt', {}, 'Lines'), h('dd', {}, fact.startLine === fact.endLine ? `${fact.startLine}` : `${fact.startLine}–${fact.endLine}`),
      fact.detail ? [h('dt', {}, 'Read as'), h('dd', {}, fact.detail)] : null,
      fact.categories.length ? [h('dt', {}, 'Categories'), h('dd', {}, fact.categories.map(words).join(', '))] : null,
      causes.length
        ? [h('dt', {}, 'Addresses'), h('dd', {}, causes.map((c) => h('button', { type: 'button', class: 'link-button', onclick: () => select(facts.indexOf(c)) }, c.label)))]
        : null,
      h('dt', {}, 'Rule'), h('dd', {}, h('code', {}, fact.rule)),
    ),
  );
}

/**
 * The report line by line: each line's number (select it to list its facts), its text, and chips for
 * the facts read from it; unread lines, warnings and problems say so in words. Selecting a chip marks
 * the lines it was read from (and a recommendation's causes).
 */
export function renderReportLines(lines: ReviewLine[], facts: Fact[]): { list: HTMLElement; details: HTMLElement } {
  const details = h('div', { class: 'selection', role: 'region', 'aria-label': 'Selected fact or line', 'aria-live': 'polite' },
    h('p', { class: 'hint' }, 'Select a chip to see its lines, or a line number to list what it produced.'));
  const items = new Map<number, HTMLLIElement>();

  const clear = () => {
    for (const pressed of list.querySelectorAll('[aria-pressed="true"]')) pressed.setAttribute('aria-pressed', 'false');
    for (const item of items.values()) {
      item.classList.remove('selected', 'related');
      item.querySelector('.selection-tag')?.remove();
    }
  };
  const mark = (number: number, kind: 'selected' | 'related', tag: string) => {
    const item = items.get(number);
    if (!item || item.classList.contains('selected')) return;
    item.classList.add(kind);
    item.querySelector('.line-marks')!.prepend(h('span', { class: `selection-tag ${kind}` }, tag));
  };

  const selectFact = (index: number) => {
    const fact = facts[index]!;
    clear();
    for (const button of list.querySelectorAll(`[data-fact="${index}"]`)) button.setAttribute('aria-pressed', 'true');
    const { own, related } = linesOf(fact, facts);
    for (const n of own) mark(n, 'selected', `▶ ${chipText(fact)}`);
    for (const n of related) mark(n, 'related', `▷ addressed by ${fact.label}`);
    details.replaceChildren(describeFact(fact, facts, selectFact));
  };

  const selectLine = (line: ReviewLine) => {
    clear();
    items.get(line.number)?.querySelector('.line-no')?.setAttribute('aria-pressed', 'true');
    mark(line.number, 'selected', '▶ this line');
    details.replaceChildren(h('div', { class: 'line-details' },
      h('h3', {}, `Line ${line.number}`),
      line.state === 'unread' ? h('p', { class: 'unread-reason' }, `Unread: ${line.reason}.`) : null,
      line.state === 'blank' ? h('p', {}, 'A blank line.') : null,
      line.facts.length
        ? h('ul', { class: 'line-facts' }, line.facts.map((f) => h('li', {}, chip(f, facts.indexOf(f), selectFact), f.detail ? h('span', { class: 'fact-detail' }, ` ${f.detail}`) : null)))
        : null,
      line.warnings.map((w) => h('p', { class: 'warning-text' }, `⚠ Warning (${w.code}): ${w.message}`)),
      line.problems.map((p) => h('p', { class: 'problem-text' }, `✖ Problem (${p.code}): ${p.message}`)),
    ));
  };

  const list = h('ol', { class: 'report-lines', 'aria-label': 'Report lines' }, lines.map((line) => {
    const status = line.problems.length
      ? plural(line.problems.length, 'problem')
      : line.state === 'unread' ? 'unread' : line.state === 'blank' ? 'blank' : plural(line.facts.length, 'fact');
    const item = h('li', { id: `line-${line.number}`, class: `report-line state-${line.state}${line.problems.length ? ' has-problem' : ''}`, 'data-line': line.number },
      h('button', { type: 'button', class: 'line-no', 'aria-pressed': 'false', 'aria-label': `Line ${line.number}: ${status}`, onclick: () => selectLine(line) }, line.number),
      h('span', { class: 'line-text' }, line.text || ' '),
      h('span', { class: 'line-marks' },
        line.problems.map((p) => h('span', { class: 'problem-mark' }, `✖ problem: ${p.message}`)),
        line.warnings.map((w) => h('span', { class: 'warning-mark' }, `⚠ warning: ${w.message}`)),
        line.state === 'unread' ? h('span', { class: 'unread-mark', title: line.reason ?? '' }, 'unread') : null,
        line.starting.map((f) => chip(f, facts.indexOf(f), selectFact)),
      ),
    );
    items.set(line.number, item);
    return item;
  }));

  return { list, details };
}
