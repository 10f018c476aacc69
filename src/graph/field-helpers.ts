import type DataLoader from 'dataloader';
import { NotFoundError } from './errors.js';
import type { ProvenanceModel, WithProvenance } from './models.js';

/** Loads a row a non-null field points at; a dangling reference is a NOT_FOUND error, not a crash. */
export async function required<T>(loader: DataLoader<string, T | null>, id: string, what: string): Promise<T> {
  const row = await loader.load(id);
  if (!row) throw new NotFoundError(what, id);
  return row;
}

export function optional<T>(loader: DataLoader<string, T | null>, id: string | null): Promise<T | null> | null {
  return id ? loader.load(id) : null;
}

export function provenanceOf(row: WithProvenance & { incidentId: string }): ProvenanceModel | null {
  if (row.sourceStartLine === null || row.sourceEndLine === null || row.sourceRule === null) return null;
  return { incidentId: row.incidentId, startLine: row.sourceStartLine, endLine: row.sourceEndLine, rule: row.sourceRule };
}

/** `totalCount` of every connection: counted only when selected. */
export const connectionResolvers = { totalCount: (parent: { totalCount: () => Promise<number> }) => parent.totalCount() };
