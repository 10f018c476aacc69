import { phraseClassifier } from '../../classification/phrase-classifier.js';
import { evidenceRule } from '../../classification/evidence-rule.js';
import type { CauseClassifier } from '../../classification/types.js';
import type { AssetHit } from './asset-mentions.js';
import type { FactSentence } from './asset-facts.js';
import { readAssetFacts } from './asset-facts.js';
import { readAssetMoves } from './asset-moves.js';
import { arrivalsFromDurations } from './waits.js';
import { AssetRegistry } from './asset-registry.js';
import { dateCause, readCause, readRecommendation, wordSpread } from './causes.js';
import { readDecisions } from './decisions.js';
import type { RoleHit } from './entity-mentions.js';
import { personMentions, roleHits, serviceMentions, teamMentions } from './entity-mentions.js';
import type { EventFact, ExtractedFacts, FindingFact, Mention, NamedEntity, RoleParty, SignOffFact, Warning } from './fact-types.js';
import { normaliseAssetKey, normalisePersonKey, slugify } from '../parse/normalise.js';
import { PartyBook } from './parties.js';
import { readPhases } from './phases.js';
import { settleCauseLinks } from './recommendation-links.js';
import type { ParsedItem, ParsedReport, SourceSpan } from '../parse/report-types.js';
import type { Sentence } from '../parse/text-units.js';
import { sentences } from '../parse/text-units.js';

export type * from './fact-types.js';
export { normaliseAssetKey, normalisePersonKey };

const FINDING = /\bcaused by\b|\bdue to\b|\bdiscovered\b|\bconfirmed\b|\bfound that\b|\bconclude\b/i;
const SUMMARY_LENGTH = 280;

function assetMention(h: AssetHit, registry: AssetRegistry, span: SourceSpan): Mention {
  return { type: 'ASSET', key: h.key, name: registry.get(h.key)?.name ?? h.name, surface: h.surface, span, rule: h.rule };
}

function collect(map: Map<string, NamedEntity>, mentions: Mention[]): void {
  for (const m of mentions) if (!map.has(m.key)) map.set(m.key, { key: m.key, name: m.name, span: m.span, rule: m.rule });
}

function summarise(report: ParsedReport): string {
  const first = report.timeline[0]?.paragraphs[0]?.text ?? report.symptoms.text;
  if (first.length <= SUMMARY_LENGTH) return first;
  return `${first.slice(0, SUMMARY_LENGTH).replace(/\s+\S*$/, '')}…`;
}

function itemSentences(items: ParsedItem[]): Sentence[] {
  return items.map((i) => ({ text: i.text, span: i.span }));
}

/** What the readers of one report share: the people and assets met so far, and what they collect. */
interface Reading {
  report: ParsedReport;
  classifier: CauseClassifier;
  book: PartyBook;
  registry: AssetRegistry;
  teams: Map<string, NamedEntity>;
  services: Map<string, NamedEntity>;
  roleParties: Map<string, RoleParty>;
  signOffs: SignOffFact[];
  findings: FindingFact[];
  warnings: Warning[];
}

/**
 * Reads the facts of a parsed report. `classifier` reads cause categories; the
 * import passes the lemma-and-model classifier, other callers may rely on the
 * fixed-phrase one.
 */
export function extractFacts(report: ParsedReport, classifier: CauseClassifier = phraseClassifier): ExtractedFacts {
  const reading: Reading = {
    report,
    classifier,
    book: new PartyBook(report),
    registry: new AssetRegistry(),
    teams: new Map(),
    services: new Map(),
    roleParties: new Map(),
    signOffs: [],
    findings: [],
    warnings: report.warnings.map((w) => ({
      code: w.code,
      message: w.message,
      span: w.line === null ? null : { startLine: w.line, endLine: w.line },
    })),
  };
  const { book, registry, signOffs, warnings } = reading;

  readLocations(reading);
  const { events, timelineFacts } = readTimeline(reading);
  const { causes, assetFacts } = readCauses(reading, timelineFacts);
  const recommendations = readRecommendations(reading, causes);
  readSignOffLines(reading);

  book.assignActivityRoles(signOffs, events);
  if (report.signOffs.length === 0) warnings.push({ code: 'NO_SIGN_OFFS', message: 'Nobody signed this report', span: null });

  return {
    incident: incidentOf(report, signOffs),
    parties: book.parties,
    roleParties: [...reading.roleParties.values()],
    assets: registry.list(),
    teams: [...reading.teams.values()],
    services: [...reading.services.values()],
    events,
    causes,
    recommendations,
    signOffs,
    assetFacts,
    findings: reading.findings,
    placements: readAssetMoves(timelineFacts),
    warnings: [...warnings, ...book.warnings],
  };
}

/** The assets, teams and services the locations name, and the assets of the symptoms. */
function readLocations({ report, registry, teams, services }: Reading): void {
  const locationSentences = report.locations.map((l) => ({ text: l.label ? `${l.label}: ${l.text}` : l.text, span: l.span }));
  for (const s of locationSentences) {
    registry.read(s);
    collect(teams, teamMentions(s));
    collect(services, serviceMentions(s));
  }
  for (const item of report.symptoms.items) registry.read({ text: item, span: report.symptoms.span });
}

/** The timeline's events with what each mentions; on the way, its decisions, findings and unnamed role holders. */
function readTimeline(reading: Reading): { events: EventFact[]; timelineFacts: FactSentence[] } {
  const { report, book, registry, teams, services } = reading;
  const holderOf = (role: RoleHit): string | null => book.byTitle(role.titleKey)?.name ?? null;
  const timelineFacts: FactSentence[] = [];
  const events: EventFact[] = report.timeline.map((entry) => {
    const mentions: Mention[] = [];
    for (const paragraph of entry.paragraphs) {
      for (const s of sentences(paragraph.text, paragraph.span)) {
        const assets = registry.read(s);
        timelineFacts.push({ sentence: s, assets, date: entry.startDate });
        const roles = roleHits(s.text);
        noteRoles(reading, holderOf, roles, s.span, s.text);
        reading.signOffs.push(...readDecisions({ sentence: s, date: entry.startDate, roles, holderOf, people: book.people().map((p) => ({ name: p.name, spellings: p.names })) }));
        const found = [...teamMentions(s), ...serviceMentions(s), ...personMentions(s, book.people())];
        collect(teams, found.filter((m) => m.type === 'TEAM'));
        collect(services, found.filter((m) => m.type === 'SERVICE'));
        mentions.push(...assets.map((a) => assetMention(a, registry, s.span)), ...found);
        const finding = readFinding(reading.classifier, s, entry.startDate);
        if (finding) reading.findings.push(finding);
      }
    }
    const text = entry.paragraphs.map((p) => p.text).join('\n\n');
    const times = entry.paragraphs.flatMap((p) => p.times);
    const { phases, rule } = readPhases(text);
    return { order: entry.order, startDate: entry.startDate, endDate: entry.endDate, time: times[0]?.time ?? null, times, text, span: entry.span, phases, rule, mentions };
  });
  return { events, timelineFacts };
}

/** Roles a sentence names whose holder the report does not name, kept as parties by their title. */
function noteRoles({ roleParties }: Reading, holderOf: (role: RoleHit) => string | null, roles: RoleHit[], span: SourceSpan, text: string): void {
  for (const r of roles) {
    if (holderOf(r) !== null || roleParties.has(r.titleKey)) continue;
    const abbr = r.abbreviation ?? /^\s*\(([A-Z]{2,6})\)/.exec(text.slice(r.end))?.[1] ?? null;
    roleParties.set(r.titleKey, { title: r.title, abbreviation: abbr, span, rule: `role:"${r.surface}"` });
  }
}

/** A timeline sentence stating a cause (a finding), when it has a category and is not its resolution. */
function readFinding(classifier: CauseClassifier, s: Sentence, date: string): FindingFact | null {
  if (!FINDING.test(s.text)) return null;
  const read = classifier.classify(s.text);
  if (read.categories.length === 0 || read.resolution) return null;
  return {
    date, text: s.text, categories: read.categories, categoryEvidence: read.evidence,
    needsReview: read.needsReview, reviewReason: read.reviewReason, span: s.span,
    rule: read.evidence.map(evidenceRule).join('; '),
  };
}

/** The stated causes, and what the causes and the timeline say of the assets (failures, waits, arrivals). */
function readCauses({ report, registry, classifier }: Reading, timelineFacts: FactSentence[]) {
  const causeSentences = itemSentences(report.causes).map((s) => ({ sentence: s, assets: registry.read(s), date: null }));
  const causes = causeSentences.map((c, i) => readCause({ text: c.sentence.text, span: c.sentence.span }, i + 1, [...new Set(c.assets.map((a) => a.key))], classifier));
  const causeFacts = readAssetFacts(causeSentences, () => []);
  const failedHosts = () =>
    [...new Set(causeFacts.filter((f) => f.kind === 'HARDWARE_FAILURE').map((f) => f.assetKey))].flatMap((k) => registry.get(k) ?? []);
  const timelineAssetFacts = readAssetFacts(timelineFacts, failedHosts);
  const assetFacts = [...timelineAssetFacts, ...arrivalsFromDurations(timelineFacts, timelineAssetFacts), ...causeFacts];
  for (const cause of causes) dateCause(cause, assetFacts);
  return { causes, assetFacts };
}

/** The recommendations, the assets each names and the causes each addresses. */
function readRecommendations({ report, registry, warnings }: Reading, causes: ReturnType<typeof readCause>[]) {
  const spread = wordSpread([...report.causes, ...report.recommendations].map((item) => item.text));
  const recommendations = report.recommendations.map((item, i) => {
    const keys = [...new Set(registry.read({ text: item.text, span: item.span }).map((a) => a.key))];
    return readRecommendation(item, i + 1, keys, causes, spread, warnings, report.causes.map((c) => c.label ?? null));
  });
  warnings.push(...settleCauseLinks(recommendations, causes));
  return recommendations;
}

/** The sign-off lines' signatures, then every sign-off (decisions included) in the report's order. */
function readSignOffLines({ report, book, signOffs }: Reading): void {
  for (const line of report.signOffs) {
    for (const written of line.names) {
      const party = book.resolve(written, line.span);
      // "Author: Wendy Szeto" at the top and "Prepared by: Wendy Szeto" at the end are one signature, stated twice.
      if (signOffs.some((s) => s.kind === line.kind && s.partyName === party.name && s.rule.startsWith('sign-off line'))) continue;
      signOffs.push({
        kind: line.kind,
        partyName: party.name,
        roleTitle: party.title,
        date: null,
        detail: party.name === written ? null : `written as "${written}"`,
        span: line.span,
        rule: `sign-off line:${line.kind}`,
      });
    }
  }
  signOffs.sort((a, b) => a.span.startLine - b.span.startLine);
}

function incidentOf(report: ParsedReport, signOffs: SignOffFact[]): ExtractedFacts['incident'] {
  const closed = signOffs.find((s) => s.kind === 'INCIDENT_CLOSED');
  return {
    key: `${report.period.start.slice(0, 7)}-${slugify(report.title)}`,
    title: report.title,
    summary: summarise(report),
    start: report.period.start,
    end: report.period.end,
    closedOn: closed?.date ?? null,
    location: report.locations.map((l) => (l.label ? `${l.label}: ${l.text}` : l.text)).join('; '),
    symptoms: report.symptoms.items,
  };
}
