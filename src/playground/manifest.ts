/** One file of the built playground; `name.br` and `name.gz` sit beside it. */
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

export interface PlaygroundManifest {
  /** Hash of every input: an unchanged build is not redone. */
  inputHash: string;
  page: BuiltFile;
  assets: BuiltFile[];
}

export const MANIFEST_FILE = 'manifest.json';
export const PAGE_FILE = 'index.html';
