import { importSuite } from './import.suite.js';

importSuite('postgres');
