import { defineConfig } from 'vitest/config';

export default defineConfig({
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
