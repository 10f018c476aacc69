import { complianceSuite } from './compliance.suite.js';

complianceSuite('postgres');
