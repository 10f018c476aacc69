import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MANIFEST_FILE, type BuiltFile, type PageManifest } from './built.js';

export type Encoding = 'br' | 'gzip' | 'identity';

export interface LoadedFile extends BuiltFile {
  bodies: Record<Encoding, Buffer>;
}

export interface PageBundle {
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

/** Reads a built page into memory, once per process or Lambda container; `buildCommand` is named when it is missing. */
export async function loadPageBundle(dir: string, buildCommand: string): Promise<PageBundle> {
  let manifest: PageManifest;
  try {
    manifest = JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')) as PageManifest;
  } catch (error) {
    throw new Error(`No built page in ${dir}; run ${buildCommand}`, { cause: error });
  }
  const [page, ...assets] = await Promise.all([manifest.page, ...manifest.assets].map((f) => load(dir, f)));
  return { page: page!, assets: new Map(assets.map((a) => [a.name, a])) };
}
