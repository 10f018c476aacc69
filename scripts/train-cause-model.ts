import { writeFileSync } from 'node:fs';
import { readTrainingSentences } from '../src/classification/corpus.js';
import { SHIPPED_CHOICE, trainModel } from '../src/classification/cross-validate.js';
import { winkTokeniser } from '../src/classification/wink-tokeniser.js';
import type { CauseCategory } from '../src/import/extract/fact-types.js';
import { causeCategory } from '../db/schema/enums.js';

/** Trains the cause model (settings chosen by cross-validation) on the corpus's train split and writes src/classification/model.json. */
const tokenise = winkTokeniser();
const train = readTrainingSentences();
const model = trainModel(tokenise, train, causeCategory.enumValues as readonly CauseCategory[], SHIPPED_CHOICE);
const path = new URL('../src/classification/model.json', import.meta.url);
writeFileSync(path, `${JSON.stringify(model)}\n`);
const weights = Object.values(model.categories).reduce((n, c) => n + Object.keys(c.weights).length, 0);
console.log(`trained ${model.kind} on ${train.length} sentences; ${weights} weights -> ${path.pathname}`);
