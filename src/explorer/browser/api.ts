import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';

const KEY_STORAGE = 'incident-kb.api-key';

/** The API key lives for this browser tab only, as the playground's does. */
export const apiKey = {
  get: (): string => sessionStorage.getItem(KEY_STORAGE) ?? '',
  set(value: string): void {
    if (value) sessionStorage.setItem(KEY_STORAGE, value);
    else sessionStorage.removeItem(KEY_STORAGE);
  },
};

export class ApiError extends Error {
  constructor(
    message: string,
    readonly codes: string[],
    /** Each error's `extensions` (a refused report's `problems` are there). */
    readonly extensions: Record<string, unknown>[] = [],
  ) {
    super(message);
  }
}

/** The endpoint beside the page (`/explore` → `/graphql`), under any stage prefix. */
const endpoint = () => new URL('graphql', window.location.href).toString();

/** Runs one of the explorer's saved operations; result and variables are typed from it. */
export async function request<TResult, TVariables>(document: DocumentTypeDecoration<TResult, TVariables>, variables: TVariables): Promise<TResult> {
  const key = apiKey.get();
  const response = await fetch(endpoint(), {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(key ? { authorization: `Bearer ${key}` } : {}),
    },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const body = (await response.json().catch(() => ({}))) as { data?: TResult | null; errors?: { message: string; extensions?: { code?: string } & Record<string, unknown> }[] };
  if (body.errors?.length || body.data == null) {
    const errors = body.errors ?? [{ message: `HTTP ${response.status}` }];
    throw new ApiError(errors.map((e) => e.message).join('; '), errors.map((e) => e.extensions?.code ?? 'ERROR'), errors.map((e) => e.extensions ?? {}));
  }
  return body.data;
}
