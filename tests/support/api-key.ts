import { randomUUID } from 'node:crypto';
import type { Database } from '../../db/types.js';
import { createApiKey } from '../../src/auth/key-service.js';
import type { Role } from '../../src/graph/context.js';
import { createContext } from '../../src/registry/context.js';
import { createLogger } from '../../src/logger.js';

/** Issues a key straight into a database, as `npm run keys -- create` does, and returns its Authorization header. */
export async function issueApiKey(database: Database, role: Role = 'EDITOR'): Promise<{ authorization: string }> {
  const context = createContext({ database, actor: { id: 'test-setup', role: 'ADMIN' }, requestId: randomUUID(), logger: createLogger('silent') });
  const { key } = await createApiKey(context, { name: `test ${role.toLowerCase()}`, role });
  return { authorization: `Bearer ${key}` };
}
