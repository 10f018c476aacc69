import { namesSuite } from './aliases-and-merges.suite.js';

namesSuite('postgres');
