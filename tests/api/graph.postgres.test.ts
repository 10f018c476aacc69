import { graphSuite } from './graph.suite.js';

graphSuite('postgres');
