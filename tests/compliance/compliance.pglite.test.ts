import { complianceSuite } from './compliance.suite.js';

complianceSuite('pglite');
