import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MANIFEST_FILE, type BuiltFile, type PlaygroundManifest } from './manifest.js';

export type Encoding = 'br' | 'gzip' | 'identity';

export interface LoadedFile extends BuiltFile {
  bodies: Record<Encoding, Buffer>;
}

export interface PlaygroundBundle {
  page: LoadedFile;
  assets: Map<string, LoadedFile>;
}

async function load(dir: string, file: BuiltFile): Promise<LoadedFile> {
  const [identity, gzip, br] = await Promise.all([
    readFile(join(dir, file.name)),
    readFile(join(dir, `${file.name}.gz`)),
    readFile(join(dir, `${file.name}.br`)),
  ]);
  return { ...file, bodies: { identity, gzip, br } };
}

/** Reads a built playground (`npm run build:playground`) into memory, once per process or Lambda container. */
export async function loadPlaygroundBundle(dir: string): Promise<PlaygroundBundle> {
  let manifest: PlaygroundManifest;
  try {
    manifest = JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')) as PlaygroundManifest;
  } catch (error) {
    throw new Error(`No built playground in ${dir}; run npm run build:playground`, { cause: error });
  }
  const [page, ...assets] = await Promise.all([manifest.page, ...manifest.assets].map((f) => load(dir, f)));
  return { page: page!, assets: new Map(assets.map((a) => [a.name, a])) };
}
