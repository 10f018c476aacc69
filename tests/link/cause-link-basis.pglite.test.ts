import { causeLinkBasisSuite } from './cause-link-basis.suite.js';

causeLinkBasisSuite('pglite');
