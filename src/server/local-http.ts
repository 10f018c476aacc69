import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_BODY_BYTES, type GraphqlHandler } from './handler.js';
import { lambdaContext, toLambdaEvent } from './lambda-event.js';

class BodyTooLarge extends Error {}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge();
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

const json = (status: number, code: string, message: string) => ({
  status,
  body: JSON.stringify({ errors: [{ message, extensions: { code } }] }),
});

/**
 * A plain HTTP server that turns each request into an API Gateway v2 event
 * and hands it to the Lambda handler: locally, the production code path runs.
 */
export function createLocalServer(handler: GraphqlHandler): Server {
  return createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    try {
      const body = await readBody(request);
      const headers = Object.fromEntries(
        Object.entries(request.headers).flatMap(([k, v]) => (v === undefined ? [] : [[k, Array.isArray(v) ? v.join(',') : v]])),
      );
      const result = await handler(
        toLambdaEvent({ method: request.method ?? 'GET', path: url.pathname, query: url.search.slice(1), headers, body: body || undefined, sourceIp: request.socket.remoteAddress ?? '127.0.0.1' }),
        lambdaContext(),
      );
      response.writeHead(result.statusCode ?? 200, (result.headers ?? {}) as Record<string, string>);
      response.end(result.body ? Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8') : undefined);
    } catch (error) {
      const failure = error instanceof BodyTooLarge
        ? json(413, 'PAYLOAD_TOO_LARGE', `Request body is larger than ${MAX_BODY_BYTES} bytes`)
        : json(500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      if (!response.headersSent) response.writeHead(failure.status, { 'content-type': 'application/json', connection: 'close' });
      response.end(failure.body);
    }
  });
}

export async function listen(server: Server, port: number, host = '127.0.0.1'): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return `http://${host}:${address.port}/graphql`;
}
