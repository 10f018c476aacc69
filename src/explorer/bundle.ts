import { loadPageBundle, type PageBundle } from '../static/bundle.js';

/** Reads a built explorer (`npm run build:explorer`) into memory, once per process or Lambda container. */
export const loadExplorerBundle = (dir: string): Promise<PageBundle> => loadPageBundle(dir, 'npm run build:explorer');
