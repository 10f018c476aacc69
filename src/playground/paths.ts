import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));

/** Where `npm run build:playground` writes and the local server reads (git-ignored). */
export const DEFAULT_PLAYGROUND_DIR = join(projectRoot, '.build', 'playground');
export const DEFAULT_OPERATIONS_DIR = join(projectRoot, 'operations');
