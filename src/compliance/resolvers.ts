import { requireRole } from '../auth/roles.js';
import type { QueryResolvers } from '../generated/resolvers.js';
import { complianceReport } from './report.js';

export const complianceQueries: Pick<QueryResolvers, 'complianceReport'> = {
  complianceReport: (_, { since, until }, context) => {
    requireRole(context, 'audit');
    return complianceReport(context.db, since, until);
  },
};
