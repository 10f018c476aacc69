import { join } from 'node:path';
import { loadPlaygroundBundle } from '../src/playground/bundle.js';
import { createPlaygroundHandler } from '../src/playground/handler.js';

// The built playground (`npm run build:playground`) is packaged with this function only; it is read once per container.
const bundle = await loadPlaygroundBundle(process.env.PLAYGROUND_DIR ?? join(process.cwd(), '.build', 'playground'));

/** GET /playground and GET /playground/assets/{name}: GraphiQL and its assets, compressed and long-cached. */
export const handler = createPlaygroundHandler(bundle);
