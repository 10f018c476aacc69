import type { Actor } from '../graph/context.js';

/**
 * The single user of a local embedded database (`npm start`): open mode,
 * reachable on localhost only.
 */
export const localUser: Actor = { id: 'local', role: 'ADMIN' };

export const authenticateLocalUser = async (): Promise<Actor> => localUser;
