import { GraphQLScalarType } from 'graphql';
import { DateResolver, DateTimeResolver } from 'graphql-scalars';

/**
 * Postgres text timestamps (`2024-08-13 10:00:00.123456+00`) are kept as
 * strings so cursors keep their microseconds; on the wire they become RFC 3339.
 */
export function pgTimestampToIso(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2}(?:\.\d+)?)([+-]\d{2})(?::?(\d{2}))?$/.exec(value);
  if (!match) return value;
  const [, date, time, hours, minutes] = match;
  return `${date}T${time}${hours === '+00' && !minutes ? 'Z' : `${hours}:${minutes ?? '00'}`}`;
}

export const DateTime = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  serialize: (value) => DateTimeResolver.serialize(typeof value === 'string' ? pgTimestampToIso(value) : value),
});

export const LocalDate = DateResolver;
