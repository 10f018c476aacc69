import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe("the GraphQL function's cold path", () => {
  it('does not bundle the language model: it is loaded only when a report is read', async () => {
    const result = await build({
      entryPoints: ['functions/graphql.ts'], bundle: true, write: false, metafile: true, format: 'esm', platform: 'node', logLevel: 'silent',
      outdir: 'out', external: ['pg-native'],
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((i) => i.includes('src/import/import-report.ts'))).toBe(true);
    expect(inputs.filter((i) => /wink-nlp|wink-eng-lite-web-model|classification\/model\.json/.test(i))).toEqual([]);
  });
});
