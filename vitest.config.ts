import { defineConfig } from 'vitest/config';

/**
 * Projects: unit tests beside their modules; integration tests run twice, once on the
 * embedded database and once on a real PostgreSQL (same files, same assertions); the
 * subscription and end-to-end suites use real sockets and a real browser.
 */
const integration = ['test/integration/**/*.test.ts'];

export default defineConfig({
  // graphql has no exports map: Node (and every dependency: Pothos, Apollo, graphql-ws) loads
  // its CommonJS `main`, while Vite would pick the `module` build for our sources — two
  // graphql instances, and "Cannot use GraphQLSchema from another module or realm".
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: process.env.CI ? ['default'] : ['default'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['server/**/*.test.ts', 'schema/**/*.test.ts', 'prisma/**/*.test.ts', 'scripts/**/*.test.ts'] },
      },
      {
        // The admin console's pure modules (data provider mapping, money, i18n) under Node:
        // no DOM library is installed, and none of these needs one.
        extends: true,
        test: {
          name: 'admin',
          include: ['admin/src/**/*.test.ts'],
          environment: 'node',
          // @apollo/client 3 has no exports map: Node's ESM loader cannot name its exports.
          server: { deps: { inline: ['@apollo/client', 'ra-data-graphql'] } },
        },
      },
      {
        extends: true,
        test: {
          name: 'embedded',
          include: integration,
          env: { TEST_DB: 'embedded' },
          globalSetup: ['test/support/global-embedded.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'postgres',
          include: integration,
          env: { TEST_DB: 'postgres' },
          globalSetup: ['test/support/global-postgres.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'subscriptions',
          include: ['test/subscriptions/**/*.test.ts'],
          globalSetup: ['test/support/global-postgres.ts'],
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: { name: 'entry', include: ['test/entry/**/*.test.ts'], fileParallelism: false },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/support/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
        },
      },
    ],
  },
});
