import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLContext } from '../graph/context.js';
import { isDatabaseUnavailable } from './database-unavailable.js';
import { formatError } from './format-error.js';
import { inputRulesPlugin } from './input-rules.js';
import { limits, limitsPlugin, validationRules } from './limits.js';
import { buildExecutableSchema } from './schema.js';

export interface ServerOptions {
  /** Production hides field suggestions and, unless asked, introspection. */
  production: boolean;
  introspection?: boolean;
}

/**
 * Logs each unexpected error (and each database outage) with its request id, and puts the
 * request id on the masked error so a user can quote it.
 */
const requestIdOnErrors: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors }) {
        for (const error of errors) {
          const code = error.extensions?.code;
          if (!code || code === 'INTERNAL_SERVER_ERROR') {
            const original = error.originalError ?? error;
            if (isDatabaseUnavailable(original)) contextValue.logger.warn({ requestId: contextValue.requestId, err: original }, 'database unavailable');
            else contextValue.logger.error({ requestId: contextValue.requestId, err: original }, 'unexpected error');
          }
        }
      },
      async willSendResponse({ contextValue, response }) {
        if (response.body.kind !== 'single') return;
        response.http.headers.set('x-request-id', contextValue.requestId);
        const errors = response.body.singleResult.errors;
        if (!errors) return;
        response.body.singleResult.errors = errors.map((e) =>
          e.extensions?.code === 'INTERNAL_SERVER_ERROR' || e.extensions?.code === 'DATABASE_UNAVAILABLE' ? { ...e, extensions: { ...e.extensions, requestId: contextValue.requestId } } : e,
        );
      },
    };
  },
};

/** The one GraphQL server definition every host (Lambda, local HTTP, serverless-offline) runs. */
export function createApolloServer(options: ServerOptions): ApolloServer<GraphQLContext> {
  return new ApolloServer<GraphQLContext>({
    schema: buildExecutableSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: options.production,
    introspection: options.introspection ?? !options.production,
    csrfPrevention: true,
    // Apollo's own token limit answers 400 on a hostile document (armor's token plugin has answered 500).
    parseOptions: { maxTokens: limits.maxTokens },
    maxRecursiveSelections: limits.maxRecursiveSelections,
    validationRules,
    allowBatchedHttpRequests: false,
    // The API sets no cache hints and is not a federated subgraph: without these two plugins a cold start
    // does not walk every type for @cacheControl before its first answer, nor load their code.
    plugins: [
      requestIdOnErrors,
      inputRulesPlugin,
      limitsPlugin,
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginInlineTraceDisabled(),
    ],
  });
}
