import type { MutationResolvers } from '../generated/resolvers.js';
import type { GraphQLContext } from '../graph/context.js';
import { requireRole, type Permission } from './roles.js';

/** Mutations that need something other than write access. */
const mutationPermissions: Partial<Record<keyof MutationResolvers, Permission>> = {
  createApiKey: 'keys',
  revokeApiKey: 'keys',
  createWebhookSubscription: 'webhooks',
  updateWebhookSubscription: 'webhooks',
  rotateWebhookSecret: 'webhooks',
  replayWebhookDelivery: 'webhooks',
};

export const permissionForMutation = (field: string): Permission => mutationPermissions[field as keyof MutationResolvers] ?? 'write';

type AnyResolver = (parent: unknown, args: unknown, context: GraphQLContext, info: unknown) => unknown;

/**
 * Checks the role before any mutation reads its arguments, so a role that may not write learns
 * nothing from validation; a mutation added later is guarded by default (write access).
 */
export function guardMutations<M extends MutationResolvers>(mutations: M): M {
  return Object.fromEntries(
    Object.entries(mutations).map(([field, resolve]) => [
      field,
      (parent: unknown, args: unknown, context: GraphQLContext, info: unknown) => {
        requireRole(context, permissionForMutation(field));
        return (resolve as AnyResolver)(parent, args, context, info);
      },
    ]),
  ) as M;
}
