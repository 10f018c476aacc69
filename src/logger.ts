import { pino, type Logger } from 'pino';

/** One JSON logger for the process; `LOG_LEVEL` sets how much it says (tests default to silent). */
export function createLogger(level = process.env.LOG_LEVEL ?? (process.env.VITEST ? 'silent' : 'info')): Logger {
  return pino({ level, base: undefined });
}
