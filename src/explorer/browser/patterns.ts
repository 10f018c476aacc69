import type { ExplorerPatternsQuery, PatternDimension } from '../../generated/explorer/graphql.js';
import { ExplorerPatternsDocument } from '../../generated/explorer/graphql.js';
import { request } from './api.js';
import { formatDay, formatMonth, utcDay } from './dates.js';
import { h, hrefFor, s } from './dom.js';
import { timeAxis } from './time-axis.js';
import { chartWidth, isNarrow } from './width.js';

type Pattern = ExplorerPatternsQuery['recurringPatterns'][number];

const DIMENSIONS: { value: PatternDimension; label: string }[] = [
  { value: 'CAUSE_CATEGORY', label: 'cause category' },
  { value: 'CAUSE_FAMILY', label: 'cause family' },
  { value: 'ASSET', label: 'asset' },
  { value: 'SERVICE', label: 'service' },
  { value: 'TEAM', label: 'team' },
  { value: 'PARTY', label: 'party' },
];

export interface PatternQuery {
  dimension: PatternDimension;
  minIncidents: number;
  since?: string;
  until?: string;
}

export function patternQuery(params: URLSearchParams): PatternQuery {
  const dimension = DIMENSIONS.find((d) => d.value === params.get('dimension'))?.value ?? 'CAUSE_CATEGORY';
  const min = Number(params.get('minIncidents') ?? 2);
  return {
    dimension,
    minIncidents: Number.isInteger(min) && min > 0 ? min : 2,
    since: params.get('since') || undefined,
    until: params.get('until') || undefined,
  };
}

/** `CHANGE_MANAGEMENT` → `Change management`; names of things stay as they are. */
const readable = (label: string) => (/^[A-Z][A-Z_]+$/.test(label) ? label.charAt(0) + label.slice(1).toLowerCase().replace(/_/g, ' ') : label);

const perYear = (pattern: Pattern) => {
  const counts = new Map<string, number>();
  for (const { node } of pattern.incidents.edges) counts.set(node.startedOn.slice(0, 4), (counts.get(node.startedOn.slice(0, 4)) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b));
};

const MAX_WIDTH = 960;

/** Desktop: the label left of its row. Phone: the label and count on a line above the row's dots, which get the whole width. */
function rowLayout(width: number) {
  return isNarrow(width)
    ? { width, narrow: true, left: 16, right: 16, row: 50, labelY: 14, dotY: 34, labelChars: Math.floor((width - 90) / 7.5) }
    : { width, narrow: false, left: 230, right: 90, row: 32, labelY: 16, dotY: 16, labelChars: 30 };
}

export async function renderPatterns(container: HTMLElement, query: PatternQuery): Promise<void> {
  const { recurringPatterns: patterns } = await request(ExplorerPatternsDocument, query);
  const dimension = DIMENSIONS.find((d) => d.value === query.dimension)!;
  const rows = new Map<string, { toggle: () => void }>();
  const table = patternTable(patterns, dimension.label, rows);
  container.replaceChildren(
    h('h1', {}, `Recurring patterns by ${dimension.label}`),
    controls(query),
    patterns.length
      ? chart(patterns, dimension.label, (key) => rows.get(key)?.toggle())
      : h('p', { role: 'status' }, `No ${dimension.label} is shared by ${query.minIncidents} or more incidents in this period.`),
    table,
  );
}

function controls(query: PatternQuery): HTMLElement {
  const go = (form: HTMLFormElement) => {
    const data = new FormData(form);
    const params: Record<string, string> = {};
    for (const [name, value] of data) if (typeof value === 'string' && value) params[name] = value;
    window.location.hash = hrefFor.patterns(params);
  };
  const form = h('form', { class: 'controls', onsubmit: (e) => (e.preventDefault(), go(e.target as HTMLFormElement)), onchange: (e) => go((e.currentTarget as HTMLFormElement)) },
    h('label', { for: 'dimension' }, 'By '),
    h('select', { id: 'dimension', name: 'dimension' }, DIMENSIONS.map((d) => h('option', { value: d.value, selected: d.value === query.dimension }, d.label))),
    h('label', { for: 'min-incidents' }, ' shared by at least '),
    h('input', { id: 'min-incidents', name: 'minIncidents', type: 'number', min: 1, max: 50, value: query.minIncidents, size: 3 }),
    ' incidents, ',
    h('label', { for: 'since' }, 'from '),
    h('input', { id: 'since', name: 'since', type: 'date', value: query.since ?? '' }),
    h('label', { for: 'until' }, ' to '),
    h('input', { id: 'until', name: 'until', type: 'date', value: query.until ?? '' }),
    ' ', h('button', { type: 'submit' }, 'Show'),
  );
  return form;
}

function chart(patterns: Pattern[], dimensionLabel: string, toggle: (key: string) => void): SVGSVGElement {
  const dates = patterns.flatMap((p) => p.incidents.edges.map((e) => utcDay(e.node.startedOn)));
  const first = new Date(Math.min(...dates.map(Number)));
  const last = new Date(Math.max(...dates.map(Number)));
  const from = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() - 1, 1));
  const to = new Date(Date.UTC(last.getUTCFullYear(), last.getUTCMonth() + 2, 1));
  const { width: WIDTH, narrow, left: LEFT, right: RIGHT, row: ROW, labelY, dotY, labelChars } = rowLayout(chartWidth(MAX_WIDTH));
  const x = timeAxis(from, to, LEFT, WIDTH - RIGHT);
  const tickCount = Math.min(10, Math.floor((WIDTH - LEFT - RIGHT) / 40));
  const top = 10;
  const axisY = top + patterns.length * ROW;
  const svg = s('svg', { viewBox: `0 0 ${WIDTH} ${axisY + 44}`, class: 'chart patterns-chart', role: 'group', 'aria-label': `Incidents over time per ${dimensionLabel}; the table below lists the same` });
  patterns.forEach((_, i) => svg.append(s('rect', { x: 0, y: top + i * ROW, width: WIDTH, height: ROW, class: i % 2 ? 'lane odd' : 'lane' })));
  for (const tick of x.ticks(tickCount)) {
    svg.append(
      s('line', { x1: x(tick), x2: x(tick), y1: top, y2: axisY + 4, class: 'grid' }),
      s('text', { x: x(tick), y: axisY + 18, class: 'tick', 'text-anchor': 'middle' }, formatMonth(tick).slice(0, 3)),
    );
  }
  // Each year once, under its first month shown, with a rule where it begins.
  const years = new Set<number>();
  for (const tick of x.ticks(tickCount)) {
    const year = tick.getUTCFullYear();
    if (years.has(year)) continue;
    years.add(year);
    if (tick.getUTCMonth() === 0) svg.append(s('line', { x1: x(tick), x2: x(tick), y1: top, y2: axisY + 24, class: 'year-rule' }));
    svg.append(s('text', { x: x(tick), y: axisY + 36, class: 'tick year', 'text-anchor': 'middle' }, year));
  }
  patterns.forEach((pattern, i) => {
    const rowTop = top + i * ROW;
    const y = rowTop + dotY;
    const label = readable(pattern.label);
    const row = s('g', { class: 'pattern-row', 'data-key': pattern.key },
      s('line', { x1: x(utcDay(pattern.firstSeen)), x2: x(utcDay(pattern.lastSeen)), y1: y, y2: y, class: 'span-line' }),
    );
    const labelButton = s('text', { x: 8, y: rowTop + labelY, 'dominant-baseline': 'middle', class: 'row-label', role: 'button', tabindex: '0', 'aria-label': `${label}: ${pattern.incidentCount} incidents; show them` }, label.length > labelChars ? `${label.slice(0, labelChars - 1)}…` : label);
    labelButton.addEventListener('click', () => toggle(pattern.key));
    labelButton.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') (e.preventDefault(), toggle(pattern.key));
    });
    row.append(labelButton);
    for (const { node } of pattern.incidents.edges) {
      row.append(
        s('a', { href: hrefFor.incident(node.key), class: 'incident-dot', 'aria-label': `${formatDay(node.startedOn)}: ${node.title}` },
          s('title', {}, `${formatDay(node.startedOn)} — ${node.title}`),
          s('circle', { cx: x(utcDay(node.startedOn)), cy: y, r: 7 }),
        ),
      );
    }
    const count = `${pattern.incidentCount} incident${pattern.incidentCount === 1 ? '' : 's'}`;
    row.append(narrow
      ? s('text', { x: WIDTH - 8, y: rowTop + labelY, 'dominant-baseline': 'middle', 'text-anchor': 'end', class: 'count' }, count)
      : s('text', { x: WIDTH - RIGHT + 12, y, 'dominant-baseline': 'middle', class: 'count' }, count));
    svg.append(row);
  });
  return svg;
}

function patternTable(patterns: Pattern[], dimensionLabel: string, rows: Map<string, { toggle: () => void }>): HTMLElement {
  const body = h('tbody');
  for (const pattern of patterns) {
    const listId = `incidents-${pattern.key.replace(/[^A-Za-z0-9_-]/g, '-')}`;
    const list = h('tr', { id: listId, class: 'pattern-incidents', hidden: true },
      h('td', { colspan: 6 },
        h('ul', {}, pattern.incidents.edges.map(({ node }) =>
          h('li', {}, h('a', { href: hrefFor.incident(node.key) }, `${formatDay(node.startedOn)} — ${node.title}`), node.severity ? ` (${node.severity})` : ''))),
      ),
    );
    const button = h('button', { type: 'button', 'aria-expanded': 'false', 'aria-controls': listId, class: 'show-incidents' }, 'Show incidents');
    const toggle = () => {
      const open = list.hidden;
      list.hidden = !open;
      button.setAttribute('aria-expanded', String(open));
      button.textContent = open ? 'Hide incidents' : 'Show incidents';
      if (open) list.querySelector('a')?.focus();
    };
    button.addEventListener('click', toggle);
    rows.set(pattern.key, { toggle });
    body.append(
      h('tr', { class: 'pattern', 'data-key': pattern.key },
        h('th', { scope: 'row' }, readable(pattern.label)),
        h('td', { class: 'num' }, pattern.incidentCount),
        h('td', { class: 'per-year' }, perYear(pattern).map(([year, n]) => `${year}: ${n}`).join(', ')),
        h('td', {}, formatDay(pattern.firstSeen)),
        h('td', {}, formatDay(pattern.lastSeen)),
        h('td', {}, button),
      ),
      list,
    );
  }
  // On a phone the table scrolls sideways inside its own region (reachable by keyboard), not the page.
  return h('div', { class: 'table-scroll', role: 'region', tabindex: '0', 'aria-label': `Incidents per ${dimensionLabel} (table)` },
    h('table', { class: 'patterns' },
      h('caption', {}, `Incidents per ${dimensionLabel}`),
      h('thead', {}, h('tr', {}, ['Pattern', 'Incidents', 'Per year', 'First seen', 'Last seen', ''].map((c) => h('th', { scope: 'col' }, c)))),
      body,
    ),
  );
}
