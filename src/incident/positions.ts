import { eq, max } from 'drizzle-orm';
import * as t from '../../db/schema/index.js';
import type { AppTx } from '../../db/types.js';

/** Causes, recommendations and sign-offs are numbered within their incident in the order they were written. */
export async function nextPosition(tx: AppTx, table: typeof t.causes | typeof t.recommendations | typeof t.signOffs, incidentId: string) {
  const [row] = await tx.select({ last: max(table.position) }).from(table).where(eq(table.incidentId, incidentId));
  return (row?.last ?? 0) + 1;
}
