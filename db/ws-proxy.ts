import { createConnection } from 'node:net';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';

export interface WsProxy {
  /** `host:port` to give the Neon driver as its proxy. */
  readonly address: string;
  close(): Promise<void>;
}

/**
 * A WebSocket-to-TCP bridge so Neon's driver can reach plain PostgreSQL (tests,
 * development). Only loopback targets are accepted: it is not a general proxy.
 */
export async function startWsProxy(port = 0, host = '127.0.0.1'): Promise<WsProxy> {
  const server = new WebSocketServer({ port, host });
  server.on('connection', (socket, request) => {
    const target = new URL(request.url ?? '/', 'http://proxy').searchParams.get('address') ?? '';
    const match = /^(localhost|127\.0\.0\.1|\[::1\]):(\d+)$/.exec(target);
    if (!match) {
      socket.close(1008, 'only loopback PostgreSQL targets are allowed');
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
