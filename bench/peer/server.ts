import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';
import { postgraphile } from 'postgraphile';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { benchDatabaseUrl } from '../bench-database.js';
import { announce, boundLifetime, lifetimeSeconds, poolSize } from '../servers/lifetime.js';

// The peer: PostGraphile v5 over the same database (it needs Node 22 and talks to PostgreSQL with `pg`).
const pgl = postgraphile({
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString: benchDatabaseUrl(), schemas: ['public'], poolConfig: { max: poolSize() } })],
  grafserv: { graphqlPath: '/graphql', graphiql: false },
  grafast: { explain: false },
});
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on('error', () => {});
await serv.addTo(server);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
announce(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
boundLifetime(lifetimeSeconds(), async () => {
  server.close();
  await pgl.release();
});
