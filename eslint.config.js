import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  {
    ignores: [
      'node_modules/**',
      'server/db/generated/**',
      'schema/generated/**',
      'admin/dist/**',
      'admin/src/gql/**',
      'test/gql/**',
      'test-results/**',
      '.data/**',
      'scripts/*.d.mts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        fetch: 'readonly',
        Blob: 'readonly',
        AbortController: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        structuredClone: 'readonly',
        setImmediate: 'readonly',
        queueMicrotask: 'readonly',
        performance: 'readonly',
        window: 'readonly',
        document: 'readonly',
        localStorage: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'warn',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // The two classic hook rules catch real bugs (a hook under a condition, a stale closure).
    // The plugin's React Compiler rules (set-state-in-effect, …) are style advice for code the
    // compiler would optimise; the console is not compiled with it, so they stay off.
    files: ['admin/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  // Layering (docs/architecture.md): who may import whom. Checked by `npm run lint`, part of `npm test`.
  {
    // The domain layer is transport-independent: a script, a job or a test drives it as well.
    files: ['server/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['graphql', 'graphql/*', '@pothos/*', '@apollo/*', 'graphql-ws', 'graphql-ws/*', 'express'], message: 'server/domain is transport-free (docs/architecture.md).' },
            { group: ['**/schema/**', '**/graphql/**', '**/http.js', '**/app.js'], message: 'server/domain must not reach into the API or transport layers (docs/architecture.md).' },
          ],
        },
      ],
    },
  },
  {
    // Auth resolves credentials into viewers and throws typed errors; the transports map them.
    files: ['server/auth/**/*.ts', 'server/limits/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['graphql', 'graphql/*', '@pothos/*', '@apollo/*', 'graphql-ws', 'graphql-ws/*'], message: 'Auth and limits throw typed errors (server/domain/errors.ts), never GraphQL errors (docs/architecture.md).' },
            { group: ['**/schema/**', '**/graphql/**'], message: 'Auth and limits must not depend on the API or transport layers (docs/architecture.md).' },
          ],
        },
      ],
    },
  },
  {
    // The schema is the API's shape and thin resolvers; the transports (server/graphql) sit above it.
    files: ['schema/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/server/graphql/**', '**/server/http.js', '**/server/app.js'], message: 'schema/ must not reach into the transports (docs/architecture.md).' }] },
      ],
    },
  },
  {
    // The console is a client of the API: it shares the schema's pure helpers, never server code.
    // (Its tests may check the console's documents against the server's limits.)
    files: ['admin/src/**/*.{ts,tsx}'],
    ignores: ['admin/src/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/server/**'], message: 'admin/ imports nothing from server/ (docs/architecture.md).' }] },
      ],
    },
  },
);
