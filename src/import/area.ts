import type { Area } from '../registry/descriptor.js';
import { ImportResult, ImportedEntity, importMutations } from './resolvers.js';

export const importArea = { folder: 'import', mutations: importMutations, types: { ImportResult, ImportedEntity } } satisfies Area;
