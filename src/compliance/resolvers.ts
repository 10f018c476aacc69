import { requireRole } from '../auth/roles.js';
import type { QueryResolvers } from '../generated/resolvers.js';
import { checkInstant } from '../graph/validate.js';
import { complianceReport } from './report.js';

export const complianceQueries: Pick<QueryResolvers, 'complianceReport'> = {
  complianceReport: (_, { since, until }, context) => {
    requireRole(context, 'audit');
    checkInstant(since, 'since');
    checkInstant(until, 'until');
    return complianceReport(context.db, since, until);
  },
};
