import { createHash as nodeCreateHash, type Hash } from 'node:crypto';

/**
 * Stands in for `@apollo/utils.createhash` in the Lambda bundles (serverless.yml `alias`).
 * That package detects Node through CommonJS `module.require`, which a bundled module does
 * not have, so bundled it hashes every operation with a JavaScript SHA-256 and pulls a
 * dozen polyfill packages into the first request. Lambda is always Node: use its crypto.
 */
export function createHash(kind: string): Hash {
  return nodeCreateHash(kind);
}
