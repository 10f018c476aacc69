import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import type { Actor } from '../graph/context.js';
import { ForbiddenError } from '../graph/errors.js';

/**
 * The single user of a local embedded database (`npm start`): open mode,
 * reachable on localhost only.
 */
export const localUser: Actor = { id: 'local', role: 'ADMIN' };

const loopbackHost = /^(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/i;

/**
 * Open mode trusts whoever reaches it, so only requests addressed to this machine by a loopback name:
 * a web page whose own host name resolves to 127.0.0.1 (DNS rebinding) still sends its own name.
 */
export const authenticateLocalUser = async (headers: APIGatewayProxyEventV2['headers']): Promise<Actor> => {
  const host = Object.entries(headers ?? {}).find(([name]) => name.toLowerCase() === 'host')?.[1]?.trim() ?? '';
  if (!loopbackHost.test(host)) {
    throw new ForbiddenError(`Open mode answers only requests addressed to localhost, 127.0.0.1 or [::1], not "${host}"; use an API key (AUTH_MODE=keys) to serve other names`, 403);
  }
  return localUser;
};
