import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Node (and the Lambda bundle) load graphql's CommonJS build; the test runner would otherwise pick its
  // ES module build for project code, giving two graphql instances that reject each other's types.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['tests/support/build-playground.ts'],
    // Transformed with the tests so they share one graphql module instance (graphql 16 ships both CJS and ESM builds).
    server: { deps: { inline: ['@graphql-inspector/core'] } },
  },
});
