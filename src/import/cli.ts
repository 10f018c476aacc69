import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { databaseConfigFromEnv, openDatabase, type Database } from '../../db/index.js';
import { DatabaseInUseError } from '../../db/owner-lock.js';
import { createContext } from '../registry/context.js';
import { createLogger } from '../logger.js';
import { describeEntities, describeOutcome, describeSummary, importFiles, reportFiles } from './import-files.js';
import type { ImportResultModel } from './import-result.js';
import { importThroughServer } from './import-through-server.js';
import type { ReportFormat } from './input/report-document.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'dry-run': { type: 'boolean', default: false }, verbose: { type: 'boolean', short: 'v', default: false } },
});
if (positionals.length === 0) {
  console.error('Usage: npm run import -- [--dry-run] [--verbose] <report.md | .txt | .html | .docx | folder> …');
  process.exit(2);
}

const config = databaseConfigFromEnv();
let database: Database | undefined;
let importOne: ((markdown: string, dryRun: boolean, format: ReportFormat) => Promise<ImportResultModel>) | undefined;
try {
  database = await openDatabase(config);
} catch (error) {
  // The embedded database belongs to a running server: import through its API rather than beside it.
  if (!(error instanceof DatabaseInUseError) || !error.owner.url) {
    console.error(error instanceof DatabaseInUseError ? `${error.message}\nNothing was changed.` : (error as Error).message);
    process.exit(3);
  }
  console.log(`The server (process ${error.owner.pid}) owns the embedded database: importing through its API at ${error.owner.url}`);
  importOne = importThroughServer(error.owner.url, process.env.IKB_API_KEY);
}
const context = database
  ? createContext({ database, actor: { id: `cli:${userInfo().username}`, role: 'ADMIN' }, requestId: randomUUID(), logger: createLogger() })
  : undefined;
try {
  const files = await reportFiles(positionals);
  const outcomes = await importFiles(context, files, {
    dryRun: values['dry-run'],
    importOne,
    onFile: (outcome, index, total) => {
      console.log(describeOutcome(outcome, index, total));
      if (!outcome.ok) for (const p of outcome.problems) console.log(`    line ${p.line ?? '?'}: ${p.message}`);
      if (outcome.ok && values.verbose) {
        for (const line of describeEntities(outcome.result)) console.log(line);
        for (const w of outcome.result.warnings) console.log(`    warning (line ${w.line ?? '?'}): ${w.message}`);
        for (const u of outcome.result.unread) console.log(`    unread line ${u.line}: ${u.reason}: ${u.text}`);
      }
    },
  });
  const failed = outcomes.filter((o) => !o.ok).length;
  console.log(describeSummary(outcomes, values['dry-run']));
  process.exitCode = failed ? 1 : 0;
} finally {
  await database?.close();
}
