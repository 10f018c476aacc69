import type { ImportResultResolvers, ImportedEntityResolvers, MutationResolvers } from '../generated/resolvers.js';
import { toGlobalId } from '../graph/ids.js';

// The importer (Markdown parsing, date reading, vocabulary) loads on the first import, not with the API:
// a bundle split at this import keeps it out of what a cold start parses before its first answer.
export const importMutations: Pick<MutationResolvers, 'importIncidentReport'> = {
  importIncidentReport: async (_, { markdown, dryRun }, context) => {
    const { importIncidentReport } = await import('./import-report.js');
    return importIncidentReport(context, markdown, dryRun ?? false);
  },
};

const nodeType = { ASSET: 'Asset', PARTY: 'Party', TEAM: 'Team', SERVICE: 'Service' } as const;

export const ImportedEntity: ImportedEntityResolvers = {
  id: (entity) => (entity.rowId ? toGlobalId(nodeType[entity.type], entity.rowId) : null),
};

export const ImportResult: ImportResultResolvers = {};
