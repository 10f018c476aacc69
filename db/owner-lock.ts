import { closeSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';

/** The file in the embedded database's folder that names the process owning it. */
export const OWNER_FILE = 'owner.lock';

export interface Owner {
  pid: number;
  command: string;
  since: string;
  /** The GraphQL endpoint, once the owner is a server listening on it. */
  url?: string;
}

/** Another live process owns the embedded database folder. */
export class DatabaseInUseError extends Error {
  constructor(readonly dir: string, readonly owner: Owner) {
    super(
      `The embedded database in ${dir} is in use by process ${owner.pid} (${owner.command}, since ${owner.since}${owner.url ? `, serving ${owner.url}` : ''}). ` +
        'Only one process may open it: stop that process first, or send the change to the running server over its API.',
    );
    this.name = 'DatabaseInUseError';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): Owner | undefined {
  try {
    const owner = JSON.parse(readFileSync(file, 'utf8')) as Owner;
    return Number.isInteger(owner.pid) ? owner : undefined;
  } catch {
    return undefined;
  }
}

const owned = new Map<string, Owner>();

/** Tells other processes where the owner serves (`npm start`), so commands can go through its API. */
export function announceOwnerUrl(dir: string, url: string): void {
  const me = owned.get(dir);
  if (!me) return;
  me.url = url;
  writeFileSync(join(dir, OWNER_FILE), JSON.stringify(me));
}

/**
 * Makes this process the single owner of `dir`: creates the owner file exclusively, or, when one
 * exists, refuses while the process it names is alive and takes over when it died. Returns the release.
 */
export function acquireOwnerLock(dir: string): () => void {
  const file = join(dir, OWNER_FILE);
  const me: Owner = { pid: process.pid, command: process.argv.slice(1).join(' ') || 'node', since: new Date().toISOString() };
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        if (readOwner(file)?.pid === process.pid) rmSync(file, { force: true });
      };
      process.on('exit', release);
      owned.set(dir, me);
      return () => {
        owned.delete(dir);
        release();
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(file);
      if (owner && owner.pid !== process.pid && alive(owner.pid)) throw new DatabaseInUseError(dir, owner);
      if (owner?.pid === process.pid) throw new DatabaseInUseError(dir, owner);
      // Its owner died without closing (or the file is half-written by one starting right now: retry).
      rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not take ownership of the embedded database in ${dir}`);
}
