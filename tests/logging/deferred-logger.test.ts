import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it, vi } from 'vitest';
import { createDeferredLogger } from '../../src/deferred-logger.js';
import { createGraphqlHandler } from '../../src/server/handler.js';
import { lambdaContext } from '../../src/server/lambda-event.js';
import type { AppDb, Database } from '../../db/types.js';
import { createEvent } from '../support/api.js';

function capture() {
  const lines: Record<string, any>[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line));
      done();
    },
  });
  return { stream, lines };
}

describe('the GraphQL function’s logger, loaded with its first entry', () => {
  it('writes what pino writes, in order, each entry with the time it was logged', async () => {
    const deferred = capture();
    const direct = capture();
    const logger = createDeferredLogger('info', deferred.stream);
    const before = Date.now();
    logger.debug('below the level');
    logger.info({ seq: 1 }, 'first');
    const error = new Error('the cause');
    logger.error({ requestId: 'r-1', err: error }, 'unexpected error');
    logger.warn('third');
    await logger.settled();
    const reference = pino({ level: 'info', base: undefined }, direct.stream);
    reference.info({ seq: 1 }, 'first');
    reference.error({ requestId: 'r-1', err: error }, 'unexpected error');
    reference.warn('third');
    await new Promise((resolve) => setImmediate(resolve));

    const withoutTime = (entries: Record<string, any>[]) => entries.map(({ time: _time, ...rest }) => rest);
    expect(withoutTime(deferred.lines)).toEqual(withoutTime(direct.lines));
    expect(deferred.lines.map((l) => l.msg)).toEqual(['first', 'unexpected error', 'third']);
    for (const line of deferred.lines) {
      expect(line.time).toBeGreaterThanOrEqual(before);
      expect(line.time).toBeLessThanOrEqual(direct.lines[0]!.time);
    }
    // Once loaded, entries are written at once.
    logger.info('after');
    await new Promise((resolve) => setImmediate(resolve));
    expect(deferred.lines.at(-1)).toMatchObject({ msg: 'after', level: 30 });
  });

  it('does not load pino while nothing reaches the level, and refuses an unknown level as pino does', async () => {
    const { stream, lines } = capture();
    const silent = createDeferredLogger('silent', stream);
    silent.error('never written');
    const quiet = createDeferredLogger('error', stream);
    quiet.warn('below error');
    await Promise.all([silent.settled(), quiet.settled()]);
    expect(lines).toEqual([]);
    let pinoMessage = '';
    try {
      pino({ level: 'verbose' });
    } catch (error) {
      pinoMessage = (error as Error).message;
    }
    expect(pinoMessage).toMatch(/verbose/);
    expect(() => createDeferredLogger('verbose')).toThrow(pinoMessage);
  });

  it('never fails a request when pino cannot load: what waited goes to stderr, and the next entry tries again', async () => {
    const { stream, lines } = capture();
    const written: string[] = [];
    const write = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    let attempts = 0;
    const logger = createDeferredLogger('info', stream, async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('chunk missing');
      return import('pino');
    });
    try {
      logger.error({ requestId: 'r-2', err: new Error('the cause') }, 'unexpected error');
      await expect(logger.settled()).resolves.toBeUndefined();
    } finally {
      write.mockRestore();
    }
    const entries = written.map((line) => JSON.parse(line));
    expect(entries[0]).toMatchObject({ level: 50, args: [{ err: { message: 'chunk missing' } }, 'logger failed to load'] });
    expect(entries[1]).toMatchObject({ level: 50, args: [{ requestId: 'r-2', err: { type: 'Error', message: 'the cause' } }, 'unexpected error'] });
    logger.warn('later');
    await logger.settled();
    expect(lines).toEqual([expect.objectContaining({ level: 40, msg: 'later' })]);
  });

  it('has written an unexpected error of a request by the time the handler’s settled() resolves', async () => {
    const { stream, lines } = capture();
    const logger = createDeferredLogger('info', stream);
    const fail = () => {
      throw new Error('relation "secret_internal_table" does not exist');
    };
    const database: Database = { db: new Proxy({}, { get: () => fail }) as unknown as AppDb, driver: 'pglite', statementCount: () => 0, close: async () => {} };
    const handler = createGraphqlHandler({ database, logger, authenticate: async () => ({ id: 'test', role: 'ADMIN' }), production: true });
    const result = await handler(createEvent('{ incidents { totalCount } }'), lambdaContext('0f0e0d0c-0000-4000-8000-000000004321'));
    expect(JSON.parse(result.body!).errors[0].extensions.code).toBe('INTERNAL_SERVER_ERROR');
    await logger.settled();
    expect(lines).toContainEqual(expect.objectContaining({ level: 50, requestId: '0f0e0d0c-0000-4000-8000-000000004321', msg: 'unexpected error' }));
  });
});
