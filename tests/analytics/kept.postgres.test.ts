import { keptAnalyticsSuite } from './kept.suite.js';

keptAnalyticsSuite('postgres');
