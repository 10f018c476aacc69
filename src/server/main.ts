import { databaseConfigFromEnv } from '../../db/index.js';
import { openDatabaseOrExit } from '../../db/open-or-exit.js';
import { announceOwnerUrl } from '../../db/owner-lock.js';
import { authenticatorFor, serverModeFor, type ServerMode } from '../auth/mode.js';
import { seedShippedReports } from '../import/seed.js';
import { createLogger } from '../logger.js';
import { createGraphqlHandler } from './handler.js';
import { createLocalServer, listen } from './local-http.js';
import { describeListenError, portUnavailable } from './port-check.js';
import { loadPlaygroundBundle } from '../playground/bundle.js';
import { createPlaygroundHandler } from '../playground/handler.js';
import { DEFAULT_PLAYGROUND_DIR } from '../playground/paths.js';
import { loadExplorerBundle } from '../explorer/bundle.js';
import { createExplorerHandler } from '../explorer/handler.js';
import { DEFAULT_EXPLORER_DIR } from '../explorer/paths.js';
import { routeRequests } from './router.js';
import { startDeliveryLoop } from '../webhook/loop.js';

const logger = createLogger();
const config = databaseConfigFromEnv();
let mode: ServerMode;
try {
  mode = serverModeFor(config);
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
const { authMode } = mode;
const host = process.env.HOST ?? '127.0.0.1';
const port = Number(process.env.PORT ?? 4000);
if (authMode === 'open' && !['127.0.0.1', '::1', 'localhost'].includes(host)) {
  console.error(`Open mode serves one user on localhost only: set AUTH_MODE=keys to listen on ${host}`);
  process.exit(1);
}
// Before the database is opened and seeded: a second `npm start` says so at once.
const portProblem = await portUnavailable(port, host);
if (portProblem) {
  console.error(portProblem);
  process.exit(1);
}
const database = await openDatabaseOrExit(config);
// The embedded database starts with the shipped reports; a server database is loaded with `npm run import`.
if (database.driver === 'pglite') await seedShippedReports(database, logger);
const api = createGraphqlHandler({ database, logger, authenticate: authenticatorFor(authMode, database), production: mode.production, introspection: mode.introspection });
// Webhooks are delivered in this process: right after each API request (its events are committed by then) and on a timer for retries.
const deliveries = startDeliveryLoop(database.db, logger);
const handler: typeof api = async (event, context) => {
  const response = await api(event, context);
  deliveries.nudge();
  return response;
};
const playground = createPlaygroundHandler(await loadPlaygroundBundle(process.env.PLAYGROUND_DIR ?? DEFAULT_PLAYGROUND_DIR));
const explorer = createExplorerHandler(await loadExplorerBundle(process.env.EXPLORER_DIR ?? DEFAULT_EXPLORER_DIR));
const server = createLocalServer(routeRequests({ graphql: handler, playground, explorer }));
let url: string;
try {
  url = await listen(server, port, host);
} catch (error) {
  console.error(describeListenError(error, port, host));
  await deliveries.stop();
  await database.close();
  process.exit(1);
}
// `npm run import` finds the server here while it owns the embedded database, and imports through it.
if (database.driver === 'pglite') announceOwnerUrl(config.pgliteDir, url);
console.log(`Incident knowledge base on ${url} (open it in a browser for the playground, /explore for the explorer; ${config.url ? 'DATABASE_URL' : `embedded database in ${config.pgliteDir}`}; ${authMode === 'open' ? 'open mode, no API key needed' : 'API keys required'})`);

const stop = async () => {
  server.close();
  await deliveries.stop();
  await database.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
