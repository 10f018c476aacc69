import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

/** The modules esbuild puts in a Lambda function's bundle, as serverless-esbuild would bundle it. */
async function bundleInputs(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    write: false,
    metafile: true,
    outdir: 'dist',
    logLevel: 'error',
  });
  return Object.keys(result.metafile.inputs);
}

const packageOf = (input: string) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1];

describe('Lambda bundles', () => {
  it('the GraphQL function carries none of the playground: no GraphiQL, no React, no page code', async () => {
    const inputs = await bundleInputs('functions/graphql.ts');
    const packages = new Set(inputs.map(packageOf));
    for (const name of ['graphiql', '@graphiql/react', 'react', 'react-dom']) expect(packages.has(name)).toBe(false);
    // Only the few lines that recognise a browser request.
    expect(inputs.filter((i) => i.startsWith('src/playground/'))).toEqual(['src/playground/routes.ts']);
    // Nor any of the explorer: not its routes, not its browser code or d3.
    expect(inputs.filter((i) => i.startsWith('src/explorer/'))).toEqual([]);
    for (const name of ['d3-force', 'd3-time']) expect(packages.has(name)).toBe(false);
  });

  it('the pages function (playground and explorer) carries no GraphQL server; their assets are files beside it', async () => {
    const packages = new Set((await bundleInputs('functions/playground.ts')).map(packageOf));
    for (const name of ['graphql', '@apollo/server', 'graphiql', 'react', 'd3-force', 'd3-time']) expect(packages.has(name)).toBe(false);
  });
});
