// Jest runs in ES-module mode (NestJS 12 ships ES modules): run it through
// `node --experimental-vm-modules`, as the npm scripts do.
const shared = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^#matching$': '<rootDir>/libs/matching/src/index.ts',
    '^#plan-data$': '<rootDir>/libs/plan-data/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }],
    // cookie and content-disposition are ES modules that Fastify and Mercurius load.
    '^.+/node_modules/(cookie|content-disposition)/.+\\.js$': [
      'ts-jest',
      { useESM: true, tsconfig: { allowJs: true } },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(cookie|content-disposition)/)'],
  testEnvironment: 'node',
};

export default {
  // Jest 30 reads the timeout only at the top level, not per project.
  testTimeout: 60000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/apps/api/src/**/*.spec.ts',
        '<rootDir>/apps/admin/src/**/*.spec.ts',
        '<rootDir>/libs/*/src/**/*.spec.ts',
      ],
    },
    { ...shared, displayName: 'integration', testMatch: ['<rootDir>/test/integration/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e.ts'],
      globalSetup: '<rootDir>/test/e2e/global-setup.ts',
      globalTeardown: '<rootDir>/test/e2e/global-teardown.ts',
    },
  ],
};
