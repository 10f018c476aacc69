import { buildPlayground } from '../../src/playground/build.js';

/** Vitest global setup: the playground tests serve the real build (a no-op when nothing changed). */
export default async function setup(): Promise<void> {
  await buildPlayground();
}
