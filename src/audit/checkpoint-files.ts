import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AuditCheckpoint } from './checkpoint.js';

/** `checkpoint-<seq, padded>-<time>.json`: sorted by name is sorted by position. */
export const checkpointFileName = (c: AuditCheckpoint) => `checkpoint-${String(c.seq).padStart(12, '0')}-${c.at.replace(/[:.]/g, '-')}.json`;

/** Writes a checkpoint into a folder (created if needed), never over an existing file. */
export async function writeCheckpointFile(dir: string, checkpoint: AuditCheckpoint): Promise<string> {
  await mkdir(dir, { recursive: true });
  const path = join(dir, checkpointFileName(checkpoint));
  await writeFile(path, `${JSON.stringify(checkpoint, null, 2)}\n`, { flag: 'wx' });
  return path;
}

/** Every checkpoint in a folder; none when it does not exist. */
export async function readCheckpointFiles(dir: string): Promise<AuditCheckpoint[]> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => /^checkpoint-.*\.json$/.test(n)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return Promise.all(names.map(async (n) => JSON.parse(await readFile(join(dir, n), 'utf8')) as AuditCheckpoint));
}
