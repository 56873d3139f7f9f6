import type { CodegenConfig } from '@graphql-codegen/cli';
import { addTypenameSelectionDocumentTransform } from '@graphql-codegen/client-preset';

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
    // The console's documents are also the production allow-list: `persisted-documents.json`
    // ({ "sha256:<hex>": normalised text }) is merged into schema/persisted-operations.json by
    // scripts/persisted-operations.ts (run by `npm run codegen`). `__typename` is added here, as
    // Apollo Client would add it, so that the text the console sends is the text that is allowed
    // and Apollo's cache still gets the type names it needs.
    'admin/src/gql/': {
      ...clientPreset,
      presetConfig: { ...clientPreset.presetConfig, persistedDocuments: { hashAlgorithm: 'sha256' } },
      documentTransforms: [addTypenameSelectionDocumentTransform],
      documents: ['admin/src/**/*.{ts,tsx}', '!admin/src/gql/**', '!admin/src/**/*.test.ts'],
    },
    'test/gql/': {
      ...clientPreset,
      documents: ['test/**/*.ts', '!test/gql/**'],
    },
  },
};

export default config;
