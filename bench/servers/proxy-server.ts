import { startWsProxy } from '../../db/ws-proxy.js';
import { announce, boundLifetime, lifetimeSeconds } from './lifetime.js';

// Neon's proxy runs apart from the Lambda in production: here too it gets its own process, not the server's event loop.
const proxy = await startWsProxy(0);
announce(proxy.address);
boundLifetime(lifetimeSeconds(), () => proxy.close());
