import { expect, it } from 'vitest';
import type { DriverName } from '../support/databases.js';
import { describeOnDriver } from '../support/suite.js';
import { seeder } from './seed.js';

const nested = `query($first: Int!) {
  incidents(first: $first) {
    edges { node { key causes { categories assets { name incidents(first: 10) { totalCount edges { node { id key } } } } } } }
  }
}`;

/**
 * Counts the statements one request sends: with batching the count depends on
 * the depth of the query, never on how many rows each level returns.
 */
export function batchingSuite(driver: DriverName): void {
  describeOnDriver(driver, 'No N+1: nested lists batch per level', (suite) => {
    it('answers incidents → causes → assets → incidents with the same statement count for 5 and for 50 incidents', async () => {
      const api = suite.api();
      const database = suite.database();
      const seed = seeder(api);
      const assets: string[] = [];
      for (let i = 0; i < 10; i++) assets.push(await seed.asset(`BATCH-HOST-${i}`));
      for (let i = 0; i < 50; i++) {
        const incident = await seed.incident(`batch-${String(i).padStart(2, '0')}`, `2020-01-${String((i % 28) + 1).padStart(2, '0')}`);
        await seed.link(incident, assets[i % 10]!);
        await seed.cause(incident, ['HARDWARE_FAILURE'], [assets[i % 10]!, assets[(i + 3) % 10]!]);
        await seed.cause(incident, ['MONITORING_GAP'], [assets[(i + 5) % 10]!]);
      }
      const statementsFor = async (first: number) => {
        const before = database.statementCount();
        const data = await api.ok(nested, { first });
        const count = database.statementCount() - before;
        return { count, data };
      };
      const five = await statementsFor(5);
      const fifty = await statementsFor(50);
      expect(five.data.incidents.edges).toHaveLength(5);
      expect(fifty.data.incidents.edges).toHaveLength(50);
      const causes = fifty.data.incidents.edges.flatMap((e: any) => e.node.causes);
      expect(causes).toHaveLength(100);
      expect(causes.flatMap((c: any) => c.assets).every((a: any) => a.incidents.totalCount === 5)).toBe(true);
      expect(fifty.count).toBe(five.count);
      // incidents page, causes, cause→assets, asset→incident pages, asset totals (incidents are primed from the pages)
      expect(fifty.count).toBeLessThanOrEqual(6);
      console.info(`[${driver}] statements for nested query: 5 incidents → ${five.count}, 50 incidents → ${fifty.count}`);
    });
  });
}
