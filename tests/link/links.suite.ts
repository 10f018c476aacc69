import { expect, it } from 'vitest';
import type { Api } from '../support/api.js';
import type { DriverName } from '../support/databases.js';
import { describeOnDriver } from '../support/suite.js';
import { seeder } from '../api/seed.js';

type Ids = Record<'incident' | 'event' | 'asset' | 'party' | 'team' | 'service' | 'cause' | 'recommendation', string>;

/** One object of each linkable type; `n` keeps names apart between tests sharing a database. */
async function oneOfEach(api: Api, n: number): Promise<Ids> {
  const seed = seeder(api);
  const incident = await seed.incident(`links-${n}`, '2025-03-04');
  const event = (await api.ok(`mutation($i: ID!) { addTimelineEvent(input: { incidentId: $i, occurredOn: "2025-03-04", phase: DETECTION, text: "Alarm" }) { id } }`, { i: incident })).addTimelineEvent.id;
  const recommendation = (await api.ok(`mutation($i: ID!) { addRecommendation(input: { incidentId: $i, text: "Add a spare" }) { id } }`, { i: incident })).addRecommendation.id;
  const team = (await api.ok(`mutation($name: String!) { createTeam(input: { name: $name }) { id } }`, { name: `Network ${n}` })).createTeam.id;
  return {
    incident, event, recommendation, team,
    asset: await seed.asset(`CORE-SW-${n}`, 'SWITCH'),
    party: await seed.party(`Kim Lee ${n}`),
    service: await seed.service(`Payroll ${n}`),
    cause: await seed.cause(incident, ['HARDWARE_FAILURE']),
  };
}

/** Every pair `linkNodes` accepts, with how each side reads the link back. */
const pairs: { from: keyof Ids; to: keyof Ids; read: string }[] = [
  { from: 'event', to: 'asset', read: '... on TimelineEvent { linked: assets { id } }' },
  { from: 'event', to: 'party', read: '... on TimelineEvent { linked: parties { id } }' },
  { from: 'event', to: 'team', read: '... on TimelineEvent { linked: teams { id } }' },
  { from: 'event', to: 'service', read: '... on TimelineEvent { linked: services { id } }' },
  { from: 'cause', to: 'asset', read: '... on Cause { linked: assets { id } }' },
  { from: 'recommendation', to: 'cause', read: '... on Recommendation { linked: causes { id } }' },
  { from: 'recommendation', to: 'asset', read: '... on Recommendation { linked: assets { id } }' },
  { from: 'incident', to: 'asset', read: '... on Incident { linked: assets { id } }' },
  { from: 'incident', to: 'team', read: '... on Incident { linked: teams { id } }' },
  { from: 'incident', to: 'service', read: '... on Incident { linked: serviceImpacts { service { id } } }' },
  { from: 'service', to: 'asset', read: '... on Service { linked: assets { id } }' },
];

/** The far side, read from the target: each link table serves both directions. */
const reverse: Partial<Record<string, string>> = {
  'recommendation>cause': '... on Cause { back: recommendations { id } }',
  'incident>asset': '... on Asset { back: incidents { edges { node { id } } } }',
  'incident>team': '... on Team { back: incidents { edges { node { id } } } }',
  'incident>service': '... on Service { back: incidents { edges { node { id } } } }',
  'service>asset': '... on Asset { back: services { id } }',
};

const ids = (linked: unknown): string[] =>
  (linked as { id?: string; service?: { id: string }; node?: { id: string } }[]).map((x) => x.id ?? x.service?.id ?? x.node!.id);

export function linksSuite(driver: DriverName): void {
  describeOnDriver(driver, 'Links between objects of the graph', (suite) => {
    it('links every allowed pair once, reads it from both sides, and unlinks it', async () => {
      const api = suite.api();
      const of = await oneOfEach(api, 1);
      const link = `mutation($f: ID!, $t: ID!) { linkNodes(fromId: $f, toId: $t) { from { id } to { id } } }`;
      const unlink = `mutation($f: ID!, $t: ID!) { unlinkNodes(fromId: $f, toId: $t) { from { id } } }`;
      for (const { from, to, read } of pairs) {
        const pair = `${from}>${to}`;
        const variables = { f: of[from], t: of[to] };
        expect((await api.ok(link, variables)).linkNodes, pair).toEqual({ from: { id: of[from] }, to: { id: of[to] } });
        await api.ok(link, variables);
        const linked = await api.ok(`query($f: ID!) { node(id: $f) { ${read} } }`, { f: of[from] });
        expect(ids(linked.node.linked), pair).toEqual([of[to]]);
        if (reverse[pair]) {
          const back = await api.ok(`query($t: ID!) { node(id: $t) { ${reverse[pair]} } }`, { t: of[to] });
          const found = Array.isArray(back.node.back) ? back.node.back : back.node.back.edges;
          expect(ids(found), `${pair} read from ${to}`).toEqual([of[from]]);
        }
        await api.ok(unlink, variables);
        const after = await api.ok(`query($f: ID!) { node(id: $f) { ${read} } }`, { f: of[from] });
        expect(after.node.linked, pair).toEqual([]);
        const again = await api.query(unlink, variables);
        expect(again.errors?.[0]?.extensions?.code, pair).toBe('NOT_FOUND');
      }
    });

    it('refuses a pair it does not link, and a link the wrong way round, with BAD_USER_INPUT', async () => {
      const api = suite.api();
      const of = await oneOfEach(api, 2);
      for (const [from, to] of [['asset', 'incident'], ['party', 'team'], ['cause', 'recommendation']] as const) {
        const response = await api.query(`mutation($f: ID!, $t: ID!) { linkNodes(fromId: $f, toId: $t) { from { id } } }`, { f: of[from], t: of[to] });
        expect(response.errors?.[0]?.extensions?.code, `${from}>${to}`).toBe('BAD_USER_INPUT');
      }
    });
  });
}
