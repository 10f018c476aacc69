import { BadUserInputError } from './errors.js';

export const DEFAULT_PAGE_SIZE = 20;
/**
 * The most items any list returns at once, connection or analytics list alike; the query cost limit
 * (src/server/limits.ts) is computed from it. One maximum for every list: a larger one for some lists
 * would let a query past the cost estimate, which prices each list at this size.
 */
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}

/** A validated page request: which way to walk, how many, and from which keyset position. */
export interface PageRequest {
  backward: boolean;
  limit: number;
  cursor: CursorValues | null;
  /** Key of the request, for grouping loader calls that share the same arguments. */
  key: string;
}

export type CursorValues = readonly (string | number)[];

export function encodeCursor(values: CursorValues): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

function decodeCursor(cursor: string, argument: string, width: number): CursorValues {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === width &&
      values.every((v) => typeof v === 'string' || typeof v === 'number')
    ) {
      return values as CursorValues;
    }
  } catch {
    // fall through to the error below
  }
  throw new BadUserInputError(`\`${argument}\` is not a cursor from this list`, { argument });
}

/** A caller's page size, refused with BAD_USER_INPUT when negative or above MAX_PAGE_SIZE; null when not given. */
export function checkPageSize(value: number | null | undefined, argument: string): number | null {
  if (value === null || value === undefined) return null;
  if (!Number.isInteger(value) || value < 0) throw new BadUserInputError(`\`${argument}\` must be a non-negative integer`, { argument });
  if (value > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`\`${argument}\` may be at most ${MAX_PAGE_SIZE}`, { argument, max: MAX_PAGE_SIZE });
  }
  return value;
}

/** The size of a plain (not cursor-paged) list: the caller's `first`, checked, or the list's default. */
export const pageSize = (first: number | null | undefined, fallback: number): number => checkPageSize(first, 'first') ?? fallback;

/** `cursorWidth` is the number of values in this list's cursors (its order columns plus the ID). */
export function pageRequest(args: PageArgs, cursorWidth: number): PageRequest {
  const first = checkPageSize(args.first, 'first');
  const last = checkPageSize(args.last, 'last');
  if (first !== null && last !== null) throw new BadUserInputError('Pass `first` or `last`, not both');
  if (args.after && args.before) throw new BadUserInputError('Pass `after` or `before`, not both');
  const backward = last !== null || (first === null && !!args.before);
  const cursorArg = backward ? args.before : args.after;
  const cursor = cursorArg ? decodeCursor(cursorArg, backward ? 'before' : 'after', cursorWidth) : null;
  if (!backward && args.before) throw new BadUserInputError('`before` pages with `last`');
  if (backward && args.after) throw new BadUserInputError('`after` pages with `first`');
  const limit = (backward ? last : first) ?? DEFAULT_PAGE_SIZE;
  return { backward, limit, cursor, key: JSON.stringify([backward, limit, cursor]) };
}
