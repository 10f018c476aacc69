import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';

export interface SqlOverHttp {
  /** The URL to give `neonConfig.fetchEndpoint`. */
  url: string;
  close(): Promise<void>;
}

interface QueryData { query: string; params?: unknown[] }

/**
 * Neon's SQL-over-HTTP endpoint (`POST /sql`, the protocol the driver's `neon()` speaks: raw text
 * values, array rows, `fields` with type OIDs) in front of the local PostgreSQL, holding a warm
 * TCP pool the way Neon's proxy does. With it, HTTP mode and the WebSocket pool each cross one
 * local intermediary to the same server, so the two can be compared here.
 */
export async function startSqlOverHttp(connectionString: string): Promise<SqlOverHttp> {
  const pool = new pg.Pool({ connectionString, max: 8 });
  const raw = { getTypeParser: () => (value: string) => value };
  const run = async (data: QueryData) => {
    const result = await pool.query({ text: data.query, values: data.params ?? [], rowMode: 'array', types: raw as never });
    return { command: result.command, rowCount: result.rowCount, rows: result.rows, fields: result.fields.map((f) => ({ name: f.name, dataTypeID: f.dataTypeID })) };
  };
  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as QueryData | { queries: QueryData[] };
    try {
      const result = 'queries' in body ? { results: await Promise.all(body.queries.map(run)) } : await run(body);
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
    } catch (error) {
      response.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ message: (error as Error).message, code: (error as { code?: string }).code }));
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/sql`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}
