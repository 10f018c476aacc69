import type { ExtractedFacts } from '../extract/extract-facts.js';
import type { CauseCategory } from '../extract/fact-types.js';
import type { ParsedReport, SourceSpan } from '../parse/report-types.js';

export type ReportFactKind =
  | 'INCIDENT' | 'ENTRY' | 'TIME' | 'PARTY' | 'ASSET' | 'TEAM' | 'SERVICE' | 'CAUSE' | 'FINDING' | 'RECOMMENDATION' | 'SIGN_OFF' | 'ASSET_FACT';

export interface ReportFact {
  kind: ReportFactKind;
  label: string;
  detail: string | null;
  startLine: number;
  endLine: number;
  rule: string;
  categories: CauseCategory[];
  addressesCauses: number[];
  number: number | null;
  position: number | null;
  needsReview: boolean;
  reviewReason: string | null;
}

const lower = (value: string) => value.toLowerCase().replace(/_/g, ' ');

/**
 * Every fact an import read from a report, each with its lines, sorted by line: the import's own
 * reading (its classifier, learned cues and asset kinds, an analyst's categories), not a second one.
 */
export function reportFacts(markdown: string, reading: { report: ParsedReport; facts: ExtractedFacts }): ReportFact[] {
  const { report, facts } = reading;
  const out: ReportFact[] = [];
  const add = (kind: ReportFactKind, label: string, span: SourceSpan, rule: string, more: Partial<ReportFact> = {}) =>
    out.push({
      kind, label, detail: null, startLine: span.startLine, endLine: span.endLine, rule, categories: [], addressesCauses: [], number: null,
      position: null, needsReview: false, reviewReason: null, ...more,
    });

  // The title, department and organisation carry no span of their own: they are on the first lines that say them.
  const lines = markdown.split(/\r\n|\r|\n/);
  const lineOf = (test: (line: string) => boolean) => {
    const index = lines.findIndex(test);
    return index < 0 ? null : { startLine: index + 1, endLine: index + 1 };
  };
  const title = lineOf((l) => /^#\s/.test(l) && l.includes(report.title));
  if (title) add('INCIDENT', 'title', title, 'heading:title', { detail: report.title });
  for (const [label, value] of [['department', report.department], ['organisation', report.organisation]] as const) {
    const span = value ? lineOf((l) => l.trim() === value) : null;
    if (span) add('INCIDENT', label, span, `preamble:${label}`, { detail: value });
  }
  add('INCIDENT', 'period', report.period.span, 'section:date', { detail: `${facts.incident.start} – ${facts.incident.end}` });
  add('INCIDENT', 'symptoms', report.symptoms.span, 'section:symptoms', { detail: report.symptoms.text });
  for (const location of report.locations) add('INCIDENT', 'location', location.span, 'section:location', { detail: location.text });

  for (const party of facts.parties) add('PARTY', party.name, party.span, party.rule, { detail: party.title });
  for (const role of facts.roleParties) add('PARTY', role.title, role.span, role.rule, { detail: role.abbreviation });
  for (const asset of facts.assets) add('ASSET', asset.name, asset.span, asset.rule, { detail: lower(asset.kind) });
  for (const team of facts.teams) add('TEAM', team.name, team.span, team.rule);
  for (const service of facts.services) add('SERVICE', service.name, service.span, service.rule);

  for (const event of facts.events) {
    const days = event.endDate !== event.startDate ? `${event.startDate} – ${event.endDate}` : event.startDate;
    add('ENTRY', `entry ${event.order}`, event.span, event.rule, { detail: `${days} · ${event.phases.map(lower).join(', ')}`, number: event.order });
    for (const mention of event.mentions) add(mention.type, mention.name, mention.span, mention.rule, { detail: mention.surface === mention.name ? null : `written “${mention.surface}”` });
  }
  for (const entry of report.timeline) {
    for (const paragraph of entry.paragraphs) {
      for (const time of paragraph.times) add('TIME', time.time, paragraph.span, `time:"${time.phrase}"`, { detail: time.qualifier ? `${time.qualifier} ${time.time}` : null, number: entry.order });
    }
  }
  // Positions as the import stores them: the causes section first, then the timeline's findings.
  const review = (c: { needsReview: boolean; reviewReason: string | null }) => ({ needsReview: c.needsReview, reviewReason: c.reviewReason });
  for (const [index, cause] of facts.causes.entries()) {
    add('CAUSE', `${lower(cause.kind)} cause ${cause.order}`, cause.span, cause.rule, { detail: cause.text, categories: cause.categories, number: cause.order, position: index + 1, ...review(cause) });
  }
  for (const [index, finding] of facts.findings.entries()) {
    add('FINDING', 'finding', finding.span, finding.rule, { detail: finding.text, categories: finding.categories, position: facts.causes.length + index + 1, ...review(finding) });
  }
  for (const recommendation of facts.recommendations) {
    add('RECOMMENDATION', `recommendation ${recommendation.order}`, recommendation.span, recommendation.rule, {
      detail: `${lower(recommendation.type)}${recommendation.dueDate ? `, due ${recommendation.dueDate}` : ''}: ${recommendation.text}`,
      addressesCauses: recommendation.addressesCauseOrders,
      number: recommendation.order,
    });
  }
  for (const signOff of facts.signOffs) {
    const who = signOff.partyName ?? signOff.roleTitle;
    add('SIGN_OFF', who ? `${lower(signOff.kind)}: ${who}` : lower(signOff.kind), signOff.span, signOff.rule, { detail: [signOff.roleTitle, signOff.date].filter(Boolean).join(', ') || null });
  }
  const assetName = new Map(facts.assets.map((a) => [a.key, a.name]));
  for (const fact of facts.assetFacts) {
    add('ASSET_FACT', `${assetName.get(fact.assetKey) ?? fact.assetKey} ${lower(fact.kind)}`, fact.span, fact.rule, { detail: fact.text });
  }

  // The same fact read twice from the same lines (an entity named twice in a sentence) is one chip.
  const seen = new Set<string>();
  return out
    .filter((f) => {
      const key = `${f.kind}|${f.label}|${f.startLine}|${f.endLine}`;
      return !seen.has(key) && seen.add(key);
    })
    .sort((a, b) => a.startLine - b.startLine || a.endLine - b.endLine);
}
