import { mergeKeepsRowsSuite } from './merge-keeps-rows.suite.js';

mergeKeepsRowsSuite('pglite');
