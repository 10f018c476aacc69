import { createConnection } from 'node:net';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';

export interface WsProxy {
  /** `host:port` to give the Neon driver as its proxy. */
  readonly address: string;
  close(): Promise<void>;
}

export interface WsProxyOptions {
  /**
   * The only `host:port` targets it tunnels to (the configured database); any loopback port when
   * absent (tests, which put relays on random ports in front of the server).
   */
  targets?: readonly string[];
}

const normalise = (target: string) => target.replace(/^localhost:/i, '127.0.0.1:');

/**
 * A WebSocket-to-TCP bridge so Neon's driver can reach plain PostgreSQL (tests,
 * development). Only loopback targets are accepted: it is not a general proxy. A
 * browser page cannot use it: requests carrying an `Origin` (every browser's
 * WebSocket does; Node's driver does not) are refused with 403.
 */
export async function startWsProxy(port = 0, host = '127.0.0.1', options: WsProxyOptions = {}): Promise<WsProxy> {
  const allowed = options.targets ? new Set(options.targets.map(normalise)) : undefined;
  const server = new WebSocketServer({
    port,
    host,
    verifyClient: ({ req }, done) => (req.headers.origin === undefined ? done(true) : done(false, 403, 'Browser pages may not use the database proxy')),
  });
  server.on('connection', (socket, request) => {
    const target = new URL(request.url ?? '/', 'http://proxy').searchParams.get('address') ?? '';
    const match = /^(localhost|127\.0\.0\.1|\[::1\]):(\d+)$/.exec(target);
    if (!match || (allowed && !allowed.has(normalise(target)))) {
      socket.close(1008, allowed ? `only ${[...allowed].join(', ')} is reachable through this proxy` : 'only loopback PostgreSQL targets are allowed');
      return;
    }
    const tcp = createConnection({ host: match[1] === 'localhost' ? '127.0.0.1' : match[1]!, port: Number(match[2]) });
    tcp.on('data', (chunk) => socket.send(chunk));
    tcp.on('error', () => socket.close());
    tcp.on('close', () => socket.close());
    socket.on('message', (data) => tcp.write(data as Buffer));
    socket.on('close', () => tcp.destroy());
    socket.on('error', () => tcp.destroy());
  });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', reject);
  });
  const { port: bound } = server.address() as AddressInfo;
  return {
    address: `${host}:${bound}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of server.clients) client.terminate();
        server.close(() => resolve());
      }),
  };
}
