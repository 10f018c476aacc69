import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Where `npm run build:explorer` writes and the servers read (git-ignored). */
export const DEFAULT_EXPLORER_DIR = join(projectRoot, '.build', 'explore');
