import * as t from '../../db/schema/index.js';
import type { AppDb } from '../../db/types.js';
import { listPage } from '../graph/list-page.js';
import type { TeamRow } from '../graph/models.js';
import type { PageArgs } from '../graph/page-args.js';

export const listTeams = (db: AppDb, args: PageArgs) =>
  listPage<TeamRow>(db, t.teams, args, { columns: [t.teams.name, t.teams.id], descending: false });
