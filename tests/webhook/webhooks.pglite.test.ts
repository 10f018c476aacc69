import { webhooksSuite } from './webhooks.suite.js';

webhooksSuite('pglite');
