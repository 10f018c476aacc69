import { apiKeysSuite } from './api-keys.suite.js';

apiKeysSuite('pglite');
