import * as t from '../../db/schema/index.js';
import type { AppDb } from '../../db/types.js';
import { listPage } from '../graph/list-page.js';
import type { ServiceRow } from '../graph/models.js';
import type { PageArgs } from '../graph/page-args.js';

export const listServices = (db: AppDb, args: PageArgs) =>
  listPage<ServiceRow>(db, t.services, args, { columns: [t.services.name, t.services.id], descending: false });
