import type { BuiltFile, PageManifest } from '../static/built.js';

/** What every first view loads: the page and the files it names (views built apart load only when opened). */
export const firstViewFiles = (manifest: PageManifest): BuiltFile[] => [manifest.page, ...manifest.assets.filter((a) => a.name.startsWith('explore.'))];

/**
 * The first view's weight limit, gzip bytes: the explorer's weight before the Import view existed
 * (19.5 kB gzip, 51 kB raw, every view in one script).
 */
export const FIRST_VIEW_GZIP_BUDGET = 19.5 * 1024;
