import { decisionsSuite } from './decisions.suite.js';

decisionsSuite('postgres');
