import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** Dependency direction: core is infrastructure and knows no feature. */
const coreBoundary = {
  files: ['apps/api/src/core/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['**/modules/**'],
            message: 'core must not import a feature module: move the shared piece into core.',
          },
          { group: ['**/feature-modules.js', '**/entities.js'], message: 'core must not import the feature lists.' },
        ],
      },
    ],
  },
};

/** The matching engine stays pure: no Nest, no TypeORM, no I/O, nothing of the apps. */
const matchingBoundary = {
  files: ['libs/matching/src/**/*.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: ['@nestjs/*', 'typeorm', 'typeorm/*'], message: 'libs/matching is free of Nest and TypeORM.' },
          { group: ['**/apps/**'], message: 'libs/matching must not import the apps.' },
          {
            group: ['node:fs', 'node:fs/*', 'node:net', 'node:http', 'node:https', 'pg', 'ioredis', 'bullmq'],
            message: 'libs/matching does no I/O.',
          },
        ],
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'apps/admin/src/gql/**', 'coverage/**', '.data/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // Import cycles break ES-module initialisation order (a class used before it is defined).
    files: ['apps/**/*.{ts,tsx}', 'libs/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: ['tsconfig.json', 'apps/admin/tsconfig.json'],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  coreBoundary,
  matchingBoundary,
  {
    // Small files with one job. The plan's data files and generated code are exempt.
    files: ['apps/**/*.{ts,tsx}', 'libs/*/src/**/*.ts'],
    ignores: ['libs/plan-data/src/{industries,parks,policies,headline-figures}.ts'],
    rules: { 'max-lines': ['error', { max: 400, skipBlankLines: false, skipComments: false }] },
  },
  {
    files: ['scripts/**', 'bench/**', 'test/**', '**/*.spec.ts', 'apps/admin/**'],
    rules: { 'no-console': 'off' },
  },
);
