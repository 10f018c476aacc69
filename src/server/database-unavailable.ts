/** SQLSTATEs for a lost or refused connection (class 08), a server shutting down or starting (57P01–57P03), too many connections. */
const unavailableStates = /^(08[0-9A-Z]{3}|57P0[1-3]|53300)$/;
const networkCodes = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH']);
/** What the Neon driver (pg inside, WebSocket underneath) says when the socket is gone; it sets no code for these. */
const unavailableMessages = /connection terminated|connect ECONNREFUSED|Client has encountered a connection error|Client was closed|WebSocket|timeout exceeded when trying to connect|Connection terminated/i;

/**
 * Whether an error means the database could not be reached or dropped the
 * connection, as opposed to refusing the statement. Looks through `cause`
 * chains (drizzle wraps driver errors).
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, message } = e as { code?: unknown; message?: unknown };
    if (typeof code === 'string' && (unavailableStates.test(code) || networkCodes.has(code))) return true;
    if (typeof message === 'string' && unavailableMessages.test(message)) return true;
  }
  return false;
}
