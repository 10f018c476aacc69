import type { CreateServiceInput } from '../generated/resolvers.js';
import type { GraphQLContext } from '../graph/context.js';
import type { ServiceRow } from '../graph/models.js';
import { createNamed } from '../names/create-named.js';
import { serviceNames } from '../names/named-tables.js';

export const createService = (context: GraphQLContext, input: CreateServiceInput) =>
  createNamed<ServiceRow>(context, serviceNames, 'Service', input, { criticality: input.criticality ?? null });
