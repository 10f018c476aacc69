import type { Logger } from '../logger.js';
import type { Database } from '../../db/types.js';
import { recordAudit } from '../audit/record.js';
import { requireRole } from '../auth/roles.js';
import { buildContext, type Actor, type ContextParts, type GraphQLContext } from '../graph/context.js';
import { createLoaders } from './loaders.js';

/** What the areas hand the kernel: their loaders, the role check and the audit writer. */
const parts: ContextParts = { createLoaders, requirePermission: requireRole, recordAudit };

/** A request's context, for the server, the command-line tools and tests alike. */
export function createContext(args: { database: Database; actor: Actor; requestId: string; logger: Logger }): GraphQLContext {
  return buildContext(parts, args);
}
