import type { Actor, Permission, Role } from '../graph/context.js';
import { ForbiddenError } from '../graph/errors.js';

export const roles: readonly Role[] = ['ANALYST', 'EDITOR', 'AUDITOR', 'ADMIN'];

export type { Permission };

/** What each role may do. ADMIN manages keys and may do everything the others may. */
const grants: Record<Permission, readonly Role[]> = {
  read: roles,
  write: ['EDITOR', 'ADMIN'],
  audit: ['AUDITOR', 'ADMIN'],
  keys: ['ADMIN'],
  webhooks: ['ADMIN'],
};

export const rolesWith = (permission: Permission): readonly Role[] => grants[permission];

export function can(actor: Actor, permission: Permission): boolean {
  return grants[permission].includes(actor.role);
}

/** Refuses the call unless the actor's role carries the permission; services call it before touching data. */
export function requireRole(context: { actor: Actor }, permission: Permission): void {
  if (!can(context.actor, permission)) {
    throw new ForbiddenError(`The ${context.actor.role} role may not ${permission === 'keys' ? 'manage API keys' : permission === 'webhooks' ? 'manage webhooks' : permission === 'audit' ? 'read the audit trail or exports' : permission}; it needs ${grants[permission].join(' or ')}`);
  }
}
