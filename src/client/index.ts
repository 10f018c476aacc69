import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';

export * from '../generated/client/graphql.js';

export interface ClientOptions {
  /** The GraphQL endpoint, e.g. `https://…/graphql`. */
  url: string;
  /** Sent as `Authorization: Bearer <apiKey>`. */
  apiKey?: string;
  /** Defaults to the global `fetch`; pass another to add retries, tracing or a test transport. */
  fetch?: typeof fetch;
}

/** A GraphQL error as the API reports it: `extensions.code` is stable (see docs/api.md). */
export interface ApiError {
  message: string;
  path?: readonly (string | number)[];
  extensions?: { code?: string; [key: string]: unknown };
}

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly errors: readonly ApiError[],
  ) {
    super(errors.map((e) => `${e.extensions?.code ?? 'ERROR'}: ${e.message}`).join('; ') || `HTTP ${status}`);
  }
}

export interface Client {
  /** Runs a saved operation; the result and the variables are typed from the operation. */
  request<TResult, TVariables>(document: TypedDocumentNode<TResult, TVariables>, variables?: TVariables): Promise<TResult>;
}

/** A minimal typed client over the API's GraphQL-over-HTTP endpoint. */
export function createClient(options: ClientOptions): Client {
  const send = options.fetch ?? fetch;
  return {
    async request(document, variables) {
      const response = await send(options.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
          ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
        },
        body: JSON.stringify({ query: print(document), variables }),
      });
      const body = (await response.json()) as { data?: unknown; errors?: ApiError[] };
      if (body.errors?.length || body.data == null) throw new ApiRequestError(response.status, body.errors ?? []);
      return body.data as never;
    },
  };
}
