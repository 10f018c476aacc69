import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { databaseConfigFromEnv } from '../../db/index.js';
import { withCommandDatabase } from '../../db/open-or-exit.js';
import { renderReport } from './export.js';
import { complianceReport } from './report.js';

const usage = 'Usage: npm run export -- compliance --since YYYY-MM-DD --until YYYY-MM-DD [--format csv|json] [--out FILE]';

/** The compliance report from the configured database, for auditors who do not write GraphQL. */
async function main(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({
    args: argv, allowPositionals: true,
    options: { since: { type: 'string' }, until: { type: 'string' }, format: { type: 'string', default: 'csv' }, out: { type: 'string' } },
  });
  const since = values.since ? new Date(values.since) : undefined;
  const until = values.until ? new Date(`${values.until}${values.until.length === 10 ? 'T23:59:59.999Z' : ''}`) : undefined;
  const format = values.format;
  if (positionals[0] !== 'compliance' || !since || !until || Number.isNaN(since.getTime()) || Number.isNaN(until.getTime()) || (format !== 'csv' && format !== 'json')) {
    console.error(usage);
    return 2;
  }
  return withCommandDatabase(databaseConfigFromEnv(), async (database) => {
    const { body } = renderReport(await complianceReport(database.db, since, until), format);
    if (values.out) writeFileSync(values.out, body);
    else process.stdout.write(body);
    return 0;
  });
}

process.exitCode = await main(process.argv.slice(2));
