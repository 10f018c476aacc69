import { h } from '../dom.js';
import type { ImportResult } from './review-model.js';

const OUTCOMES: Record<ImportResult['outcome'], (key: string) => string> = {
  CREATED: (key) => `Would create the incident ${key}.`,
  UPDATED: (key) => `Would update the stored incident ${key}: its facts are replaced by this report’s.`,
  UNCHANGED: (key) => `Unchanged: this exact report is already stored as ${key}.`,
};

const COUNT_LABELS: [keyof ImportResult['counts'], string, string][] = [
  ['timelineEvents', 'timeline entry', 'timeline entries'],
  ['causes', 'cause', 'causes'],
  ['findings', 'finding', 'findings'],
  ['recommendations', 'recommendation', 'recommendations'],
  ['signOffs', 'sign-off', 'sign-offs'],
  ['assetFacts', 'asset fact', 'asset facts'],
  ['assets', 'asset', 'assets'],
  ['parties', 'party', 'parties'],
  ['teams', 'team', 'teams'],
  ['services', 'service', 'services'],
];

/** What the dry run says the import would do, in numbers. */
export function outcomeSummary(result: ImportResult, unread: number): HTMLElement {
  return h('section', { class: 'import-outcome', 'aria-labelledby': 'outcome-heading' },
    h('h2', { id: 'outcome-heading' }, 'Dry run'),
    h('p', { class: `outcome outcome-${result.outcome.toLowerCase()}` }, h('strong', {}, result.outcome.toLowerCase()), ' — ', OUTCOMES[result.outcome](result.incidentKey)),
    result.outcome === 'UNCHANGED'
      ? null
      : h('p', { class: 'counts' }, COUNT_LABELS.map(([key, one, many]) => `${result.counts[key]} ${result.counts[key] === 1 ? one : many}`).join(' · ')),
    h('p', { class: 'counts' }, `${result.facts.length} facts on the lines below; ${unread} line${unread === 1 ? '' : 's'} unread; ${result.warnings.length} warning${result.warnings.length === 1 ? '' : 's'}.`),
  );
}
