// Jest runs in ES-module mode (NestJS 12 ships ES modules): run it through
// `node --experimental-vm-modules`, as the npm scripts do.
const esmTransform = ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }];
const shared = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    '^#matching$': '<rootDir>/libs/matching/src/index.ts',
    '^#plan-data$': '<rootDir>/libs/plan-data/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.ts$': esmTransform,
    // cookie and content-disposition are ES modules that Fastify and Mercurius load.
    '^.+/node_modules/(cookie|content-disposition)/.+\\.js$': ['ts-jest', { useESM: true, tsconfig: { allowJs: true } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!(cookie|content-disposition)/)'],
  testEnvironment: 'node',
};

export default {
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/apps/api/src/**/*.spec.ts', '<rootDir>/libs/*/src/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.spec.ts'],
      testTimeout: 60000,
    },
  ],
};
