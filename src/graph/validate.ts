import * as z from 'zod/mini';
import { BadUserInputError } from './errors.js';

/** Parses input with a schema; the first problem becomes a BAD_USER_INPUT naming the field. */
export function validate<S extends z.ZodMiniType>(schema: S, input: unknown, root = 'input'): z.infer<S> {
  const result = z.safeParse(schema, input);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = [root, ...issue.path.map(String)].join('.');
  throw new BadUserInputError(`\`${field}\`: ${issue.message}`, { field });
}

/**
 * A schema built the first time it is asked for, then reused. Schemas kept at module level are declared
 * this way, so loading the API builds none: a cold start answers a read without constructing the
 * validation of every mutation.
 */
export function lazySchema<S extends z.ZodMiniType>(build: () => S): () => S {
  let schema: S | undefined;
  return () => (schema ??= build());
}

/** Free text with a length cap, trimmed; blank is refused. */
export const text = (max: number) => z.pipe(z.string(), z.transform((s) => s.trim())).check(z.minLength(1, 'must not be blank'), z.maxLength(max, `must be at most ${max} characters`));

export const name = lazySchema(() => text(200));
export const longText = lazySchema(() => text(20_000));
export const timeOfDay = lazySchema(() => z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day as HH:MM')));

/** Refuses a range that ends before it starts. */
export function checkDateOrder(start: string | null | undefined, end: string | null | undefined, field: string): void {
  if (start && end && end < start) throw new BadUserInputError(`\`${field}\` (${end}) is before the start (${start})`, { field });
}

/** Refuses an instant outside the years 1–9999 (Postgres has no year 0, and such dates are typing mistakes). */
export function checkInstant(value: Date | string | null | undefined, field: string): void {
  if (value === null || value === undefined) return;
  const year = new Date(value).getUTCFullYear();
  if (!(year >= 1 && year <= 9999)) throw new BadUserInputError(`\`${field}\` must fall between the years 1 and 9999`, { field });
}
