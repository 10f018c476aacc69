import { databaseConfigFromEnv, openDatabase } from '../../db/index.js';
import { authModeFor, authenticatorFor } from '../auth/mode.js';
import { createLogger } from '../logger.js';
import { createGraphqlHandler } from './handler.js';
import { createLocalServer, listen } from './local-http.js';

const logger = createLogger();
const config = databaseConfigFromEnv();
const database = await openDatabase(config);
const authMode = authModeFor(config);
const host = process.env.HOST ?? '127.0.0.1';
if (authMode === 'open' && !['127.0.0.1', '::1', 'localhost'].includes(host)) {
  console.error(`Open mode serves one user on localhost only: set AUTH_MODE=keys to listen on ${host}`);
  process.exit(1);
}
const handler = createGraphqlHandler({ database, logger, authenticate: authenticatorFor(authMode, database), production: false });
const server = createLocalServer(handler);
const url = await listen(server, Number(process.env.PORT ?? 4000), host);
console.log(`Incident knowledge base on ${url} (${config.url ? 'DATABASE_URL' : `embedded database in ${config.pgliteDir}`}; ${authMode === 'open' ? 'open mode, no API key needed' : 'API keys required'})`);

const stop = async () => {
  server.close();
  await database.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
