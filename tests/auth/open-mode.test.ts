import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { openPglite } from '../../db/pglite.js';
import type { Database } from '../../db/types.js';
import { authenticatorFor, authModeFor, serverModeFor } from '../../src/auth/mode.js';
import { createLogger } from '../../src/logger.js';
import { createGraphqlHandler } from '../../src/server/handler.js';
import { lambdaContext } from '../../src/server/lambda-event.js';
import { createEvent } from '../support/api.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

describe('AUTH_MODE is read as written, and an unknown value stops the server', () => {
  it('reads it case-insensitively', () => {
    expect(authModeFor({ url: undefined }, { AUTH_MODE: 'KEYS' })).toBe('keys');
    expect(authModeFor({ url: undefined }, { AUTH_MODE: ' Keys ' })).toBe('keys');
    expect(authModeFor({ url: undefined }, { AUTH_MODE: 'OPEN' })).toBe('open');
  });

  it('refuses a value it does not know instead of running open', () => {
    expect(() => authModeFor({ url: undefined }, { AUTH_MODE: 'key' })).toThrow(/AUTH_MODE.*"open" or "keys"/);
    expect(() => authModeFor({ url: 'postgres://db/x' }, { AUTH_MODE: 'none' })).toThrow(/AUTH_MODE/);
  });

  it('runs `npm start` on a server database as production unless NODE_ENV=development', () => {
    expect(serverModeFor({ url: 'postgres://db/x' }, {})).toEqual({ authMode: 'keys', production: true, introspection: false });
    expect(serverModeFor({ url: 'postgres://db/x' }, { GRAPHQL_INTROSPECTION: 'true' })).toMatchObject({ production: true, introspection: true });
    expect(serverModeFor({ url: 'postgres://db/x' }, { NODE_ENV: 'development' })).toMatchObject({ production: false });
    expect(serverModeFor({ url: undefined }, {})).toEqual({ authMode: 'open', production: false, introspection: true });
  });
});

describe('Open mode answers only requests addressed to this machine', () => {
  let database: Database;
  beforeAll(async () => {
    database = await openPglite();
  });
  afterAll(async () => {
    await database?.close();
  });

  const send = async (host: string) => {
    const handler = createGraphqlHandler({ database, logger: createLogger('silent'), authenticate: authenticatorFor('open', database), production: false });
    const result = await handler(createEvent('{ incidents(first: 1) { totalCount } }', undefined, { host }), lambdaContext());
    return { status: result.statusCode, body: JSON.parse(result.body ?? '{}') };
  };

  it.each(['localhost:4000', '127.0.0.1:4000', '[::1]:4000', 'localhost'])('serves Host %s', async (host) => {
    const { status, body } = await send(host);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
  });

  it.each(['attacker.example:4000', 'localhost.attacker.example', '127.0.0.1.nip.io:4000'])('refuses Host %s (DNS rebinding)', async (host) => {
    const { status, body } = await send(host);
    expect(status).toBe(403);
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(body.errors[0].message).toMatch(/localhost/);
  });
});

describe('The development WebSocket proxy (`npm run db:proxy`)', () => {
  let proxy: ReturnType<typeof spawn>;
  let address: string;
  let otherPort: number;
  let otherConnections = 0;
  const other = createServer((socket) => {
    otherConnections++;
    socket.destroy();
  });

  beforeAll(async () => {
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', () => resolve()));
    otherPort = (other.address() as AddressInfo).port;
    proxy = spawn(process.execPath, ['--import', 'tsx', 'db/ws-proxy-cli.ts'], {
      cwd: root,
      env: { ...process.env, WS_PROXY_PORT: '0', DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/postgres' },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    address = await new Promise<string>((resolve) => {
      proxy.stdout!.on('data', (chunk: Buffer) => {
        const match = /DATABASE_WS_PROXY=(\S+)/.exec(chunk.toString());
        if (match) resolve(match[1]!);
      });
    });
  }, 60_000);

  afterAll(async () => {
    proxy?.kill();
    await new Promise((r) => other.close(r));
  });

  const open = (target: string, headers: Record<string, string> = {}) =>
    new Promise<{ opened: boolean; closeCode?: number; status?: number }>((resolve) => {
      const socket = new WebSocket(`ws://${address}/v2?address=${target}`, { headers });
      socket.on('unexpected-response', (_req, res) => resolve({ opened: false, status: res.statusCode }));
      socket.on('error', () => resolve({ opened: false }));
      socket.on('close', (code) => resolve({ opened: true, closeCode: code }));
    });

  it('tunnels only to the configured database address', async () => {
    const result = await open(`127.0.0.1:${otherPort}`);
    expect(result.closeCode).toBe(1008);
    expect(otherConnections).toBe(0);
  });

  it('refuses a connection a browser page opens (it sends an Origin)', async () => {
    const result = await open('127.0.0.1:5432', { origin: 'http://attacker.example' });
    expect(result).toMatchObject({ opened: false, status: 403 });
  });
});
