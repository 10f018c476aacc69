import { can } from '../auth/roles.js';
import type { Role } from '../graph/context.js';
import { toGlobalId, type NodeType } from '../graph/ids.js';
import type { WebhookEventName } from './event-types.js';

/** Bumped when a payload's shape changes in a way receivers must handle. */
export const PAYLOAD_VERSION = 1;
/** A payload's `change` is dropped (and `changeTruncated` set) past this size; the object can be fetched instead. */
export const MAX_STORED_PAYLOAD_BYTES = 64 * 1024;
/** Nothing larger is ever sent. */
export const MAX_SENT_PAYLOAD_BYTES = 256 * 1024;

export interface Subject {
  type: NodeType;
  id: string;
}

export interface PayloadInput {
  eventId: string;
  type: WebhookEventName;
  subject: Subject;
  data: Record<string, unknown>;
  change?: Record<string, unknown> | null;
  actor: { id: string; role: string };
}

/** What the GraphQL link asks for, per kind of subject; more can be fetched with the same `node(id:)`. */
const linkSelections: Partial<Record<NodeType, string>> = {
  Incident: '... on Incident { key title severity status startedOn }',
  Recommendation: '... on Recommendation { text status dueOn incident { id key } }',
  Asset: '... on Asset { name aliases }',
  Party: '... on Party { name aliases }',
};

export function graphqlLink(subject: Subject, apiUrl: string = process.env.PUBLIC_API_URL ?? '/graphql') {
  const id = toGlobalId(subject.type, subject.id);
  return { url: apiUrl, query: `query($id: ID!) { node(id: $id) { id ${linkSelections[subject.type] ?? ''} } }`, variables: { id } };
}

/** The payload as stored in the outbox: versioned, with the subject's global ID and a GraphQL link. */
export function buildPayload(input: PayloadInput, at: Date): Record<string, unknown> {
  const payload: Record<string, unknown> = {
    version: PAYLOAD_VERSION,
    id: input.eventId,
    type: input.type,
    timestamp: at.toISOString(),
    subject: { type: input.subject.type, id: toGlobalId(input.subject.type, input.subject.id) },
    data: input.data,
    change: input.change ?? null,
    links: { graphql: graphqlLink(input.subject) },
    actor: input.actor,
  };
  if (Buffer.byteLength(JSON.stringify(payload)) > MAX_STORED_PAYLOAD_BYTES) {
    return { ...payload, change: null, changeTruncated: true };
  }
  return payload;
}

/** The payload a subscription receives: who acted is audit-trail information, sent only to roles that may read the trail. */
export function payloadForRole(stored: Record<string, unknown>, role: Role): Record<string, unknown> {
  if (can({ id: 'webhook', role }, 'audit')) return stored;
  const { actor: _actor, ...rest } = stored;
  return rest;
}

/** The fields that differ between two versions of an object, limited to those named. */
export function changedFields<T extends Record<string, unknown>>(before: T, after: T, fields: readonly (keyof T & string)[]): Record<string, { from: unknown; to: unknown }> {
  const changed: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of fields) {
    if (JSON.stringify(before[field]) !== JSON.stringify(after[field])) changed[field] = { from: before[field] ?? null, to: after[field] ?? null };
  }
  return changed;
}
