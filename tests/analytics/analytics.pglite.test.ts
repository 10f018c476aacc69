import { analyticsSuite } from './analytics.suite.js';

analyticsSuite('pglite');
