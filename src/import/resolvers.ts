import type { ImportResultResolvers, ImportedEntityResolvers, MutationResolvers } from '../generated/resolvers.js';
import { toGlobalId } from '../graph/ids.js';

// The importer (Markdown parsing, date reading, vocabulary) loads on the first import, not with the API:
// a bundle split at these imports keeps it out of what a cold start parses before its first answer.
export const importMutations: Pick<MutationResolvers, 'importIncidentReport' | 'importIncidentDocument'> = {
  importIncidentReport: async (_, { markdown, dryRun }, context) => {
    const { importIncidentReport } = await import('./import-report.js');
    return { ...(await importIncidentReport(context, markdown, dryRun ?? false)), markdown };
  },
  importIncidentDocument: async (_, { document, dryRun }, context) => {
    const { importIncidentDocument } = await import('./import-document.js');
    return importIncidentDocument(context, document, dryRun ?? false);
  },
};

const nodeType = { ASSET: 'Asset', PARTY: 'Party', TEAM: 'Team', SERVICE: 'Service' } as const;

export const ImportedEntity: ImportedEntityResolvers = {
  id: (entity) => (entity.rowId ? toGlobalId(nodeType[entity.type], entity.rowId) : null),
};

export const ImportResult: ImportResultResolvers = {
  // The review facts parse the report's Markdown: the parser loads with them, as with the importer.
  facts: async (result) => {
    const { reportFacts } = await import('./review/report-facts.js');
    return reportFacts(result.markdown);
  },
};
