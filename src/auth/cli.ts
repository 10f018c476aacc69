import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { databaseConfigFromEnv } from '../../db/index.js';
import { withCommandDatabase } from '../../db/open-or-exit.js';
import type { Role } from '../graph/context.js';
import { createContext } from '../registry/context.js';
import { createLogger } from '../logger.js';
import { createApiKey, listApiKeys, revokeApiKey } from './key-service.js';
import { roles } from './roles.js';

const usage = `Usage: npm run keys -- <command>
  create --role ANALYST|EDITOR|AUDITOR|ADMIN --name <name>   prints the new key once
  list                                                       ids, names, roles, created, revoked
  revoke <key id>`;

/** Key management against the configured database (DATABASE_URL, or the embedded one), as its operator. */
async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: { role: { type: 'string' }, name: { type: 'string' } } });
  const [command, target] = positionals;
  if (command === 'create' && (!values.role || !roles.includes(values.role as Role) || !values.name)) {
    console.error(usage);
    return 2;
  }
  if (!['create', 'list', 'revoke'].includes(command ?? '') || (command === 'revoke' && !target)) {
    console.error(usage);
    return 2;
  }
  return withCommandDatabase(databaseConfigFromEnv(), async (database) => {
    const context = createContext({ database, actor: { id: `cli:${userInfo().username}`, role: 'ADMIN' }, requestId: randomUUID(), logger: createLogger() });
    if (command === 'create') {
      const { apiKey, key } = await createApiKey(context, { name: values.name!, role: values.role as Role });
      console.log(`Created ${apiKey.role} key "${apiKey.name}" (id ${apiKey.id}). It is shown only this once:\n${key}`);
    } else if (command === 'list') {
      for (const k of await listApiKeys(context)) {
        console.log([k.id, k.role.padEnd(7), k.revokedAt ? `revoked ${k.revokedAt}` : 'active', `created ${k.createdAt} by ${k.createdBy}`, k.name].join('  '));
      }
    } else {
      const revoked = await revokeApiKey(context, target!);
      console.log(`Revoked key ${revoked.id} ("${revoked.name}") at ${revoked.revokedAt}`);
    }
    return 0;
  });
}

process.exitCode = await main(process.argv.slice(2));
