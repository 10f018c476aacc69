import type { Logger } from '../logger.js';
import type { AppDb } from '../../db/types.js';
import { deliverAllDue, type DeliveryOptions } from './deliver.js';

export interface DeliveryLoop {
  /** Sweeps soon: called after each API request, so events of a commit leave right away. */
  nudge(): void;
  stop(): Promise<void>;
}

/**
 * In-process delivery for `npm start`: a sweep after every nudge and at least every `intervalMs` (for retries
 * and overdue dates), never two at once. Sending happens outside any request, so a slow receiver delays nobody.
 */
export function startDeliveryLoop(db: AppDb, logger: Logger, options: DeliveryOptions & { intervalMs?: number } = {}): DeliveryLoop {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const run = () => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = deliverAllDue(db, { logger, ...options })
      .then((result) => {
        if (result.attempted || result.overdueEmitted) logger.info(result, 'webhook sweep');
      })
      .catch((error: unknown) => logger.error({ err: error }, 'webhook sweep failed'))
      .finally(() => {
        running = null;
        if (again) {
          again = false;
          run();
        }
      });
  };
  const timer = setInterval(run, options.intervalMs ?? 5_000);
  timer.unref();
  return {
    nudge: run,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
