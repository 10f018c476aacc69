import { batchingSuite } from './batching.suite.js';

batchingSuite('postgres');
