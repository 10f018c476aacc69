import { createConnection, createServer, type Server, type Socket } from 'node:net';

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
