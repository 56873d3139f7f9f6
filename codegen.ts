import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed operations for the admin console and the tests: documents written with `graphql()` are
 * checked against the committed SDL (schema/schema.graphql, printed from the Pothos schema),
 * so a renamed field fails `npm run codegen` and the type check instead of a user's screen.
 * Runs offline (no introspection of a live server). A target without documents yet still
 * generates its `graphql()` function (ignoreNoDocuments).
 */
const scalars = {
  DateTime: 'string',
  Date: 'string',
  Fen: 'number',
  Decimal: 'string',
  JSON: 'unknown',
  ID: 'string',
};

const clientPreset = {
  preset: 'client' as const,
  presetConfig: { fragmentMasking: false },
  config: { useTypeImports: true, emitLegacyCommonJSImports: false, enumsAsTypes: true, scalars },
};

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  ignoreNoDocuments: true,
  generates: {
    'admin/src/gql/': {
      ...clientPreset,
      documents: ['admin/src/**/*.{ts,tsx}', '!admin/src/gql/**', '!admin/src/**/*.test.ts'],
    },
    'test/gql/': {
      ...clientPreset,
      documents: ['test/**/*.ts', '!test/gql/**'],
    },
  },
};

export default config;
