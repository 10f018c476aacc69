import type { ImportResultResolvers, ImportedEntityResolvers, MutationResolvers } from '../generated/resolvers.js';
import { toGlobalId } from '../graph/ids.js';
import { importIncidentDocument } from './import-document.js';
import { importIncidentReport } from './import-report.js';

export const importMutations: Pick<MutationResolvers, 'importIncidentReport' | 'importIncidentDocument'> = {
  importIncidentReport: (_, { markdown, dryRun }, context) => importIncidentReport(context, markdown, dryRun ?? false),
  importIncidentDocument: (_, { document, dryRun }, context) => importIncidentDocument(context, document, dryRun ?? false),
};

const nodeType = { ASSET: 'Asset', PARTY: 'Party', TEAM: 'Team', SERVICE: 'Service' } as const;

export const ImportedEntity: ImportedEntityResolvers = {
  id: (entity) => (entity.rowId ? toGlobalId(nodeType[entity.type], entity.rowId) : null),
};

export const ImportResult: ImportResultResolvers = {};
