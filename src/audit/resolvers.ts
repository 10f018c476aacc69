import type { AuditEntryResolvers, QueryResolvers } from '../generated/resolvers.js';
import { requireRole } from '../auth/roles.js';
import { toGlobalId } from '../graph/ids.js';
import { isNodeType } from '../graph/node-kind.js';
import { listAuditTrail } from './trail.js';
import { verifyWithCheckpoints } from './verify-with-checkpoints.js';
import { connectionResolvers } from '../graph/field-helpers.js';
import { checkInstant } from '../graph/validate.js';

export const auditQueries: Pick<QueryResolvers, 'auditTrail' | 'verifyAuditTrail'> = {
  auditTrail: (_, { entityId, actor, since, until, ...page }, context) => {
    requireRole(context, 'audit');
    checkInstant(since, 'since');
    checkInstant(until, 'until');
    return listAuditTrail(context.db, { entityId, actor, since, until }, page);
  },
  verifyAuditTrail: (_, { checkpoints, publicKey }, context) => {
    requireRole(context, 'audit');
    return verifyWithCheckpoints(context.db, { checkpoints, publicKey });
  },
};

export const AuditEntry: AuditEntryResolvers = {
  entityId: (row) => (isNodeType(row.entityType) ? toGlobalId(row.entityType, row.entityId) : row.entityId),
  seq: (row) => row.seq!,
  hash: (row) => row.hash!,
  previousHash: (row) => row.prevHash!,
};

export const auditConnections = { AuditEntryConnection: connectionResolvers };
