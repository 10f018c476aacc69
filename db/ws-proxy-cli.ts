import { startWsProxy } from './ws-proxy.js';

/** The database the proxy may reach: DATABASE_URL's host and port (loopback only), or the local default. */
const url = new URL(process.env.DATABASE_URL || 'postgres://127.0.0.1:5432/postgres');
const target = `${url.hostname}:${url.port || '5432'}`;
if (!/^(localhost|127\.0\.0\.1|\[::1\]):\d+$/.test(target)) {
  console.error(`The development proxy only reaches a database on this machine; DATABASE_URL points at ${target}`);
  process.exit(2);
}
const proxy = await startWsProxy(Number(process.env.WS_PROXY_PORT ?? 4444), '127.0.0.1', { targets: [target] });
console.log(`WebSocket-to-TCP proxy on ${proxy.address} to ${target} only; set DATABASE_WS_PROXY=${proxy.address}`);
