import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface Received {
  headers: IncomingHttpHeaders;
  body: string;
}

/** How the receiver answers the next request: a status, or never. */
export type Answer = number | 'hang';

export interface Receiver {
  url: string;
  received: Received[];
  /** Answers for the next requests in order; after them, `fallback`. */
  answers: Answer[];
  fallback: Answer;
  /** Resolves once `count` requests have arrived. */
  waitFor(count: number): Promise<void>;
  /** Cuts every open connection (a hanging request ends with an error on the sender's side). */
  dropConnections(): void;
  close(): Promise<void>;
}

/** A real HTTP receiver on 127.0.0.1 with a port the system picks. */
export async function startReceiver(fallback: Answer = 200): Promise<Receiver> {
  const sockets = new Set<Socket>();
  const waiting: { count: number; resolve: () => void }[] = [];
  const hanging: ServerResponse[] = [];
  const receiver = { received: [] as Received[], answers: [] as Answer[], fallback } as Receiver;
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      receiver.received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      for (const w of waiting.filter((w) => receiver.received.length >= w.count)) w.resolve();
      const answer = receiver.answers.shift() ?? receiver.fallback;
      if (answer === 'hang') hanging.push(response);
      else if (answer >= 300 && answer < 400) response.writeHead(answer, { location: `${receiver.url}/moved` }).end();
      else response.writeHead(answer, { 'content-type': 'text/plain' }).end('ok');
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  receiver.url = `http://127.0.0.1:${port}/hook`;
  receiver.waitFor = (count) => (receiver.received.length >= count ? Promise.resolve() : new Promise((resolve) => waiting.push({ count, resolve })));
  receiver.dropConnections = () => {
    for (const socket of sockets) socket.destroy();
  };
  receiver.close = () => {
    receiver.dropConnections();
    return new Promise((resolve) => server.close(() => resolve()));
  };
  return receiver;
}
