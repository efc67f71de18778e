import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Types the admin app's GraphQL documents from the API's schema (`npm run schema` writes it), so a
 * renamed field breaks the build. Run from the repository root: `npm run codegen`. The output in
 * src/gql is committed.
 */
const config: CodegenConfig = {
  schema: process.env.GRAPHQL_SCHEMA ?? 'apps/api/schema.gql',
  documents: ['apps/admin/src/**/*.{ts,tsx}', '!apps/admin/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'apps/admin/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false },
        scalars: { DateTime: 'string', JSON: 'unknown' },
      },
    },
  },
};

// graphql-codegen reads the default export.
export default config;
