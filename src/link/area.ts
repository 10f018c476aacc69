import type { Area } from '../registry/descriptor.js';
import { Link, linkMutations } from './resolvers.js';

export const linkArea = { folder: 'link', mutations: linkMutations, types: { Link } } satisfies Area;
