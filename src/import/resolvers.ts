import type { ImportResultResolvers, ImportedEntityResolvers, MutationResolvers } from '../generated/resolvers.js';
import { toGlobalId } from '../graph/ids.js';
import { importIncidentDocument } from './import-document.js';
import { importIncidentReport } from './import-report.js';
import { reportFacts } from './review/report-facts.js';
import { readDecisions } from './store/review-decisions.js';

export const importMutations: Pick<MutationResolvers, 'importIncidentReport' | 'importIncidentDocument'> = {
  importIncidentReport: (_, { markdown, dryRun, decisions, categoryOverrides }, context) =>
    importIncidentReport(context, markdown, dryRun ?? false, 'MARKDOWN', readDecisions(decisions, categoryOverrides)),
  importIncidentDocument: (_, { document, dryRun, decisions, categoryOverrides }, context) =>
    importIncidentDocument(context, document, dryRun ?? false, readDecisions(decisions, categoryOverrides)),
};

const nodeType = { ASSET: 'Asset', PARTY: 'Party', TEAM: 'Team', SERVICE: 'Service' } as const;

export const ImportedEntity: ImportedEntityResolvers = {
  id: (entity) => (entity.rowId ? toGlobalId(nodeType[entity.type], entity.rowId) : null),
  possibleDuplicates: (entity) => entity.possibleDuplicates.map((c) => ({ id: toGlobalId(nodeType[entity.type], c.rowId), name: c.name })),
};

export const ImportResult: ImportResultResolvers = {
  facts: (result) => reportFacts(result.markdown, result.reading),
};
