import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import * as t from '../../db/schema/index.js';
import { assetMergeReferences } from '../../src/asset/service.js';
import type { MergeReferences } from '../../src/names/repoint.js';
import { typeDefs } from '../../src/generated/type-defs.js';
import { partyMergeReferences } from '../../src/party/service.js';
import { columnLabel, columnsReferring } from './merge-references.js';

/** Each merge mutation, the table it merges rows of, and the lists its code follows. */
const merges = {
  mergeAssets: { table: t.assets, references: assetMergeReferences },
  mergeParties: { table: t.parties, references: partyMergeReferences },
};

const listed = (references: MergeReferences) => [
  ...references.keyed.map(([table, column]) => ({ how: 'keyed', table, column })),
  ...references.plain.map(([table, column]) => ({ how: 'plain', table, column })),
  ...references.ownCode.map(({ column }) => ({ how: 'own code', table: column.table, column })),
];

describe('What merges move, held to the foreign keys of the drizzle schema', () => {
  it('knows every merge the API offers', () => {
    const mutation = buildSchema(typeDefs).getMutationType()!;
    const offered = Object.keys(mutation.getFields()).filter((name) => name.startsWith('merge'));
    expect(offered.sort()).toEqual(Object.keys(merges).sort());
  });

  for (const [mutation, { table, references }] of Object.entries(merges)) {
    describe(mutation, () => {
      const inSchema = columnsReferring(table);

      it('moves every column that points at the merged row, or handles it by its own code', () => {
        expect(inSchema.length).toBeGreaterThan(0);
        const covered = new Set(listed(references).map(({ table: holder, column }) => columnLabel(holder, column)));
        const forgotten = inSchema.filter(({ label }) => !covered.has(label)).map(({ label }) => label);
        expect(forgotten, 'foreign keys the merge neither moves nor handles (their rows would go with the merged row)').toEqual([]);
      });

      it('lists each column once, only real foreign keys to it, keyed exactly when the column is in a primary key', () => {
        const schemaColumns = new Map(inSchema.map((entry) => [entry.label, entry]));
        const entries = listed(references);
        const labels = entries.map(({ table: holder, column }) => columnLabel(holder, column));
        expect(labels.filter((label, i) => labels.indexOf(label) !== i), 'listed twice').toEqual([]);
        for (const { how, table: holder, column } of entries) {
          const label = columnLabel(holder, column);
          expect(column.table, `${label}: the column belongs to another table`).toBe(holder);
          const found = schemaColumns.get(label);
          expect(found, `${label} is not a foreign key to the merged table`).toBeDefined();
          if (how === 'keyed') expect(found!.inPrimaryKey, `${label} is moved as keyed rows but is not in its primary key`).toBe(true);
          if (how === 'plain') expect(found!.inPrimaryKey, `${label} is in its primary key: a plain move would collide with the kept row's`).toBe(false);
        }
      });

      it('says why each column moved by its own code needs it', () => {
        for (const { column, why } of references.ownCode) expect(why.trim().length, column.name).toBeGreaterThan(10);
      });
    });
  }
});
