import { randomUUID } from 'node:crypto';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { databaseConfigFromEnv, openDatabase, type Database } from '../../db/index.js';
import { DatabaseInUseError } from '../../db/owner-lock.js';
import { createContext } from '../registry/context.js';
import { createLogger } from '../logger.js';
import { describeEntities, describeOutcome, describeSummary, importFiles, reportFiles } from './import-files.js';
import type { ImportResultModel } from './import-result.js';
import { batchTiming, describeProgress, describeRefusals, describeTiming } from './batch-summary.js';
import { importThroughServer } from './import-through-server.js';
import type { ReportFormat } from './input/report-document.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'dry-run': { type: 'boolean', default: false }, verbose: { type: 'boolean', short: 'v', default: false } },
});
if (positionals.length === 0) {
  console.error('Usage: npm run import -- [--dry-run] [--verbose] <report.md | .txt | .html | .docx | folder> …\n  More than 20 reports: progress every 50 on stderr, refused reports listed at the end; --verbose keeps a line per report.');
  process.exit(2);
}

/** Up to this many files, a line per report; beyond, a progress line every PROGRESS_EVERY reports (on stderr). */
const LINE_PER_REPORT_UP_TO = 20;
const PROGRESS_EVERY = 50;

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
  // A long run says where it is every so often and lists the refused reports at the end; a short one, a line per report.
  const long = files.length > LINE_PER_REPORT_UP_TO && !values.verbose;
  const started = performance.now();
  let refused = 0;
  const outcomes = await importFiles(context, files, {
    dryRun: values['dry-run'],
    importOne,
    onFile: (outcome, index, total) => {
      if (!outcome.ok) refused++;
      if (long) {
        if ((index + 1) % PROGRESS_EVERY === 0 || index + 1 === total) console.error(describeProgress(index + 1, total, refused, (performance.now() - started) / 1000));
        return;
      }
      console.log(describeOutcome(outcome, index, total));
      if (!outcome.ok) for (const p of outcome.problems) console.log(`    line ${p.line ?? '?'}: ${p.message}`);
      if (outcome.ok && values.verbose) {
        for (const line of describeEntities(outcome.result)) console.log(line);
        for (const w of outcome.result.warnings) console.log(`    warning (line ${w.line ?? '?'}): ${w.message}`);
        for (const u of outcome.result.unread) console.log(`    unread line ${u.line}: ${u.reason}: ${u.text}`);
      }
    },
  });
  if (long) for (const line of describeRefusals(outcomes)) console.log(line);
  console.log(describeSummary(outcomes, values['dry-run']));
  console.log(describeTiming(batchTiming(outcomes, (performance.now() - started) / 1000)));
  process.exitCode = refused ? 1 : 0;
} finally {
  await database?.close();
}
