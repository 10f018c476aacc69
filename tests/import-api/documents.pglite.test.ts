import { documentSuite } from './documents.suite.js';

documentSuite('pglite');
