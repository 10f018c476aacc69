import { createConnection, createServer, type Server, type Socket } from 'node:net';
import { openNeon, type NeonOptions } from '../../db/neon.js';
import type { Database } from '../../db/types.js';

export interface TcpRelay {
  readonly port: number;
  /** Destroys every open connection, as a network fault would, and keeps listening. */
  cut(): void;
  /** Stops listening and cuts: the database looks down. */
  stop(): Promise<void>;
  /** Listens again on the same port: the database is back. */
  start(): Promise<void>;
}

/**
 * A loopback TCP relay in front of the real PostgreSQL server, so a test can
 * drop the database's connections or take it away and bring it back.
 */
export async function startTcpRelay(targetPort: number, port = 0): Promise<TcpRelay> {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let bound = port;
  const cut = () => {
    for (const socket of sockets) socket.destroy();
    sockets.clear();
  };
  const listen = async () => {
    server = createServer((client) => {
      const upstream = createConnection({ host: '127.0.0.1', port: targetPort });
      sockets.add(client).add(upstream);
      client.pipe(upstream).pipe(client);
      const close = () => {
        client.destroy();
        upstream.destroy();
        sockets.delete(client);
        sockets.delete(upstream);
      };
      client.on('error', close).on('close', close);
      upstream.on('error', close).on('close', close);
    });
    await new Promise<void>((resolve, reject) => {
      server!.once('error', reject);
      server!.listen(bound, '127.0.0.1', () => resolve());
    });
    bound = (server.address() as { port: number }).port;
  };
  await listen();
  return {
    get port() {
      return bound;
    },
    cut,
    stop: async () => {
      const closing = new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      cut();
      await closing;
      server = undefined;
    },
    start: listen,
  };
}

/**
 * The API's database for a fault test: the Neon driver reaching the test database through a relay the
 * test can cut or remove, as a network between Lambda and Postgres would fail.
 */
export async function openThroughRelay(
  connection: { url: string; wsProxy: string },
  options: Omit<NeonOptions, 'connectionString' | 'wsProxy'> = {},
): Promise<{ relay: TcpRelay; relayed: Database }> {
  const relay = await startTcpRelay(Number(new URL(connection.url).port || 5432));
  const relayUrl = new URL(connection.url);
  relayUrl.port = String(relay.port);
  return { relay, relayed: openNeon({ ...options, connectionString: relayUrl.toString(), wsProxy: connection.wsProxy }) };
}
