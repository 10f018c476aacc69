import type { ImportResultResolvers, ImportedEntityResolvers, MutationResolvers } from '../generated/resolvers.js';
import { toGlobalId } from '../graph/ids.js';
import { importIncidentDocument } from './import-document.js';
import { importIncidentReport } from './import-report.js';
import { reportFacts } from './review/report-facts.js';

export const importMutations: Pick<MutationResolvers, 'importIncidentReport' | 'importIncidentDocument'> = {
  importIncidentReport: async (_, { markdown, dryRun }, context) => ({ ...(await importIncidentReport(context, markdown, dryRun ?? false)), markdown }),
  importIncidentDocument: (_, { document, dryRun }, context) => importIncidentDocument(context, document, dryRun ?? false),
};

const nodeType = { ASSET: 'Asset', PARTY: 'Party', TEAM: 'Team', SERVICE: 'Service' } as const;

export const ImportedEntity: ImportedEntityResolvers = {
  id: (entity) => (entity.rowId ? toGlobalId(nodeType[entity.type], entity.rowId) : null),
};

export const ImportResult: ImportResultResolvers = {
  facts: (result) => reportFacts(result.markdown),
};
