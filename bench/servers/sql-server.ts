import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { rowsOf } from '../../src/analytics/rows.js';
import { connectBench } from '../bench-database.js';
import { nestedHandWritten, peerQuestionHandWritten } from '../cases.js';
import { announce, boundLifetime, lifetimeSeconds, poolSize } from './lifetime.js';

// The baseline: the nested question answered by one hand-written statement, same driver, no GraphQL.
// BENCH_SQL_QUESTION=linkKey answers PostGraphile's cheaper question (the first 2 incidents by link key).
const statement = process.env.BENCH_SQL_QUESTION === 'linkKey' ? peerQuestionHandWritten : nestedHandWritten;
const connection = await connectBench(poolSize());
const server = createServer(async (request, response) => {
  for await (const _ of request); // drain the body: the question is fixed
  try {
    const [row] = await rowsOf<{ data: unknown }>(connection.database.db, statement);
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ data: row?.data }));
  } catch {
    response.writeHead(500).end();
  }
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
announce(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`);
boundLifetime(lifetimeSeconds(), async () => {
  server.close();
  await connection.close();
});
