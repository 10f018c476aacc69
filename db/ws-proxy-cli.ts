import { startWsProxy } from './ws-proxy.js';

const proxy = await startWsProxy(Number(process.env.WS_PROXY_PORT ?? 4444));
console.log(`WebSocket-to-TCP proxy on ${proxy.address}; set DATABASE_WS_PROXY=${proxy.address}`);
