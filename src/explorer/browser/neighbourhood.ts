import { forceCollide, forceSimulation, type SimulationNodeDatum } from 'd3-force';
import type { ExplorerAssetQuery } from '../../generated/explorer/graphql.js';
import { ExplorerAssetDocument } from '../../generated/explorer/graphql.js';
import { request } from './api.js';
import { formatDay } from './dates.js';
import { asButton, h, hrefFor, s } from './dom.js';

type Asset = NonNullable<ExplorerAssetQuery['asset']>;
type Gaps = ExplorerAssetQuery['spareHardwareGaps'];
type NodeKind = 'asset' | 'alias' | 'incident' | 'service' | 'gap';

interface GraphNode extends SimulationNodeDatum {
  id: string;
  kind: NodeKind;
  label: string;
  /** Second line: what the node is, so shape and colour are never the only cue. */
  caption: string;
  /** Asset name, for expanding; incident key, for opening. */
  ref?: string;
  expanded?: boolean;
  centre?: boolean;
}

interface GraphLink {
  source: string;
  target: string;
  label: string;
  gap?: boolean;
}

/** Where a kind of neighbour sits around the centre (radians, screen y down), so each view of an asset reads the same way. */
const SECTORS = { parent: -1.25, service: -0.55, pair: 0.15, child: Math.PI / 2, incident: Math.PI, alias: -2.05 } as const;
type Sector = keyof typeof SECTORS;

class Graph {
  readonly nodes = new Map<string, GraphNode>();
  readonly links = new Map<string, GraphLink>();
  private pending: { node: GraphNode; anchor: GraphNode; sector: Sector }[] = [];

  node(node: GraphNode, anchor?: GraphNode, sector: Sector = 'pair'): GraphNode {
    const known = this.nodes.get(node.id);
    if (known) return known;
    this.nodes.set(node.id, node);
    if (anchor) this.pending.push({ node, anchor, sector });
    return node;
  }

  link(from: GraphNode, to: GraphNode, label: string, gap = false): void {
    const id = [from.id, to.id].sort().join('|');
    if (!this.links.has(id)) this.links.set(id, { source: from.id, target: to.id, label, gap });
  }

  /**
   * Seeds new nodes on an ellipse around the node they hang off, each kind in its own sector
   * (around the centre), or fanned out away from the centre (around an expanded node).
   */
  place(): void {
    const groups = new Map<string, { node: GraphNode; anchor: GraphNode; sector: Sector }[]>();
    for (const item of this.pending) {
      const key = item.anchor.centre ? `${item.anchor.id}/${item.sector}` : item.anchor.id;
      groups.set(key, [...(groups.get(key) ?? []), item]);
    }
    for (const items of groups.values()) {
      const anchor = items[0]!.anchor;
      const [ax, ay] = [anchor.x ?? 0, anchor.y ?? 0];
      const base = anchor.centre ? SECTORS[items[0]!.sector] : Math.atan2(ay, ax);
      const [rx, ry, step] = anchor.centre ? [380, 220, 0.5] : [260, 170, 0.5];
      items.forEach(({ node }, i) => {
        const angle = base + (i - (items.length - 1) / 2) * step;
        node.x = ax + rx * Math.cos(angle);
        node.y = ay + ry * Math.sin(angle);
      });
    }
    this.pending = [];
  }
}

const assetNode = (a: { name: string; kind: string; status?: string }): GraphNode => ({
  id: `asset:${a.name}`,
  kind: 'asset',
  label: a.name,
  caption: `${a.kind.toLowerCase().replace(/_/g, ' ')}${a.status && a.status !== 'UNKNOWN' ? ` · ${a.status.toLowerCase()}` : ''}`,
  ref: a.name,
});

/** Adds an asset and everything one step from it; the asset is marked expanded. */
function addNeighbourhood(graph: Graph, asset: Asset, gaps: Gaps, centre: boolean): void {
  const self = graph.node(assetNode(asset));
  self.expanded = true;
  self.centre ||= centre;
  if (centre) Object.assign(self, { x: 0, y: 0 });
  const gap = gaps.find((g) => g.asset.name === asset.name);
  for (const alias of asset.aliases) graph.link(self, graph.node({ id: `alias:${asset.name}:${alias}`, kind: 'alias', label: alias, caption: 'also named' }, self, 'alias'), 'alias');
  if (asset.parent) graph.link(graph.node(assetNode(asset.parent), self, 'parent'), self, asset.parentRelation === 'PART_OF' ? 'part of' : 'hosts');
  for (const child of asset.children) graph.link(self, graph.node(assetNode(child), self, 'child'), child.kind === 'STORAGE' ? 'holds' : 'hosts');
  if (asset.redundancyPartner) graph.link(self, graph.node(assetNode(asset.redundancyPartner), self), 'redundancy partner');
  else graph.link(self, graph.node({ id: `gap:${asset.name}:partner`, kind: 'gap', label: 'no redundancy partner', caption: 'gap' }, self), 'redundancy', true);
  if (asset.spare) graph.link(self, graph.node(assetNode(asset.spare), self), 'spare');
  else {
    const wait = gap?.daysWaitingForHardware ? `waited ${gap.daysWaitingForHardware} days for hardware` : 'gap';
    graph.link(self, graph.node({ id: `gap:${asset.name}:spare`, kind: 'gap', label: 'no spare', caption: wait }, self), 'spare', true);
  }
  for (const service of asset.services) graph.link(self, graph.node({ id: `service:${service.name}`, kind: 'service', label: service.name, caption: 'service' }, self, 'service'), 'runs');
  for (const { node } of asset.incidents.edges) {
    const label = node.title.length > 34 ? `${node.title.slice(0, 33)}…` : node.title;
    graph.link(self, graph.node({ id: `incident:${node.key}`, kind: 'incident', label, caption: `incident · ${formatDay(node.startedOn)}`, ref: node.key }, self, 'incident'), 'involved in');
  }
}

const CHAR = 7.2;
const nodeWidth = (n: GraphNode) => Math.max(n.label.length, n.caption.length) * CHAR + 24;
const NODE_HEIGHT = 40;

/**
 * Lays the graph out to rest (no animation): new nodes seeded by kind, then d3-force's collision
 * pushes overlapping boxes apart; the centre stays at the origin and earlier nodes where they were.
 */
function layout(graph: Graph): void {
  graph.place();
  const nodes = [...graph.nodes.values()];
  const earlier = nodes.filter((n) => n.vx !== undefined && !n.centre);
  for (const n of earlier) Object.assign(n, { fx: n.x, fy: n.y });
  for (const n of nodes) if (n.centre) Object.assign(n, { fx: 0, fy: 0 });
  forceSimulation(nodes)
    .force('collide', forceCollide<GraphNode>((n) => nodeWidth(n) / 2 + 6).strength(1).iterations(3))
    .stop()
    .tick(120);
  for (const n of earlier) Object.assign(n, { fx: null, fy: null });
}

function draw(graph: Graph, expand: (name: string) => void): SVGSVGElement {
  const nodes = [...graph.nodes.values()];
  const xs = nodes.flatMap((n) => [(n.x ?? 0) - nodeWidth(n) / 2, (n.x ?? 0) + nodeWidth(n) / 2]);
  const ys = nodes.flatMap((n) => [(n.y ?? 0) - NODE_HEIGHT, (n.y ?? 0) + NODE_HEIGHT]);
  const [minX, maxX, minY, maxY] = [Math.min(...xs) - 20, Math.max(...xs) + 20, Math.min(...ys), Math.max(...ys)];
  const centre = nodes.find((n) => n.centre);
  const svg = s('svg', {
    viewBox: `${minX} ${minY} ${maxX - minX} ${maxY - minY}`,
    // Its drawn size: on a wide screen the style sheet fits it to the page; on a phone it keeps this size and its figure scrolls.
    width: Math.ceil(maxX - minX),
    height: Math.ceil(maxY - minY),
    class: 'chart graph',
    role: 'group',
    'aria-label': `Neighbourhood of ${centre?.label ?? 'the asset'}: ${nodes.length} nodes; the lists below say the same`,
  });
  for (const link of graph.links.values()) {
    const [a, b] = [graph.nodes.get(link.source)!, graph.nodes.get(link.target)!];
    const [mx, my] = [((a.x ?? 0) + (b.x ?? 0)) / 2, ((a.y ?? 0) + (b.y ?? 0)) / 2];
    svg.append(
      s('line', { x1: a.x ?? 0, y1: a.y ?? 0, x2: b.x ?? 0, y2: b.y ?? 0, class: link.gap ? 'edge gap' : 'edge' }),
      s('text', { x: mx, y: my, class: 'edge-label', 'text-anchor': 'middle', 'dominant-baseline': 'middle' }, link.label),
    );
  }
  for (const n of nodes) {
    const w = nodeWidth(n);
    const body = [
      s('rect', { x: -w / 2, y: -NODE_HEIGHT / 2, width: w, height: NODE_HEIGHT, rx: n.kind === 'service' ? NODE_HEIGHT / 2 : n.kind === 'incident' ? 0 : 6, class: 'node-shape' }),
      s('text', { y: -4, 'text-anchor': 'middle', class: 'node-label' }, n.kind === 'gap' ? `⚠ ${n.label}` : n.label),
      s('text', { y: 12, 'text-anchor': 'middle', class: 'node-caption' }, n.caption),
    ];
    const classes = `node ${n.kind}${n.centre ? ' centre' : ''}${n.expanded ? ' expanded' : ''}`;
    const transform = `translate(${n.x ?? 0},${n.y ?? 0})`;
    if (n.kind === 'incident' && n.ref) {
      svg.append(s('a', { href: hrefFor.incident(n.ref), class: classes, transform, 'data-id': n.id, 'aria-label': `Incident: ${n.label}, ${n.caption}` }, ...body));
    } else if (n.kind === 'asset' && n.ref && !n.centre) {
      const group = s('g', { class: classes, transform, 'data-id': n.id }, ...body);
      const name = n.ref;
      if (n.expanded) asButton(group, `${name}: open its own neighbourhood`, () => (window.location.hash = hrefFor.asset(name)));
      else asButton(group, `${name} (${n.caption}): expand`, () => expand(name));
      svg.append(group);
    } else {
      svg.append(s('g', { class: classes, transform, 'data-id': n.id, role: 'img', 'aria-label': `${n.label}, ${n.caption}` }, ...body));
    }
  }
  return svg;
}

function describe(asset: Asset, gaps: Gaps): HTMLElement {
  const gap = gaps.find((g) => g.asset.name === asset.name);
  const assetLink = (a: { name: string; kind: string }) => h('a', { href: hrefFor.asset(a.name) }, a.name, ` (${a.kind.toLowerCase().replace(/_/g, ' ')})`);
  const row = (term: string, ...value: (Node | string)[]) => [h('dt', {}, term), h('dd', {}, ...value)];
  const join = (items: (Node | string)[]) => items.flatMap((item, i) => (i ? [', ', item] : [item]));
  return h('section', { class: 'asset-facts', 'aria-label': `${asset.name} in words` },
    h('h2', {}, asset.name),
    h('dl', {},
      row('Also named', asset.aliases.length ? asset.aliases.join(', ') : 'no other names'),
      row('Kind', `${asset.kind.toLowerCase().replace(/_/g, ' ')} · status ${asset.status.toLowerCase()}${asset.criticality ? ` · ${asset.criticality.toLowerCase()}` : ''}${asset.site ? ` · ${asset.site}` : ''}`),
      row(asset.parentRelation === 'PART_OF' ? 'Part of' : 'Hosted on', asset.parent ? assetLink(asset.parent) : 'nothing recorded'),
      row('Hosts', ...(asset.children.length ? join(asset.children.map(assetLink)) : ['nothing recorded'])),
      row('Redundancy partner', asset.redundancyPartner ? assetLink(asset.redundancyPartner) : 'none (a gap)'),
      row('Spare', asset.spare ? assetLink(asset.spare) : h('strong', { class: 'gap-text' }, `no spare${gap ? ` (gap: ${gap.reason}${gap.daysWaitingForHardware ? `; ${gap.daysWaitingForHardware} days waited for hardware` : ''})` : ''}`)),
      row('Services on it', asset.services.length ? asset.services.map((x) => x.name).join(', ') : 'none recorded'),
      row(`Incidents (${asset.incidents.totalCount})`, ...join(asset.incidents.edges.map(({ node }) => h('a', { href: hrefFor.incident(node.key) }, `${formatDay(node.startedOn)} — ${node.title}`)))),
    ),
    asset.facts.length
      ? [h('h3', {}, 'What the reports say'), h('ul', {}, asset.facts.map((f) => h('li', {}, h('strong', {}, f.kind.toLowerCase().replace(/_/g, ' ')), f.observedOn ? ` (${formatDay(f.observedOn)})` : '', `: ${f.text}`)))]
      : null,
  );
}

export async function renderNeighbourhood(container: HTMLElement, name: string): Promise<void> {
  const data = await request(ExplorerAssetDocument, { nameOrAlias: name });
  const search = h('form', { class: 'controls', role: 'search', onsubmit: (e) => {
    e.preventDefault();
    const value = new FormData(e.target as HTMLFormElement).get('asset');
    if (typeof value === 'string' && value.trim()) window.location.hash = hrefFor.asset(value.trim());
  } },
    h('label', { for: 'asset-name' }, 'Asset name or alias '),
    h('input', { id: 'asset-name', name: 'asset', value: name, required: true }),
    ' ', h('button', { type: 'submit' }, 'Show'),
  );
  if (!data.asset) {
    container.replaceChildren(h('h1', {}, 'Asset neighbourhood'), search, h('p', { role: 'alert' }, `No asset is named ${name}.`));
    return;
  }
  const graph = new Graph();
  addNeighbourhood(graph, data.asset, data.spareHardwareGaps, true);
  layout(graph);
  const figure = h('figure', { class: 'graph-figure' });
  const words = h('div', { class: 'asset-words' }, describe(data.asset, data.spareHardwareGaps));
  const status = h('p', { class: 'hint', role: 'status' }, 'Select an asset to expand it; select an expanded one to make it the centre; an incident opens its timeline.');
  const redraw = () => figure.replaceChildren(draw(graph, expand), h('figcaption', {}, legend()));
  const expand = async (assetName: string) => {
    status.textContent = `Expanding ${assetName}…`;
    const more = await request(ExplorerAssetDocument, { nameOrAlias: assetName });
    if (!more.asset) return;
    addNeighbourhood(graph, more.asset, more.spareHardwareGaps, false);
    layout(graph);
    redraw();
    words.append(describe(more.asset, more.spareHardwareGaps));
    status.textContent = `Expanded ${assetName}: ${graph.nodes.size} nodes.`;
    figure.querySelector<SVGElement>(`[data-id="asset:${CSS.escape(assetName)}"]`)?.focus();
  };
  redraw();
  // Where the graph is wider than the screen (a phone), its figure scrolls: start with the centre asset in sight.
  requestAnimationFrame(() => {
    const centre = figure.querySelector('.node.centre')?.getBoundingClientRect();
    const frame = figure.getBoundingClientRect();
    if (centre && figure.scrollWidth > figure.clientWidth) figure.scrollLeft += centre.left + centre.width / 2 - (frame.left + frame.width / 2);
  });
  container.replaceChildren(h('h1', {}, `Neighbourhood of ${data.asset.name}`), search, status, figure, words);
}

function legend(): HTMLElement {
  const item = (kind: string, text: string) => h('span', { class: 'legend-item' }, h('span', { class: `swatch ${kind}`, 'aria-hidden': 'true' }), text);
  return h('span', { class: 'legend' },
    item('asset', 'asset (rounded box)'),
    item('alias', 'other name (dashed)'),
    item('service', 'service (pill)'),
    item('incident', 'incident (square box)'),
    item('gap', 'gap: missing spare or partner (⚠, thick dashes)'),
  );
}
