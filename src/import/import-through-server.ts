import { GraphQLError } from 'graphql';
import type { ImportResultModel } from './import-result.js';

const mutation = `mutation($markdown: String!, $dryRun: Boolean) {
  importIncidentReport(markdown: $markdown, dryRun: $dryRun) {
    outcome dryRun incidentKey sourceHash
    counts { parties assets teams services timelineEvents causes findings recommendations signOffs assetFacts }
    entities { type name created matchedBy spellings }
    warnings { code message line candidates }
    unread { line text reason }
    format
  }
}`;

/**
 * Imports a report through a running server's GraphQL API (the owner of the embedded database), as
 * the local user in open mode or with `apiKey`. The server's refusals come back as GraphQL errors
 * with their problems, as a direct import would throw them.
 */
export function importThroughServer(url: string, apiKey?: string) {
  return async (markdown: string, dryRun: boolean): Promise<ImportResultModel> => {
    let body: { data?: { importIncidentReport?: Omit<ImportResultModel, 'incident'> } | null; errors?: { message: string; extensions?: Record<string, unknown> }[] };
    try {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(apiKey ? { authorization: `Bearer ${apiKey}` } : {}) },
        body: JSON.stringify({ query: mutation, variables: { markdown, dryRun } }),
      });
      body = (await response.json()) as typeof body;
    } catch (error) {
      throw new GraphQLError(`The server at ${url} did not answer (${(error as Error).message}); nothing was imported`);
    }
    const [first] = body.errors ?? [];
    if (first) {
      const hint = first.extensions?.code === 'UNAUTHENTICATED' ? ' (the server requires API keys: set IKB_API_KEY to an EDITOR key)' : '';
      throw new GraphQLError(`${first.message}${hint}`, { extensions: first.extensions ?? {} });
    }
    const result = body.data!.importIncidentReport!;
    return { ...result, incident: null, entities: result.entities.map((e) => ({ ...e, rowId: null })) };
  };
}
