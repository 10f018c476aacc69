import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { toLambdaEvent } from '../../src/server/lambda-event.js';

/** Runs `load` with extra environment variables set, as Lambda sets them before the module loads. */
export async function withEnv<T>(vars: Record<string, string>, load: () => Promise<T>): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  try {
    return await load();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

/**
 * An API Gateway v2 event for a GraphQL GET. Apollo's CSRF protection wants a
 * header a browser's simple request cannot carry; tools send `apollo-require-preflight`.
 */
export function getEvent(
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = { 'apollo-require-preflight': 'true' },
): APIGatewayProxyEventV2 {
  const params = new URLSearchParams({ query });
  if (variables) params.set('variables', JSON.stringify(variables));
  return toLambdaEvent({ method: 'GET', path: '/graphql', query: params.toString(), headers, body: undefined });
}
