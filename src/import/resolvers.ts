import type { ImportResultResolvers, ImportedEntityResolvers, MutationResolvers } from '../generated/resolvers.js';
import { toGlobalId } from '../graph/ids.js';
import { importIncidentReport } from './import-report.js';
import { reportFacts } from './review/report-facts.js';

export const importMutations: Pick<MutationResolvers, 'importIncidentReport'> = {
  importIncidentReport: async (_, { markdown, dryRun }, context) => ({ ...(await importIncidentReport(context, markdown, dryRun ?? false)), markdown }),
};

const nodeType = { ASSET: 'Asset', PARTY: 'Party', TEAM: 'Team', SERVICE: 'Service' } as const;

export const ImportedEntity: ImportedEntityResolvers = {
  id: (entity) => (entity.rowId ? toGlobalId(nodeType[entity.type], entity.rowId) : null),
};

export const ImportResult: ImportResultResolvers = {
  facts: (result) => reportFacts(result.markdown),
};
