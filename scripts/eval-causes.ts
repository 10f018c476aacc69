import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pino from 'pino';
import { causeCategory } from '../db/schema/enums.js';
import * as t from '../db/schema/index.js';
import { openPglite } from '../db/pglite.js';
import { spareHardwareGaps } from '../src/analytics/spare-hardware-gaps.js';
import { HOLDOUT_CORPUS, readCorpus, readTrainingSentences } from '../src/classification/corpus.js';
import { crossValidate, SHIPPED_CHOICE } from '../src/classification/cross-validate.js';
import type { CategoryScore } from '../src/classification/evaluate.js';
import { evaluate } from '../src/classification/evaluate.js';
import { loadCauseClassifier } from '../src/classification/load.js';
import { winkTokeniser } from '../src/classification/wink-tokeniser.js';
import { createContext } from '../src/registry/context.js';
import type { CauseCategory } from '../src/import/extract/fact-types.js';
import { importIncidentReport } from '../src/import/import-report.js';

/**
 * Cause classification quality: per-category precision and recall on the
 * corpus's held-back test split (and 5-fold cross-validation on the train
 * split), then the shipped and variant reports imported into an in-memory
 * database: causes left without a category and unflagged, and spare gaps found.
 */
const lines: string[] = [];
const say = (line = '') => {
  lines.push(line);
  console.log(line);
};
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
const table = (rows: CategoryScore[]) => {
  say(`${'category'.padEnd(18)} ${'precision'.padStart(9)} ${'recall'.padStart(8)}   tp  fp  fn`);
  for (const r of rows) say(`${r.category.padEnd(18)} ${pct(r.precision).padStart(9)} ${pct(r.recall).padStart(8)} ${String(r.truePositives).padStart(4)} ${String(r.falsePositives).padStart(3)} ${String(r.falseNegatives).padStart(3)}`);
};

const root = new URL('..', import.meta.url).pathname;
const corpus = readCorpus();
const test = corpus.filter((s) => s.split === 'test');
const train = readTrainingSentences();
const classifier = await loadCauseClassifier();

say(`# Cause classification (${new Date().toISOString().slice(0, 10)})`);
say(`corpus: ${corpus.length} sentences (${corpus.length - test.length} train, ${test.length} test; split by a hash of each sentence) and ${train.length - (corpus.length - test.length)} train-only sentences`);
say();
const held = evaluate(classifier, test);
say(`## Test split (${held.sentences} sentences, never trained on)`);
table(held.perCategory);
say(`micro precision ${pct(held.micro.precision)}, recall ${pct(held.micro.recall)}; labelled causes with no category and not flagged: ${held.silentlyUncategorised}; flagged for review: ${held.flagged}`);
say();
const cv = crossValidate(winkTokeniser(), train, causeCategory.enumValues as readonly CauseCategory[], 5, SHIPPED_CHOICE);
say(`## 5-fold cross-validation on the ${train.length} training sentences`);
table(cv.perCategory);
say(`micro precision ${pct(cv.micro.precision)}, recall ${pct(cv.micro.recall)}; silently uncategorised: ${cv.silentlyUncategorised}`);
say();
// Written apart from the corpus by other hands and never used to choose anything: the closest figure to a new author's reports.
const holdout = evaluate(classifier, readCorpus(HOLDOUT_CORPUS));
say(`## Independent held-out set (${holdout.sentences} sentences in other authors' wording, never trained or tuned on)`);
table(holdout.perCategory);
say(`micro precision ${pct(holdout.micro.precision)}, recall ${pct(holdout.micro.recall)}; labelled causes with no category and not flagged: ${holdout.silentlyUncategorised}; flagged for review: ${holdout.flagged}`);
say();
if (process.argv.includes('--mistakes')) for (const m of held.mistakes) say(`  expected ${m.expected.join(',') || 'none'} got ${m.got.join(',') || 'none'}: ${m.text}`);

const reportFolders = [join(root, 'reports'), join(root, 'tests/fixtures/cause-variants'), join(root, 'tests/fixtures/variants')].filter((d) => existsSync(d));
const files = reportFolders.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.md')).map((f) => join(d, f)));
const database = await openPglite();
const context = createContext({ database, actor: { id: 'eval', role: 'ADMIN' }, requestId: randomUUID(), logger: pino({ level: 'silent' }) });
let failed = 0;
for (const file of files) {
  try {
    await importIncidentReport(context, readFileSync(file, 'utf8'));
  } catch (error) {
    failed++;
    say(`could not import ${file.slice(root.length)}: ${(error as Error).message}`);
  }
}
const causes = await database.db.select().from(t.causes);
const silent = causes.filter((c) => c.categories.length === 0 && !c.needsReview);
say(`## Reports (${files.length - failed} imported from ${reportFolders.map((d) => d.slice(root.length)).join(', ')})`);
say(`causes and findings: ${causes.length}; without a category and not flagged: ${silent.length}; flagged for review: ${causes.filter((c) => c.needsReview).length}`);
for (const c of silent) say(`  silent: ${c.text}`);
const assets = new Map((await database.db.select().from(t.assets)).map((a) => [a.id, a]));
const gaps = await spareHardwareGaps(database.db, { first: 100 });
say(`spare and redundancy gaps found: ${gaps.length}`);
for (const g of gaps) {
  const a = assets.get(g.assetId);
  const waits = g.hardwareWaits.map((w) => `${w.requestedOn} -> ${w.arrivedOn} (${w.days} days)`).join(', ');
  say(`  ${a?.name} [${a?.kind}] ${g.reason}; evidence in ${g.evidenceIds.length} incident(s)${waits ? `; waited ${waits}` : ''}`);
}
await database.close();
say();

// The first report read loads the language model: measured in a fresh process, as a cold container would.
const chunk = join(root, '.build/classifier/cause-language.mjs');
const probe = `const t0 = performance.now();
const m = await import(${JSON.stringify(existsSync(chunk) ? chunk : join(root, 'src/classification/language-chunk.ts'))});
const t1 = performance.now(); const tok = m.winkTokeniser(); tok('The disks died.'); const t2 = performance.now();
console.log(JSON.stringify({ importMs: t1 - t0, firstReadMs: t2 - t1 }));`;
const out = execFileSync(process.execPath, [...(existsSync(chunk) ? [] : ['--import', 'tsx']), '--input-type=module', '-e', probe], { cwd: root, encoding: 'utf8' });
const cold = JSON.parse(out.trim().split('\n').pop()!) as { importMs: number; firstReadMs: number };
say(`## Cold first call (${existsSync(chunk) ? 'built chunk .build/classifier/cause-language.mjs' : 'source, through tsx'})`);
say(`import of the language chunk ${cold.importMs.toFixed(0)} ms; model set-up and first sentence ${cold.firstReadMs.toFixed(0)} ms; total ${(cold.importMs + cold.firstReadMs).toFixed(0)} ms`);

mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/cause-eval.txt'), `${lines.join('\n')}\n`);
