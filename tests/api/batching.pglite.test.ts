import { batchingSuite } from './batching.suite.js';

batchingSuite('pglite');
