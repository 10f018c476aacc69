import { createLogger } from '../../src/logger.js';
import { createGraphqlHandler } from '../../src/server/handler.js';
import { createLocalServer, listen } from '../../src/server/local-http.js';
import { connectBench } from '../bench-database.js';
import { announce, boundLifetime, lifetimeSeconds, poolSize } from './lifetime.js';

// Our API as deployed: the Lambda handler behind the local HTTP host, Neon's driver to the benchmark database.
const connection = await connectBench(poolSize());
const handler = createGraphqlHandler({
  database: connection.database, logger: createLogger('silent'), authenticate: async () => ({ id: 'bench', role: 'ANALYST' }), production: true,
});
const server = createLocalServer(handler);
announce(await listen(server, 0));
boundLifetime(lifetimeSeconds(), async () => {
  server.close();
  await connection.close();
});
