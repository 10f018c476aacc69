import { BadUserInputError } from './errors.js';

/** Types that have global IDs; the prefix inside the opaque ID. */
export const nodeTypes = [
  'Incident', 'TimelineEvent', 'Asset', 'AssetFact', 'Party', 'Team', 'Service', 'Cause', 'Recommendation', 'SignOff',
] as const;
export type NodeType = (typeof nodeTypes)[number];

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

/** Decodes a global ID; null when it is not one of ours (so `node(id:)` can answer null). */
export function tryDecodeGlobalId(globalId: string): DecodedId | null {
  if (globalId.length > 200) return null;
  const raw = Buffer.from(globalId, 'base64url').toString('utf8');
  const separator = raw.indexOf(':');
  const type = raw.slice(0, separator) as NodeType;
  const id = raw.slice(separator + 1);
  if (separator < 0 || !nodeTypes.includes(type) || !uuidPattern.test(id)) return null;
  return { type, id };
}

/** Decodes a global ID that must name an object of `expected` type(s); BAD_USER_INPUT otherwise. */
export function decodeGlobalId(globalId: string, expected: NodeType | readonly NodeType[], argument = 'id'): DecodedId {
  const decoded = tryDecodeGlobalId(globalId);
  const allowed: readonly NodeType[] = typeof expected === 'string' ? [expected] : expected;
  if (!decoded || !allowed.includes(decoded.type)) {
    throw new BadUserInputError(`\`${argument}\` is not a valid ${allowed.join(' or ')} ID`, { argument });
  }
  return decoded;
}

export function decodeOptionalId(globalId: string | null | undefined, expected: NodeType, argument: string): string | null | undefined {
  if (globalId === undefined) return undefined;
  if (globalId === null) return null;
  return decodeGlobalId(globalId, expected, argument).id;
}
