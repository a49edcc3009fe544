// ESM all the way: @actions/* are ESM-only, so tests run as ES modules (node's VM modules).
// Two projects: unit tests (pure logic, local servers; any user) and integration tests (the bundled
// action and command line against the real kernel; root). `npm test` runs both.
const common = {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
};

export default {
  collectCoverageFrom: ['src/**/*.ts'],
  testTimeout: 60000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/__tests__/**/*.test.ts'],
      testPathIgnorePatterns: ['\\.integration\\.test\\.ts$'],
    },
    { ...common, displayName: 'integration', testMatch: ['<rootDir>/__tests__/**/*.integration.test.ts'] },
  ],
};
