import { importSuite } from './import.suite.js';

importSuite('pglite');
