import type { Logger } from 'pino';
import type { AppDb, Database } from '../../db/types.js';
import { createLoaders, type Loaders } from './loaders/index.js';

export type Role = 'ANALYST' | 'EDITOR' | 'AUDITOR' | 'ADMIN';

/** Who is acting: an API key, or the local single user of the embedded default. */
export interface Actor {
  id: string;
  role: Role;
}

export interface GraphQLContext {
  readonly db: AppDb;
  readonly database: Database;
  readonly actor: Actor;
  readonly requestId: string;
  readonly logger: Logger;
  loaders: Loaders;
}

export function createContext(args: { database: Database; actor: Actor; requestId: string; logger: Logger }): GraphQLContext {
  return { ...args, db: args.database.db, loaders: createLoaders(args.database.db) };
}

/** Loaders cache what they read; after a write the request starts over with fresh ones. */
export function refreshLoaders(context: GraphQLContext): void {
  context.loaders = createLoaders(context.db);
}
