import { buildExplorer } from '../../src/explorer/build.js';
import { buildPlayground } from '../../src/playground/build.js';

/** Vitest global setup: the page tests serve the real builds of the playground and the explorer (no-ops when nothing changed). */
export default async function setup(): Promise<void> {
  await Promise.all([buildPlayground(), buildExplorer()]);
}
