import type { AppDb } from '../../db/types.js';
import type { Loaders } from '../graph/context.js';
import { areas } from './areas.js';

/**
 * Every loader a request may use, gathered from the areas in registry order (each area's factory
 * sees the loaders of those before it), built fresh per request and after each mutation so no
 * cache outlives the data it read.
 */
export function createLoaders(db: AppDb): Loaders {
  const loaders = {} as Loaders;
  for (const area of areas) Object.assign(loaders, area.loaders?.(db, loaders));
  return loaders;
}
