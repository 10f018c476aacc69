import { BadUserInputError } from './errors.js';
import { isNodeType } from './node-kind.js';

/**
 * Types that have global IDs (the prefix inside the opaque ID), each with its row. Empty here:
 * each area declares its node types into this interface next to their tables and loaders
 * (src/<area>/registry.ts), and the registry hands those to the kernel at start-up (registerNodeKinds).
 */
// eslint-disable-next-line @typescript-eslint/no-empty-interface, @typescript-eslint/no-empty-object-type
export interface NodeTypes {}
export type NodeType = Extract<keyof NodeTypes, string>;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** An object named by its raw id (API keys, webhook subscriptions): BAD_USER_INPUT unless it is one. */
export function rawId(id: string, argument: string, what: string): string {
  if (!uuidPattern.test(id)) throw new BadUserInputError(`\`${argument}\` is not ${what} id`, { argument });
  return id;
}

export function toGlobalId(type: NodeType, id: string): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}

export interface DecodedId { type: NodeType; id: string }

/** Splits a global ID into its type name and row ID; null unless it has that shape. */
function parseGlobalId(globalId: string): { type: string; id: string } | null {
  if (globalId.length > 200) return null;
  const raw = Buffer.from(globalId, 'base64url').toString('utf8');
  const separator = raw.indexOf(':');
  const id = raw.slice(separator + 1);
  if (separator < 0 || !uuidPattern.test(id)) return null;
  return { type: raw.slice(0, separator), id };
}

/** Decodes a global ID; null when it is not one of ours (so `node(id:)` can answer null). */
export function tryDecodeGlobalId(globalId: string): DecodedId | null {
  const parsed = parseGlobalId(globalId);
  return parsed && isNodeType(parsed.type) ? { type: parsed.type, id: parsed.id } : null;
}

/** Decodes a global ID that must name an object of `expected` type(s); BAD_USER_INPUT otherwise. */
export function decodeGlobalId(globalId: string, expected: NodeType | readonly NodeType[], argument = 'id'): DecodedId {
  const parsed = parseGlobalId(globalId);
  const allowed: readonly string[] = typeof expected === 'string' ? [expected] : expected;
  if (!parsed || !allowed.includes(parsed.type)) {
    throw new BadUserInputError(`\`${argument}\` is not a valid ${allowed.join(' or ')} ID`, { argument });
  }
  return parsed as DecodedId;
}

export function decodeOptionalId(globalId: string | null | undefined, expected: NodeType, argument: string): string | null | undefined {
  if (globalId === undefined) return undefined;
  if (globalId === null) return null;
  return decodeGlobalId(globalId, expected, argument).id;
}
