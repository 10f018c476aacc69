import { pino, type Logger as PinoLogger } from 'pino';
import { configuredLevel } from './log-level.js';

/** What the code logs through: pino's level methods (a pino logger is one; so is the deferred logger). */
export type Logger = Pick<PinoLogger, 'debug' | 'info' | 'warn' | 'error'>;

/** One JSON logger for the process; `LOG_LEVEL` sets how much it says (tests default to silent). */
export function createLogger(level = configuredLevel()): PinoLogger {
  return pino({ level, base: undefined });
}
