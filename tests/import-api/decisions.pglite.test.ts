import { decisionsSuite } from './decisions.suite.js';

decisionsSuite('pglite');
