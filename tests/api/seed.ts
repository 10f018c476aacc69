import type { Api } from '../support/api.js';

/** Builds graph data through the public mutations, as a user would. */
export function seeder(api: Api) {
  return {
    async incident(key: string, startedOn: string, extra: Record<string, unknown> = {}): Promise<string> {
      const data = await api.ok<{ createIncident: { id: string } }>(
        `mutation($input: CreateIncidentInput!) { createIncident(input: $input) { id } }`,
        { input: { key, title: `Incident ${key}`, startedOn, ...extra } },
      );
      return data.createIncident.id;
    },
    async asset(name: string, kind = 'HOST', extra: Record<string, unknown> = {}): Promise<string> {
      const data = await api.ok<{ createAsset: { id: string } }>(
        `mutation($input: CreateAssetInput!) { createAsset(input: $input) { id } }`,
        { input: { name, kind, ...extra } },
      );
      return data.createAsset.id;
    },
    async party(name: string, extra: Record<string, unknown> = {}): Promise<string> {
      const data = await api.ok<{ createParty: { id: string } }>(
        `mutation($input: CreatePartyInput!) { createParty(input: $input) { id } }`,
        { input: { name, ...extra } },
      );
      return data.createParty.id;
    },
    async service(name: string): Promise<string> {
      const data = await api.ok<{ createService: { id: string } }>(`mutation($name: String!) { createService(input: { name: $name }) { id } }`, { name });
      return data.createService.id;
    },
    async cause(incidentId: string, categories: string[], assetIds: string[] = [], text = 'A cause'): Promise<string> {
      const data = await api.ok<{ addCause: { id: string } }>(
        `mutation($input: AddCauseInput!) { addCause(input: $input) { id } }`,
        { input: { incidentId, categories, assetIds, text } },
      );
      return data.addCause.id;
    },
    async link(fromId: string, toId: string): Promise<void> {
      await api.ok(`mutation($from: ID!, $to: ID!) { linkNodes(fromId: $from, toId: $to) { from { id } } }`, { from: fromId, to: toId });
    },
  };
}
