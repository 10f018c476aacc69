import { bulkImportSuite } from './bulk-import.suite.js';

bulkImportSuite('postgres');
