import type { Logger } from '../logger.js';
import type { AppDb, AppTx, Database } from '../../db/types.js';

export type Role = 'ANALYST' | 'EDITOR' | 'AUDITOR' | 'ADMIN';

/** What a role may be allowed to do; which roles may is the auth area's decision. */
export type Permission = 'read' | 'write' | 'audit' | 'keys' | 'webhooks';

/** Who is acting: an API key, or the local single user of the embedded default. */
export interface Actor {
  id: string;
  role: Role;
}

/** One change a mutation records in the audit trail. */
export interface AuditChange {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * A request's loaders. Empty here: each area declares its own loaders into this
 * interface next to the factory that builds them, so the kernel names none of them.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type
export interface Loaders {}

/**
 * What the kernel needs from the areas, handed in where the context is built
 * (src/registry/context.ts) so the kernel never imports an area.
 */
export interface ContextParts {
  createLoaders(db: AppDb): Loaders;
  /** Refuses the call unless the actor's role carries the permission. */
  requirePermission(context: { actor: Actor }, permission: Permission): void;
  /** Writes a mutation's audit entries inside its transaction. */
  recordAudit(tx: AppTx, context: Pick<GraphQLContext, 'actor' | 'requestId'>, changes: AuditChange[]): Promise<void>;
}

export interface GraphQLContext {
  readonly db: AppDb;
  readonly database: Database;
  readonly actor: Actor;
  readonly requestId: string;
  readonly logger: Logger;
  readonly parts: ContextParts;
  loaders: Loaders;
}

export function buildContext(parts: ContextParts, args: { database: Database; actor: Actor; requestId: string; logger: Logger }): GraphQLContext {
  return { ...args, db: args.database.db, parts, loaders: parts.createLoaders(args.database.db) };
}

/** Loaders cache what they read; after a write the request starts over with fresh ones. */
export function refreshLoaders(context: GraphQLContext): void {
  context.loaders = context.parts.createLoaders(context.db);
}
