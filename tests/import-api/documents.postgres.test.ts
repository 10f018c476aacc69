import { documentSuite } from './documents.suite.js';

documentSuite('postgres');
