import { graphSuite } from './graph.suite.js';

graphSuite('pglite');
