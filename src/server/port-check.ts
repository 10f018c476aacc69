import { createServer } from 'node:net';

/** What to tell a person whose server could not listen. */
export function describeListenError(error: unknown, port: number, host: string): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EADDRINUSE') return `Port ${port} on ${host} is already in use (another \`npm start\`?): stop that process or set PORT to a free port`;
  if (code === 'EACCES') return `Port ${port} on ${host} needs privileges this process does not have: set PORT to one above 1023`;
  if (code === 'EADDRNOTAVAIL') return `${host} is not an address of this machine: set HOST to one that is`;
  return `Cannot listen on ${host}:${port}: ${(error as Error).message}`;
}

/** Why `port` cannot be listened on, or undefined when it can (checked by listening briefly). */
export async function portUnavailable(port: number, host: string): Promise<string | undefined> {
  if (port === 0) return undefined;
  const probe = createServer();
  try {
    await new Promise<void>((resolve, reject) => {
      probe.once('error', reject);
      probe.listen(port, host, () => resolve());
    });
    return undefined;
  } catch (error) {
    return describeListenError(error, port, host);
  } finally {
    await new Promise<void>((resolve) => (probe.listening ? probe.close(() => resolve()) : resolve()));
  }
}
