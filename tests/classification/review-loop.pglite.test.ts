import { reviewLoopSuite } from './review-loop.suite.js';

reviewLoopSuite('pglite');
