'use strict';
// Stands in for `thread-stream` in the Lambda bundles (serverless.yml `alias`). pino requires it when it
// loads, for transports (logging through a worker thread); the functions log with pino's default
// destination (stdout, read by CloudWatch) and start no transport, so loading the real module on every
// cold start buys nothing. Starting a transport from a bundle fails loudly instead.
module.exports = class ThreadStream {
  constructor() {
    throw new Error('pino transports are not part of the Lambda bundle: log to stdout');
  }
};
