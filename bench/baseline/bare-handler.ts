import { ApolloServer } from '@apollo/server';
import { handlers, startServerAndCreateLambdaHandler } from '@as-integrations/aws-lambda';

/**
 * The cold-start baseline: Apollo on Lambda with a one-field schema and nothing
 * else, bundled exactly as the GraphQL function is.
 */
const server = new ApolloServer({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'world' } } });

// The integration sees Apollo's CommonJS typings; the class is the same at run time.
export const handler = startServerAndCreateLambdaHandler(
  server as unknown as Parameters<typeof startServerAndCreateLambdaHandler>[0],
  handlers.createAPIGatewayProxyEventV2RequestHandler(),
);
