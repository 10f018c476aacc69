import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageService, unpackFunction } from '../../scripts/lambda-artifact.js';
import { lambdaContext, toLambdaEvent } from '../../src/server/lambda-event.js';
import type { HttpHandler } from '../../src/server/router.js';
import { withEnv } from '../lambda/bundle-env.js';

const get = (path: string) => toLambdaEvent({ method: 'GET', path, query: '', headers: { 'accept-encoding': 'identity' }, body: undefined });

describe('the pages function as serverless packages it', () => {
  let work: string;
  let files: string[];
  let handler: HttpHandler;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'ikb-pages-'));
    await packageService(join(work, 'out'));
    const task = join(work, 'task');
    files = (await unpackFunction(join(work, 'out'), 'playground', task)).map((f) => f.slice(task.length + 1));
    // Lambda runs the function from the unpacked folder; the module finds the pages beside it.
    const module = await withEnv({ PLAYGROUND_DIR: join(task, '.build', 'playground'), EXPLORER_DIR: join(task, '.build', 'explore') }, () => import(pathToFileURL(join(task, 'functions', 'playground.mjs')).href));
    handler = module.handler;
  }, 180_000);

  afterAll(async () => {
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('carries both built pages and serves the explorer and its assets as well as the playground', async () => {
    expect(files).toContain('.build/explore/index.html');
    expect(files).toContain('.build/playground/index.html');
    const page = await handler(get('/explore'), lambdaContext());
    expect(page.statusCode).toBe(200);
    const html = Buffer.from(page.body!, 'base64').toString('utf8');
    const script = /src="explore\/assets\/([^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeDefined();
    expect(files).toContain(`.build/explore/${script}`);
    const asset = await handler(get(`/explore/assets/${script}`), lambdaContext());
    expect(asset.statusCode).toBe(200);
    expect(asset.headers?.['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await handler(get('/playground'), lambdaContext())).statusCode).toBe(200);
    // The views loaded when opened (Import, asset graph) travel and are served the same way.
    const apart = files.filter((f) => /^\.build\/explore\/(import|asset)\.[0-9a-f]{10}\.(js|css)$/.test(f));
    expect(apart.map((f) => f.replace(/\.[0-9a-f]{10}\./, '.*.')).sort()).toEqual(['.build/explore/asset.*.js', '.build/explore/import.*.css', '.build/explore/import.*.js']);
    for (const file of apart) expect((await handler(get(`/explore/assets/${file.split('/').pop()}`), lambdaContext())).statusCode, file).toBe(200);
  });
});
