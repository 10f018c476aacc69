import type { ExplorerIncidentTimelineQuery, Phase } from '../../generated/explorer/graphql.js';
import { ExplorerIncidentTimelineDocument } from '../../generated/explorer/graphql.js';
import { request } from './api.js';
import { addDays, formatDay, formatMonth, formatShortDay, utcDay } from './dates.js';
import { asButton, h, hrefFor, s } from './dom.js';
import { SHAPES } from './shapes.js';
import { timeAxis } from './time-axis.js';
import { chartWidth, isNarrow } from './width.js';

type Incident = NonNullable<ExplorerIncidentTimelineQuery['incident']>;
type TimelineEvent = Incident['timeline']['edges'][number]['node'];

/** Detection → closure, top to bottom; each lane has its own marker shape. */
const PHASES: { phase: Phase; label: string; shape: keyof typeof SHAPES }[] = [
  { phase: 'DETECTION', label: 'Detection', shape: 'circle' },
  { phase: 'DIAGNOSIS', label: 'Diagnosis', shape: 'square' },
  { phase: 'ESCALATION', label: 'Escalation', shape: 'triangle' },
  { phase: 'MITIGATION', label: 'Mitigation', shape: 'diamond' },
  { phase: 'RECOVERY', label: 'Recovery', shape: 'pentagon' },
  { phase: 'VALIDATION', label: 'Validation', shape: 'hexagon' },
  { phase: 'CLOSURE', label: 'Closure', shape: 'star' },
  { phase: 'FOLLOW_UP', label: 'Follow-up', shape: 'triangleDown' },
];
const phaseLabel = (phase: Phase) => PHASES.find((p) => p.phase === phase)?.label ?? phase;

const SIGN_OFF_LINES = { EMERGENCY_DECLARED: 'Emergency declared', EMERGENCY_CLOSED: 'Emergency closed' } as const;

const MAX_WIDTH = 960;
const RIGHT = 20;
const LANE = 34;
const LAG_ROW = 38;

export async function renderTimeline(container: HTMLElement, key: string): Promise<void> {
  const data = await request(ExplorerIncidentTimelineDocument, { key });
  const incident = data.incident;
  container.replaceChildren(
    h('h1', {}, incident ? incident.title : 'Incident timeline'),
    picker(data.incidents.edges.map((e) => e.node), key),
  );
  if (!incident) {
    container.append(h('p', { role: 'alert' }, `No incident has the key ${key}.`));
    return;
  }
  const events = incident.timeline.edges.map((e) => e.node);
  container.append(
    h('p', { class: 'facts' }, `${incident.severity ?? 'Severity not stated'} · ${incident.status.toLowerCase()} · ${formatDay(incident.startedOn)} – ${incident.endedOn ? formatDay(incident.endedOn) : 'open'}${incident.closedOn ? ` · closed ${formatDay(incident.closedOn)}` : ''}`),
    chart(incident, events, (position) => {
      const item = document.getElementById(`event-${position}`);
      item?.scrollIntoView({ block: 'nearest' });
      item?.focus();
    }),
    h('p', { class: 'hint' }, 'Filled, numbered marker: an event in its main phase (each phase its own shape); hollow markers: other phases its text shows; bars: events over several days; dashed lines: the emergency declared and closed; hatched bar: how long the fault existed before it was found. Select a marker for the event’s text.'),
    summary(incident),
    h('h2', {}, `Events (${events.length})`),
    h('ol', { class: 'events' }, events.map(eventItem)),
  );
}

function picker(incidents: { key: string; title: string; startedOn: string }[], current: string): HTMLElement {
  const select = h(
    'select',
    { id: 'incident-picker', onchange: (e) => (window.location.hash = hrefFor.incident((e.target as HTMLSelectElement).value)) },
    incidents.map((i) => h('option', { value: i.key, selected: i.key === current }, `${formatDay(i.startedOn)} — ${i.title}`)),
  );
  return h('p', { class: 'controls' }, h('label', { for: 'incident-picker' }, 'Incident '), select);
}

function chart(incident: Incident, events: TimelineEvent[], select: (position: number) => void): SVGSVGElement {
  const WIDTH = chartWidth(MAX_WIDTH);
  const narrow = isNarrow(WIDTH);
  // On a phone the lane labels and the lead-in before the incident take less room, and the lag's sentence takes two lines.
  const LEFT = narrow ? 90 : 110;
  const GUTTER = narrow ? 56 : 90;
  const LAG_HEIGHT = narrow ? LAG_ROW + 14 : LAG_ROW;
  const lags = distinctLags(incident.detectionLags);
  const signOffs = incident.signOffs.filter((o): o is typeof o & { kind: keyof typeof SIGN_OFF_LINES; signedOn: string } => o.kind in SIGN_OFF_LINES && o.signedOn !== null);
  const days = [incident.startedOn, incident.closedOn, incident.endedOn, ...events.flatMap((e) => [e.occurredOn, e.endedOn]), ...signOffs.map((o) => o.signedOn)]
    .filter((d): d is string => !!d)
    .map(utcDay);
  const first = new Date(Math.min(...days.map(Number)));
  const last = new Date(Math.max(...days.map(Number)));
  const start = addDays(first, -1);
  // A fault older than the incident gets a compressed lead-in left of the day axis, cut by a break mark.
  const earlier = lags.some((lag) => utcDay(lag.since) < start);
  const axisLeft = LEFT + (earlier ? GUTTER : 0);
  const x = timeAxis(start, addDays(last, 1), axisLeft, WIDTH - RIGHT);

  const lagTop = 6;
  // On a phone the sign-off labels take a line each, so two close dates do not print over each other.
  const signOffRows = narrow ? Math.max(1, signOffs.length) : 1;
  const top = lagTop + lags.length * LAG_HEIGHT + (narrow ? 16 : 8) + signOffRows * 14;
  const height = top + PHASES.length * LANE + 44;
  const laneY = (phase: Phase) => top + PHASES.findIndex((p) => p.phase === phase) * LANE + LANE / 2;
  const svg = s('svg', { viewBox: `0 0 ${WIDTH} ${height}`, class: 'chart timeline-chart', role: 'group', 'aria-label': `Timeline of ${incident.title}: ${events.length} events by phase from ${formatDay(first)} to ${formatDay(last)}` });
  svg.append(s('defs', {}, s('pattern', { id: 'hatch', width: 8, height: 8, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, s('rect', { width: 8, height: 8, class: 'hatch-bg' }), s('line', { x1: 0, y1: 0, x2: 0, y2: 8, class: 'hatch-line' }))));

  // Lanes and the day axis.
  PHASES.forEach((p, i) => {
    const y = top + i * LANE;
    svg.append(
      s('rect', { x: LEFT, y, width: WIDTH - LEFT - RIGHT, height: LANE, class: i % 2 ? 'lane odd' : 'lane' }),
      s('path', { d: SHAPES[p.shape]!(5), transform: `translate(12,${y + LANE / 2})`, class: `marker phase-${p.phase.toLowerCase()}`, 'aria-hidden': 'true' }),
      s('text', { x: 24, y: y + LANE / 2, class: 'lane-label', 'dominant-baseline': 'middle' }, p.label),
    );
  });
  const axisY = top + PHASES.length * LANE;
  for (const tick of x.ticks(Math.min(16, Math.floor((WIDTH - axisLeft) / 28), Math.round((last.getTime() - first.getTime()) / 86_400_000) + 2))) {
    svg.append(
      s('line', { x1: x(tick), x2: x(tick), y1: top, y2: axisY + 4, class: 'grid' }),
      s('text', { x: x(tick), y: axisY + 18, class: 'tick', 'text-anchor': 'middle', 'data-date': tick.toISOString().slice(0, 10) }, tick.getUTCDate()),
    );
  }
  // The month under the day numbers, once per month shown.
  const months = new Set<string>();
  for (const day of x.ticks(40)) {
    const label = formatMonth(day);
    if (months.has(label)) continue;
    months.add(label);
    svg.append(s('text', { x: x(day) - 6, y: axisY + 34, class: 'tick month' }, label));
  }
  if (earlier) {
    svg.append(
      s('rect', { x: LEFT, y: top, width: GUTTER - 10, height: axisY - top, class: 'before' }),
      s('text', { x: LEFT + (GUTTER - 10) / 2, y: axisY + 18, class: 'tick', 'text-anchor': 'middle' }, 'earlier'),
      s('path', { d: `M${axisLeft - 10},${lagTop} l-5,${(axisY - lagTop) / 4} l10,${(axisY - lagTop) / 4} l-10,${(axisY - lagTop) / 4} l5,${(axisY - lagTop) / 4}`, class: 'axis-break', 'aria-hidden': 'true' }),
    );
  }

  lags.forEach((lag, i) => {
    const y = lagTop + i * LAG_HEIGHT;
    const below = narrow ? 14 : 0;
    const since = utcDay(lag.since);
    const from = since < start ? LEFT : x(since);
    const to = x(utcDay(lag.detectedOn));
    const label = `Fault existed before it was found: since ${formatDay(lag.since, lag.sincePrecision)}, found ${formatDay(lag.detectedOn)} — ${lag.days} days`;
    svg.append(
      s('g', { class: 'lag', role: 'img', 'aria-label': `${label}. ${lag.text}` },
        s('title', {}, `${label}\n${lag.text}`),
        narrow
          ? s('text', { x: 4, y: y + 11, class: 'lag-label' }, s('tspan', {}, `${label.split(': ')[0]}: `), s('tspan', { x: 4, dy: 14 }, label.split(': ').slice(1).join(': ')))
          : s('text', { x: LEFT, y: y + 11, class: 'lag-label' }, label),
        s('rect', { x: from, y: y + below + 16, width: Math.max(2, to - from), height: 14, fill: 'url(#hatch)', class: 'lag-bar' }),
        s('text', { x: from + 4, y: y + below + 27, class: 'lag-since' }, formatDay(lag.since, lag.sincePrecision)),
        s('line', { x1: to, x2: to, y1: y + below + 12, y2: y + below + 34, class: 'lag-end' }),
      ),
    );
  });

  signOffs.forEach((o, i) => {
    const at = x(utcDay(o.signedOn));
    const labelY = top - 6 - (narrow ? (signOffs.length - 1 - i) * 14 : 0);
    const text = `${SIGN_OFF_LINES[o.kind]} ${formatShortDay(utcDay(o.signedOn))}`;
    svg.append(
      s('g', { class: `sign-off ${o.kind.toLowerCase()}` },
        s('title', {}, `${SIGN_OFF_LINES[o.kind]} on ${formatDay(o.signedOn)}${o.party ? ` by ${o.party.name}` : ''}${o.roleTitle ? ` (${o.roleTitle})` : ''}`),
        s('line', { x1: at, x2: at, y1: labelY - 10, y2: axisY, class: 'sign-off-line' }),
        // A label that would run past the chart's right edge reads leftwards from its line instead.
        at + 4 + text.length * 7 > WIDTH ? s('text', { x: at - 4, y: labelY, class: 'sign-off-label', 'text-anchor': 'end' }, text) : s('text', { x: at + 4, y: labelY, class: 'sign-off-label' }, text),
      ),
    );
  });

  for (const event of events) {
    const shape = PHASES.find((p) => p.phase === event.phase)?.shape ?? 'circle';
    const cx = x(utcDay(event.occurredOn));
    const cy = laneY(event.phase);
    const group = s('g', { class: `event phase-${event.phase.toLowerCase()}` });
    for (const other of event.phases.filter((p) => p !== event.phase)) {
      const otherShape = PHASES.find((p) => p.phase === other)?.shape ?? 'circle';
      group.append(s('path', { d: SHAPES[otherShape]!(4), transform: `translate(${cx},${laneY(other)})`, class: 'marker secondary', 'aria-hidden': 'true' }));
    }
    if (event.endedOn) {
      const end = x(utcDay(event.endedOn));
      group.append(s('rect', { x: cx, y: cy - 5, width: end - cx, height: 10, rx: 5, class: `span phase-${event.phase.toLowerCase()}` }));
    }
    const mentions = [...event.assets, ...event.services, ...event.parties].map((m) => m.name);
    const when = `${formatDay(event.occurredOn)}${event.endedOn ? ` to ${formatDay(event.endedOn)}` : ''}${event.timeOfDay ? ` ${event.timeOfDay}` : ''}`;
    const marker = s('g', { class: 'event-marker', transform: `translate(${cx},${cy})` },
      s('title', {}, `${event.position}. ${when} — ${phaseLabel(event.phase)}${mentions.length ? `\nMentions: ${mentions.join(', ')}` : ''}`),
      s('path', { d: SHAPES[shape]!(9), class: `marker phase-${event.phase.toLowerCase()}` }),
      s('text', { y: -13, class: 'event-number', 'text-anchor': 'middle' }, event.position),
    );
    asButton(marker, `Event ${event.position}: ${when}, ${phaseLabel(event.phase)}`, () => select(event.position));
    group.append(marker);
    svg.append(group);
  }
  return svg;
}

/** Two statements of the same lag (a cause and an asset fact) draw one bar. */
function distinctLags(lags: Incident['detectionLags']): Incident['detectionLags'] {
  const seen = new Map<string, Incident['detectionLags'][number]>();
  for (const lag of lags) {
    const key = `${lag.since}/${lag.detectedOn}`;
    const known = seen.get(key);
    seen.set(key, known ? { ...known, text: `${known.text} ${lag.text}` } : lag);
  }
  return [...seen.values()];
}

function summary(incident: Incident): HTMLElement {
  const dated = incident.signOffs.filter((o) => o.signedOn);
  return h('div', { class: 'summary' },
    incident.detectionLags.length
      ? h('section', { 'aria-labelledby': 'lag-heading' },
          h('h2', { id: 'lag-heading' }, 'Detection lag'),
          h('ul', {}, distinctLags(incident.detectionLags).map((lag) =>
            h('li', { class: 'detection-lag' }, h('strong', {}, `${lag.days} days`), ` — since ${formatDay(lag.since, lag.sincePrecision)}, found ${formatDay(lag.detectedOn)}${lag.asset ? ` (${lag.asset.name})` : ''}: ${lag.text}`))))
      : null,
    h('section', { 'aria-labelledby': 'sign-off-heading' },
      h('h2', { id: 'sign-off-heading' }, 'Dated sign-offs'),
      dated.length
        ? h('ul', {}, dated.map((o) => h('li', { class: `sign-off-item ${o.kind.toLowerCase()}` }, h('strong', {}, o.kind.replace(/_/g, ' ').toLowerCase()), ` ${formatDay(o.signedOn!)}${o.party ? ` — ${o.party.name}` : ''}${o.roleTitle ? `, ${o.roleTitle}` : ''}`)))
        : h('p', {}, 'None dated.'),
    ),
  );
}

function mentionList(label: string, names: { name: string }[], link?: (name: string) => string): HTMLElement | null {
  if (!names.length) return null;
  return h('p', { class: `mentions mentions-${label.toLowerCase()}` },
    h('span', { class: 'mention-kind' }, `${label}: `),
    names.map((n) => (link ? h('a', { href: link(n.name), class: 'chip' }, n.name) : h('span', { class: 'chip' }, n.name))),
  );
}

function eventItem(event: TimelineEvent): HTMLElement {
  const others = event.phases.filter((p) => p !== event.phase).map(phaseLabel);
  return h('li', { id: `event-${event.position}`, tabindex: '-1', class: `event-item phase-${event.phase.toLowerCase()}` },
    h('h3', {},
      h('time', { datetime: event.occurredOn }, formatDay(event.occurredOn)),
      event.endedOn ? [' – ', h('time', { datetime: event.endedOn }, formatDay(event.endedOn))] : null,
      event.timeOfDay ? ` ${event.timeOfDay}` : '',
      ' · ', h('span', { class: 'phase-name' }, phaseLabel(event.phase)),
      others.length ? h('span', { class: 'other-phases' }, ` (also ${others.join(', ').toLowerCase()})`) : null,
    ),
    event.text.split(/\n\n+/).map((p) => h('p', {}, p)),
    mentionList('Assets', event.assets, hrefFor.asset),
    mentionList('Services', event.services),
    mentionList('Parties', event.parties),
    mentionList('Teams', event.teams),
  );
}
