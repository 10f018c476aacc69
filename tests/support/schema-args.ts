import {
  buildSchema, getNamedType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType,
  type GraphQLField, type GraphQLInputType,
} from 'graphql';
import { typeDefs } from '../../src/generated/type-defs.js';

export const schema = buildSchema(typeDefs);

const scalarSample: Record<string, unknown> = {
  ID: 'SW5jaWRlbnQ6MDAwMDAwMDAtMDAwMC00MDAwLTgwMDAtMDAwMDAwMDAwMDAw',
  String: 'sample',
  Int: 1,
  Float: 1,
  Boolean: true,
  Date: '2024-08-16',
  DateTime: '2024-08-16T10:00:00Z',
  JSON: {},
};

/** A value the schema accepts for a required input (optional fields left out), so a call passes validation. */
export function sampleValue(type: GraphQLInputType, fill: (named: string) => unknown = (named) => scalarSample[named]): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return [sampleValue(inner.ofType, fill)];
  const named = getNamedType(inner);
  if (isScalarType(named)) return fill(named.name) ?? 'sample';
  if (isEnumType(named)) return named.getValues()[0]!.value;
  if (isInputObjectType(named)) {
    return Object.fromEntries(
      Object.values(named.getFields()).filter((f) => isNonNullType(f.type)).map((f) => [f.name, sampleValue(f.type, fill)]),
    );
  }
  throw new Error(`no sample for ${String(type)}`);
}

/** A call of a root field with every required argument passed as a variable. */
export function callOf(kind: 'mutation' | 'query', field: GraphQLField<unknown, unknown>): { query: string; variables: Record<string, unknown> } {
  const required = field.args.filter((a) => isNonNullType(a.type));
  const defs = required.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const call = required.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isScalarType(getNamedType(field.type)) || isEnumType(getNamedType(field.type)) ? '' : ' { __typename }';
  return {
    query: `${kind}${defs ? `(${defs})` : ''} { ${field.name}${call ? `(${call})` : ''}${selection} }`,
    variables: Object.fromEntries(required.map((a) => [a.name, sampleValue(a.type)])),
  };
}

export const mutationFields = () => Object.values(schema.getMutationType()!.getFields());
