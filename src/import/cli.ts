import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { databaseConfigFromEnv } from '../../db/index.js';
import { openDatabaseOrExit } from '../../db/open-or-exit.js';
import { createContext } from '../graph/context.js';
import { createLogger } from '../logger.js';
import { describeEntities, describeOutcome, describeSummary, importFiles, reportFiles } from './import-files.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'dry-run': { type: 'boolean', default: false }, verbose: { type: 'boolean', short: 'v', default: false } },
});
if (positionals.length === 0) {
  console.error('Usage: npm run import -- [--dry-run] [--verbose] <report.md | folder> …');
  process.exit(2);
}

const database = await openDatabaseOrExit(databaseConfigFromEnv());
const context = createContext({ database, actor: { id: `cli:${userInfo().username}`, role: 'ADMIN' }, requestId: randomUUID(), logger: createLogger() });
try {
  const files = await reportFiles(positionals);
  const outcomes = await importFiles(context, files, {
    dryRun: values['dry-run'],
    onFile: (outcome, index, total) => {
      console.log(describeOutcome(outcome, index, total));
      if (!outcome.ok) for (const p of outcome.problems) console.log(`    line ${p.line ?? '?'}: ${p.message}`);
      if (outcome.ok && values.verbose) {
        for (const line of describeEntities(outcome.result)) console.log(line);
        for (const w of outcome.result.warnings) console.log(`    warning (line ${w.line ?? '?'}): ${w.message}`);
      }
    },
  });
  const failed = outcomes.filter((o) => !o.ok).length;
  console.log(describeSummary(outcomes, values['dry-run']));
  process.exitCode = failed ? 1 : 0;
} finally {
  await database.close();
}
