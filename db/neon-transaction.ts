import { sql } from 'drizzle-orm';
import { NeonSession, NeonTransaction } from 'drizzle-orm/neon-serverless';
import type { Pool, PoolClient } from '@neondatabase/serverless';

type Work<T> = (tx: NeonTransaction<any, any>) => Promise<T>;

interface SessionInternals {
  dialect: ConstructorParameters<typeof NeonSession>[1];
  schema: ConstructorParameters<typeof NeonSession>[2];
  options: ConstructorParameters<typeof NeonSession>[3];
  transaction: (work: Work<unknown>, config?: unknown) => Promise<unknown>;
}

/**
 * Replaces drizzle's pooled transaction for the Neon driver. drizzle sends `begin` outside its
 * try/finally, so a connection that fails on `begin` is never returned to the pool, and it returns
 * a connection that broke mid-transaction as if healthy; a few dropped connections then leave the
 * pool empty and every later request waits for ever. Here the connection is always released, and
 * destroyed (not reused) when `begin`, `commit` or `rollback` failed on it.
 */
export function releaseSafeTransactions(db: object, pool: Pool): void {
  const session = (db as { session: SessionInternals }).session;
  session.transaction = async function transaction<T>(work: Work<T>, config?: unknown): Promise<T> {
    const client: PoolClient = await pool.connect();
    let broken: Error | undefined;
    try {
      const tx = new NeonTransaction(session.dialect, new NeonSession(client, session.dialect, session.schema, session.options), session.schema);
      const begin = sql`begin ${(tx as unknown as { getTransactionConfigSQL(c: unknown): ReturnType<typeof sql> }).getTransactionConfigSQL(config ?? {})}`;
      try {
        await tx.execute(begin);
      } catch (error) {
        broken = error as Error;
        throw error;
      }
      try {
        const result = await work(tx);
        await tx.execute(sql`commit`);
        return result;
      } catch (error) {
        try {
          await tx.execute(sql`rollback`);
        } catch (rollbackError) {
          broken = rollbackError as Error;
        }
        throw error;
      }
    } finally {
      // `release(error)` closes the connection instead of handing it to the next request.
      client.release(broken ?? undefined);
    }
  } as SessionInternals['transaction'];
}
