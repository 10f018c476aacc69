import type { CreateTeamInput } from '../generated/resolvers.js';
import type { GraphQLContext } from '../graph/context.js';
import type { TeamRow } from '../graph/models.js';
import { createNamed } from '../names/create-named.js';
import { teamNames } from '../names/named-tables.js';

export const createTeam = (context: GraphQLContext, input: CreateTeamInput) => createNamed<TeamRow>(context, teamNames, 'Team', input, {});
