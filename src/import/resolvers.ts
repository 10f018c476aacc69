import type { ImportResultResolvers, ImportedEntityResolvers, MutationResolvers } from '../generated/resolvers.js';
import { requireRole } from '../auth/roles.js';
import { toGlobalId } from '../graph/ids.js';
import { checkMarkdownShape } from './parse/markdown-shape.js';
import { reportRefusal } from './refusal.js';

/** Refuses Markdown shaped to make parsing explode before the importer is even loaded: a hostile report costs nothing. */
function refuseHostileShape(markdown: string): void {
  const problems = checkMarkdownShape(markdown);
  if (problems.length) throw reportRefusal(problems);
}

// The importer (Markdown parsing, date reading, vocabulary) loads on the first import, not with the API:
// a bundle split at these imports keeps it out of what a cold start parses before its first answer.
export const importMutations: Pick<MutationResolvers, 'importIncidentReport' | 'importIncidentDocument'> = {
  importIncidentReport: async (_, { markdown, dryRun, decisions, categoryOverrides }, context) => {
    requireRole(context, 'write');
    refuseHostileShape(markdown);
    const [{ importIncidentReport }, { readDecisions }] = await Promise.all([import('./import-report.js'), import('./store/review-decisions.js')]);
    return importIncidentReport(context, markdown, dryRun ?? false, 'MARKDOWN', readDecisions(decisions, categoryOverrides));
  },
  importIncidentDocument: async (_, { document, dryRun, decisions, categoryOverrides }, context) => {
    const [{ importIncidentDocument }, { readDecisions }] = await Promise.all([import('./import-document.js'), import('./store/review-decisions.js')]);
    return importIncidentDocument(context, document, dryRun ?? false, readDecisions(decisions, categoryOverrides));
  },
};

const nodeType = { ASSET: 'Asset', PARTY: 'Party', TEAM: 'Team', SERVICE: 'Service' } as const;

export const ImportedEntity: ImportedEntityResolvers = {
  id: (entity) => (entity.rowId ? toGlobalId(nodeType[entity.type], entity.rowId) : null),
  possibleDuplicates: (entity) => entity.possibleDuplicates.map((c) => ({ id: toGlobalId(nodeType[entity.type], c.rowId), name: c.name })),
};

export const ImportResult: ImportResultResolvers = {
  // The review facts are the import's own reading; their module loads with the importer.
  facts: async (result) => {
    const { reportFacts } = await import('./review/report-facts.js');
    return reportFacts(result.markdown, result.reading);
  },
};
