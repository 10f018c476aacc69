import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** One file of a built page; `name.br` and `name.gz` sit beside it. */
export interface BuiltFile {
  name: string;
  contentType: string;
  /** Bytes: as is, gzip, brotli. */
  size: number;
  gzip: number;
  br: number;
  /** Content hash; also in an asset's name. */
  hash: string;
}

/** What a page build wrote: the HTML page and its content-hashed assets. */
export interface PageManifest {
  /** Hash of every input: an unchanged build is not redone. */
  inputHash: string;
  page: BuiltFile;
  assets: BuiltFile[];
}

export const MANIFEST_FILE = 'manifest.json';
export const PAGE_FILE = 'index.html';

export const contentTypes = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', html: 'text/html; charset=utf-8' };

export const hashOf = (data: Buffer | string) => createHash('sha256').update(data).digest('hex');

/** `base.<hash>.ext`: the name changes with the content, so the file can be cached for good. */
export const hashedName = (base: string, ext: string, data: Buffer | string) => `${base}.${hashOf(data).slice(0, 10)}.${ext}`;

/** Writes the file with gzip and brotli copies at their highest levels (done once, at build time). */
export async function writeCompressed(dir: string, name: string, contentType: string, data: Buffer): Promise<BuiltFile> {
  const gz = gzipSync(data, { level: 9 });
  const br = brotliCompressSync(data, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length },
  });
  await Promise.all([writeFile(join(dir, name), data), writeFile(join(dir, `${name}.gz`), gz), writeFile(join(dir, `${name}.br`), br)]);
  return { name, contentType, size: data.length, gzip: gz.length, br: br.length, hash: hashOf(data).slice(0, 16) };
}

export async function readManifest(dir: string): Promise<PageManifest | undefined> {
  try {
    return JSON.parse(await readFile(join(dir, MANIFEST_FILE), 'utf8')) as PageManifest;
  } catch {
    return undefined;
  }
}

export async function writeManifest(dir: string, manifest: PageManifest): Promise<void> {
  await writeFile(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}
