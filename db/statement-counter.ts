import type { Logger } from 'drizzle-orm';

/** A drizzle logger that only counts statements; cheap enough to leave on in production. */
export class StatementCounter implements Logger {
  count = 0;
  logQuery(): void {
    this.count += 1;
  }
}
