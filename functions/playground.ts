import { join } from 'node:path';
import { loadExplorerBundle } from '../src/explorer/bundle.js';
import { createExplorerHandler } from '../src/explorer/handler.js';
import { loadPlaygroundBundle } from '../src/playground/bundle.js';
import { createPlaygroundHandler } from '../src/playground/handler.js';
import { routePages } from '../src/server/router.js';

// The built pages (`npm run build:playground`, `npm run build:explorer`) are packaged with this function only; they are read once per container.
const [playground, explorer] = await Promise.all([
  loadPlaygroundBundle(process.env.PLAYGROUND_DIR ?? join(process.cwd(), '.build', 'playground')),
  loadExplorerBundle(process.env.EXPLORER_DIR ?? join(process.cwd(), '.build', 'explore')),
]);

/**
 * The pages for people: GET /playground and /playground/assets/{name} (GraphiQL),
 * GET /explore and /explore/assets/{name} (the explorer); compressed and long-cached.
 */
export const handler = routePages({ playground: createPlaygroundHandler(playground), explorer: createExplorerHandler(explorer) });
