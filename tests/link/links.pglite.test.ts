import { linksSuite } from './links.suite.js';

linksSuite('pglite');
