import { auditChainSuite } from './audit-chain.suite.js';

auditChainSuite('pglite');
