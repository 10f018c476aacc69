import type { DestinationStream, Logger as PinoLogger } from 'pino';
import type { Logger } from './logger.js';

type Method = 'debug' | 'info' | 'warn' | 'error';

/** pino's default levels; `silent` logs nothing. */
const LEVELS: Record<string, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Infinity };

export interface DeferredLogger extends Logger {
  /** Resolves once everything logged so far is written (at once when nothing waits for pino to load). */
  settled(): Promise<void>;
}

/**
 * The same JSON logger as `createLogger` (pino, same options), loaded the first time something at or above
 * the level is logged: a function answering without logging (every successful request) never loads it.
 * Entries logged while pino loads are written in order once it has, each with the time it was logged; the
 * Lambda handler awaits `settled()` before it returns, so nothing is left unwritten when the runtime freezes.
 * An unknown level is refused at creation, with pino's message. Entries go to stdout unless `destination` says otherwise.
 * Should pino fail to load (a broken package), logging never fails a request: the waiting entries are written
 * as plain JSON lines to stderr, with the reason, and the next entry tries again.
 */
export function createDeferredLogger(
  level: string,
  destination?: DestinationStream,
  loadPino: () => Promise<Pick<typeof import('pino'), 'pino'>> = () => import('pino'),
): DeferredLogger {
  const threshold = LEVELS[level];
  if (threshold === undefined) throw new Error(`default level:${level} must be included in custom levels`);
  let logger: PinoLogger | undefined;
  let loading: Promise<void> | undefined;
  const waiting: { method: Method; args: unknown[]; time: number }[] = [];
  let replayedTime: number | undefined;

  const load = () =>
    (loading ??= loadPino().then(
      ({ pino }) => {
        const options = { level, base: undefined, timestamp: () => `,"time":${replayedTime ?? Date.now()}` };
        logger = destination ? pino(options, destination) : pino(options);
        for (const entry of waiting.splice(0)) {
          replayedTime = entry.time;
          (logger[entry.method] as (...args: unknown[]) => void)(...entry.args);
        }
        replayedTime = undefined;
      },
      (error: unknown) => {
        loading = undefined;
        const plain = (_key: string, value: unknown) => (value instanceof Error ? { type: value.name, message: value.message, stack: value.stack } : value);
        const lines = [{ method: 'error' as const, args: [{ err: error }, 'logger failed to load'], time: Date.now() }, ...waiting.splice(0)];
        for (const entry of lines) process.stderr.write(`${JSON.stringify({ level: LEVELS[entry.method], time: entry.time, args: entry.args }, plain)}\n`);
      },
    ));

  const method =
    (name: Method) =>
    (...args: unknown[]): void => {
      if (logger) return (logger[name] as (...a: unknown[]) => void)(...args);
      if (LEVELS[name]! < threshold) return;
      waiting.push({ method: name, args, time: Date.now() });
      void load();
    };

  return {
    debug: method('debug'),
    info: method('info'),
    warn: method('warn'),
    error: method('error'),
    settled: () => loading ?? Promise.resolve(),
  } as DeferredLogger;
}
