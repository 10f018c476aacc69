import { loadPageBundle, type PageBundle } from '../static/bundle.js';

export type { Encoding, LoadedFile } from '../static/bundle.js';
export type PlaygroundBundle = PageBundle;

/** Reads a built playground (`npm run build:playground`) into memory, once per process or Lambda container. */
export const loadPlaygroundBundle = (dir: string): Promise<PlaygroundBundle> => loadPageBundle(dir, 'npm run build:playground');
